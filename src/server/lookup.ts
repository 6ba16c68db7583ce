import "server-only";
import { db } from "./db";
import { AppError } from "./errors";
import { can, meetingReadWhere, type Action, type Actor } from "./policy/policy";

export interface MeetingUnit {
  unitId: string;
  path: string;
  /** Ids of the units above the meeting's unit (the đảng bộ whose members may preside or speak). */
  ancestors: string[];
}

/**
 * The unit of a meeting the actor may read and do `action` on, for choosers inside that meeting;
 * anything else is "not found", as on the pages.
 */
export async function meetingUnitFor(actor: Actor, meetingId: string, action: Action): Promise<MeetingUnit> {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, ...meetingReadWhere(actor) },
    select: { unitId: true, unit: { select: { path: true } } },
  });
  if (!m || !can(actor, action, { unitId: m.unitId, unitPath: m.unit.path }))
    throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.", {
      fields: { meetingId: ["Không tìm thấy biên bản."] },
    });
  const ancestors = m.unit.path.split("/").filter((id) => id && id !== m.unitId);
  return { unitId: m.unitId, path: m.unit.path, ancestors };
}
