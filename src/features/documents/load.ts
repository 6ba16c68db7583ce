import "server-only";
import { db } from "@/server/db";
import { accountNames, getMeeting, listAmendments } from "@/features/meetings";
import type { MeetingDetail } from "@/features/meetings/dto";
import { verificationMark } from "@/features/verification";
import { authorize, type Actor } from "@/server/policy/policy";
import { AppError } from "@/server/errors";
import { buildMinutesDocument, type DocAmendment, type Reading } from "./amendments";
import type { Margins, MinutesDocModel } from "./minutes-model";
import { minutesOptions, type UnitHeaderInfo } from "./options";

/** The header columns of the meeting's unit (the meeting itself was already read through the policy). */
export async function unitHeaderInfo(unitId: string): Promise<UnitHeaderInfo> {
  const row = await db().unit.findUnique({ where: { id: unitId }, select: { superiorName: true, symbolCode: true } });
  return { superiorName: row?.superiorName ?? null, symbolCode: row?.symbolCode ?? null };
}

/** The amendments of an approved record as the documents print them (authors by name), oldest first. */
export async function documentAmendments(actor: Actor, meeting: MeetingDetail): Promise<DocAmendment[]> {
  if (meeting.status !== "APPROVED") return [];
  const rows = await listAmendments(actor, meeting.id);
  const names = await accountNames(rows.map((r) => r.authorId));
  return rows.map((r) => ({
    at: r.createdAt,
    author: (r.authorId && names.get(r.authorId)) || "",
    field: r.field,
    oldValue: r.oldValue,
    newValue: r.newValue ?? "",
    reason: r.reason,
  }));
}

/** The document model of a meeting already read (and allowed to be exported) by the actor. */
export async function minutesModelOf(
  actor: Actor,
  meeting: MeetingDetail,
  opts: { margins?: Partial<Margins>; reading?: Reading } = {},
): Promise<MinutesDocModel> {
  const amendments = await documentAmendments(actor, meeting);
  const model = buildMinutesDocument(
    meeting,
    minutesOptions(meeting, await unitHeaderInfo(meeting.unit.id), opts.margins),
    {
      amendments,
      reading: opts.reading ?? "adopted",
    },
  );
  // the verification code and QR footer (features/verification)
  return { ...model, verification: await verificationMark(meeting.id) };
}

/**
 * The document model of a meeting for this actor: NOT_FOUND when the meeting is missing or out of
 * read scope, FORBIDDEN when it may be read but not exported.
 */
export async function loadMinutesModel(
  actor: Actor,
  meetingId: string,
  margins?: Partial<Margins>,
  reading: Reading = "adopted",
): Promise<MinutesDocModel> {
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  authorize(actor, "meeting.export", { unitId: meeting.unit.id, unitPath: meeting.unit.path });
  return minutesModelOf(actor, meeting, { margins, reading });
}
