/** Amendments (đính chính): dated corrections of an approved record; the record stays as adopted. */
import "server-only";
import { db, type Tx } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { writeSearchColumns } from "@/server/search/reindex";
import { getMeeting } from "./data";
import { amendableValue } from "./dto";
import type { AmendmentInput } from "./schema";
import { loadForWrite } from "./mutations-common";
import { sealAmendment } from "@/features/verification";

const STALE =
  "Mục này đã được đính chính sau khi bạn mở biên bản; nội dung hiện hành đã khác. Vui lòng xem lại trước khi ghi đính chính.";

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "") === (b ?? "");

/** The reading of one field in force now: the last amendment's new value, or the text as adopted. */
async function readingNow(tx: Tx, meetingId: string, field: string, asAdopted: string | null) {
  const last = await tx.amendment.findFirst({
    where: { meetingId, field },
    orderBy: { seq: "desc" },
    select: { id: true, seq: true, newValue: true },
  });
  return { field, value: last ? last.newValue : asAdopted, amendmentId: last?.id ?? null, seq: last?.seq ?? 0 };
}

/**
 * A dated correction (đính chính) of an approved record; the record stays as adopted. Amendments of
 * one field form a chain: each records the reading standing when it was made as its old value, and
 * is based on what the user saw (`basedOn`: the last amendment of the field they saw, null for the
 * text as adopted; or `expectedValue`). A stale one is a CONFLICT carrying the reading now; two made
 * on the same base at the same time: one is accepted (the unique place in the chain decides).
 * Amendments are never deleted: a wrong one is corrected by a later one of the same field.
 */
export async function amendMeeting(actor: Actor, id: string, input: AmendmentInput) {
  const target = await loadForWrite(actor, id, "meeting.amend");
  if (target.status !== "APPROVED")
    throw new AppError("VALIDATION", "Chỉ đính chính biên bản đã thông qua; bản nháp được sửa trực tiếp.");
  const adopted = await getMeeting(actor, id);
  if (!adopted) throw new AppError("NOT_FOUND");
  const asAdopted = amendableValue(adopted, input.field);
  if (asAdopted === undefined)
    throw new AppError("VALIDATION", undefined, { fields: { field: ["Mục cần đính chính không hợp lệ."] } });
  try {
    return await db().$transaction(async (tx) => {
      const now = await readingNow(tx, id, input.field, asAdopted);
      const stale =
        (input.basedOn !== undefined && input.basedOn !== now.amendmentId) ||
        (input.expectedValue !== undefined && !same(input.expectedValue, now.value));
      if (stale) throw new AppError("CONFLICT", STALE);
      if (same(now.value, input.newValue))
        throw new AppError("VALIDATION", undefined, {
          fields: { newValue: ["Nội dung đính chính giống nội dung hiện hành."] },
        });
      const amendment = await tx.amendment.create({
        data: {
          meetingId: id,
          authorId: actor.userId,
          reason: input.reason,
          field: input.field,
          oldValue: now.value,
          newValue: input.newValue,
          seq: now.seq + 1,
        },
        select: {
          id: true,
          field: true,
          oldValue: true,
          newValue: true,
          reason: true,
          createdAt: true,
          authorId: true,
        },
      });
      await sealAmendment(tx, amendment.id);
      await writeAudit(
        tx,
        actor,
        "meeting.amend",
        { type: "Meeting", id, unitId: target.unitId },
        { field: input.field, reason: input.reason },
      );
      await writeSearchColumns(tx, id);
      return { ...amendment, createdAt: amendment.createdAt.toISOString() };
    });
  } catch (e) {
    if ((e instanceof AppError && e.code === "CONFLICT") || isUniqueViolation(e))
      throw new AppError("CONFLICT", STALE, { details: await readingNow(db(), id, input.field, asAdopted) });
    throw e;
  }
}
