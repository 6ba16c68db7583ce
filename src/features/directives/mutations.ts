import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canAnywhere, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { markSearchStale, reindexStaleMeetings } from "@/server/search/reindex";
import type { MergeDirectivesInput } from "./schema";

export interface MergeResult {
  keptId: string;
  movedCitations: number;
  movedTasks: number;
}

/**
 * Merges a duplicate registry entry into the one to keep: its citations and tasks move to the kept
 * entry, entries merged into the duplicate earlier follow it, and the duplicate is marked merged,
 * with one audit event, in one transaction.
 */
export async function mergeDirectives(actor: Actor, input: MergeDirectivesInput): Promise<MergeResult> {
  if (!canAnywhere(actor, "directive.manage")) throw new AppError("FORBIDDEN");
  if (input.duplicateId === input.keepId) {
    throw new AppError("VALIDATION", "Không thể hợp nhất một văn bản vào chính nó.", {
      fields: { keepId: ["Không thể hợp nhất một văn bản vào chính nó."] },
    });
  }
  const merged = await db().$transaction(async (tx) => {
    const [dup, keep] = await Promise.all([
      tx.directive.findUnique({
        where: { id: input.duplicateId },
        select: { id: true, mergedIntoId: true, number: true, symbol: true, issuedOn: true },
      }),
      tx.directive.findUnique({
        where: { id: input.keepId },
        select: { id: true, mergedIntoId: true, number: true, symbol: true, issuedOn: true },
      }),
    ]);
    if (!dup) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản cần hợp nhất.");
    if (!keep) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản được giữ lại.");
    if (dup.mergedIntoId) {
      throw new AppError("VALIDATION", "Văn bản này đã được hợp nhất trước đó.", {
        fields: { duplicateId: ["Văn bản này đã được hợp nhất trước đó."] },
      });
    }
    if (keep.mergedIntoId) {
      throw new AppError("VALIDATION", "Không thể hợp nhất vào một văn bản đã được hợp nhất.", {
        fields: { keepId: ["Không thể hợp nhất vào một văn bản đã được hợp nhất."] },
      });
    }
    const citations = await tx.directiveCitation.updateMany({
      where: { directiveId: dup.id },
      data: { directiveId: keep.id },
    });
    const tasks = await tx.task.updateMany({ where: { directiveId: dup.id }, data: { directiveId: keep.id } });
    await tx.directive.updateMany({ where: { mergedIntoId: dup.id }, data: { mergedIntoId: keep.id } });
    await tx.directive.update({ where: { id: dup.id }, data: { mergedIntoId: keep.id } });
    // the records that cited the duplicate now cite the kept entry: their search text follows it
    await markSearchStale(tx, { citations: { some: { directiveId: keep.id } } });
    await writeAudit(
      tx,
      actor,
      "directive.merge",
      { type: "Directive", id: keep.id },
      {
        duplicate: { id: dup.id, number: dup.number, symbol: dup.symbol, issuedOn: dup.issuedOn },
        kept: { id: keep.id, number: keep.number, symbol: keep.symbol, issuedOn: keep.issuedOn },
        movedCitations: citations.count,
        movedTasks: tasks.count,
      },
    );
    return { keptId: keep.id, movedCitations: citations.count, movedTasks: tasks.count };
  });
  await reindexStaleMeetings(db());
  return merged;
}
