import "server-only";
/**
 * Meetings of one person or one document, in the reader's scope, driven by the indexes on the
 * person and citation columns (Attendance.memberId, Report.presenterMemberId,
 * Speech.speakerMemberId, DirectiveCitation(directiveId, meetingId)): each query costs what that
 * person's or document's own history holds, never a scan of the archive, and no list of ids is
 * ever bound as parameters.
 */
import { Prisma } from "@/generated/postgres/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/policy/policy";
import { readableMeetingsSql } from "./meetings";

const sql = Prisma.sql;

function asDate(v: Date | string): Date {
  return v instanceof Date ? v : new Date(v);
}

/** Start times of the approved records the reader may read that the member attended, reported or spoke in. */
export async function memberMeetingDates(actor: Actor, memberId: string): Promise<Date[]> {
  const rows = await db().$queryRaw<Array<{ startsAt: Date | string }>>(
    sql`SELECT m."startsAt" AS "startsAt" FROM "Meeting" m WHERE m."id" IN (
        SELECT a."meetingId" FROM "Attendance" a WHERE a."memberId" = ${memberId}
        UNION SELECT r."meetingId" FROM "Report" r WHERE r."presenterMemberId" = ${memberId}
        UNION SELECT s."meetingId" FROM "Speech" s WHERE s."speakerMemberId" = ${memberId})
      AND CAST(m."status" AS TEXT) = 'APPROVED' AND m."startsAt" IS NOT NULL AND ${await readableMeetingsSql(actor)}`,
  );
  return rows.map((r) => asDate(r.startsAt));
}

export interface CitingPage {
  /** Readable meetings citing the document, and the speeches given in them. */
  meetings: number;
  speeches: number;
  /** One page of those meetings, oldest first (undated drafts last), one more than asked when there is a next page. */
  ids: string[];
}

/** The meetings the reader may read that cite a registry entry: counts and one page of ids. */
export async function citingMeetings(
  actor: Actor,
  directiveId: string,
  page: { offset: number; limit: number },
): Promise<CitingPage> {
  const citing = sql`m."id" IN (SELECT c."meetingId" FROM "DirectiveCitation" c WHERE c."directiveId" = ${directiveId})
    AND ${await readableMeetingsSql(actor)}`;
  const [counted, rows] = await Promise.all([
    db().$queryRaw<Array<{ meetings: number | bigint; speeches: number | bigint | null }>>(
      sql`SELECT COUNT(*) AS meetings, SUM((SELECT COUNT(*) FROM "Speech" s WHERE s."meetingId" = m."id")) AS speeches
        FROM "Meeting" m WHERE ${citing}`,
    ),
    db().$queryRaw<Array<{ id: string }>>(
      sql`SELECT m."id" AS id FROM "Meeting" m WHERE ${citing}
        ORDER BY CASE WHEN m."startsAt" IS NULL THEN 1 ELSE 0 END, m."startsAt" ASC, m."id" ASC
        LIMIT ${page.limit + 1} OFFSET ${page.offset}`,
    ),
  ]);
  return {
    meetings: Number(counted[0]?.meetings ?? 0),
    speeches: Number(counted[0]?.speeches ?? 0),
    ids: rows.map((r) => r.id),
  };
}
