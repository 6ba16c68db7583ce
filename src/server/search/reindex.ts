// Writes the search columns of meetings (no "server-only": the seed script and benchmarks use it too).
import type { Db, Tx } from "../prisma-factory";
import { SEARCH_VERSION, searchColumns, searchSourceSelect, type SearchSourceRow } from "./columns";

/** Recomputes and stores the search columns of one meeting, inside the caller's transaction. */
export async function writeSearchColumns(tx: Tx | Db, meetingId: string): Promise<void> {
  const row = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: searchSourceSelect });
  await tx.meeting.update({ where: { id: meetingId }, data: searchColumns(row as SearchSourceRow) });
}

/**
 * Rebuilds the search columns of every meeting written with an older recipe (or none), in batches.
 * Returns how many were rebuilt. Idempotent: a second run finds nothing to do.
 */
export async function reindexStaleMeetings(db: Db, opts: { batchSize?: number } = {}): Promise<number> {
  const batchSize = opts.batchSize ?? 200;
  let done = 0;
  for (;;) {
    const ids = await db.meeting.findMany({
      where: { searchVersion: { lt: SEARCH_VERSION } },
      select: { id: true },
      take: batchSize,
      orderBy: { id: "asc" },
    });
    if (ids.length === 0) return done;
    await db.$transaction(async (tx) => {
      for (const { id } of ids) await writeSearchColumns(tx, id);
    });
    done += ids.length;
  }
}

/**
 * Marks the search columns of the meetings matching `where` as stale, inside the caller's
 * transaction: for writes outside the editor that change what a record's search text is made of
 * (a member's or a unit's name, a merged directive, a new task). After the transaction commits,
 * call `reindexStaleMeetings(db())` to rebuild them (start-up rebuilds any that were left).
 */
export async function markSearchStale(
  tx: Tx | Db,
  where: NonNullable<Parameters<Db["meeting"]["updateMany"]>[0]>["where"],
): Promise<number> {
  const r = await tx.meeting.updateMany({ where, data: { searchVersion: 0 } });
  return r.count;
}
