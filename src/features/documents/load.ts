import "server-only";
import { db } from "@/server/db";
import { getMeeting } from "@/features/meetings";
import { verificationMark } from "@/features/verification";
import { authorize, type Actor } from "@/server/policy/policy";
import { AppError } from "@/server/errors";
import { buildMinutesModel, type Margins, type MinutesDocModel } from "./minutes-model";
import { minutesOptions, type UnitHeaderInfo } from "./options";

/** The header columns of the meeting's unit (the meeting itself was already read through the policy). */
export async function unitHeaderInfo(unitId: string): Promise<UnitHeaderInfo> {
  const row = await db().unit.findUnique({ where: { id: unitId }, select: { superiorName: true, symbolCode: true } });
  return { superiorName: row?.superiorName ?? null, symbolCode: row?.symbolCode ?? null };
}

/**
 * The document model of a meeting for this actor: NOT_FOUND when the meeting is missing or out of
 * read scope, FORBIDDEN when it may be read but not exported.
 */
export async function loadMinutesModel(
  actor: Actor,
  meetingId: string,
  margins?: Partial<Margins>,
): Promise<MinutesDocModel> {
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  authorize(actor, "meeting.export", { unitId: meeting.unit.id, unitPath: meeting.unit.path });
  const model = buildMinutesModel(meeting, minutesOptions(meeting, await unitHeaderInfo(meeting.unit.id), margins));
  return { ...model, verification: await verificationMark(meeting.id) };
}
