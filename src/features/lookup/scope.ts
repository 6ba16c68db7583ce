import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, meetingReadWhere, type Action, type Actor } from "@/server/policy/policy";
import { foldedTokens } from "@/lib/vi/normalize";

/** Folded-text conditions: every word of the query begins a word of the column ("van th" finds "Lê Văn Thắng"). */
export function wordPrefixWhere<W>(q: string, column: (cond: { startsWith: string } | { contains: string }) => W) {
  return foldedTokens(q).map((word) => ({ OR: [column({ startsWith: word }), column({ contains: ` ${word}` })] }));
}

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
