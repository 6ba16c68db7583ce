/** Amendments (đính chính): dated corrections of an approved record; the record stays as adopted. */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { writeSearchColumns } from "@/server/search/reindex";
import { getMeeting } from "./data";
import type { MeetingDetail } from "./dto";
import type { AmendmentInput } from "./schema";
import { loadForWrite } from "./mutations-common";
import { sealAmendment } from "@/features/verification";

/** Fields of an approved record that can be corrected by an amendment, with their current value. */
export function amendableValue(m: MeetingDetail, field: string): string | null | undefined {
  const simple: Record<string, string | null> = {
    title: m.title,
    summary: m.summary,
    place: m.place,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    number: m.number,
  };
  if (field in simple) return simple[field];
  const match = /^(agenda|reports|speeches|conclusions|resolutions)\.(\d+)\.(title|content)$/.exec(field);
  if (!match) return undefined;
  const list = m[match[1] as "agenda"] as Array<{ title?: string | null; content?: string | null }>;
  const item = list[Number(match[2])];
  if (!item || !(match[3] in item)) return undefined;
  return (item as Record<string, string | null>)[match[3]] ?? null;
}

/** A dated correction (đính chính) of an approved record; the original stays as adopted. */
export async function amendMeeting(actor: Actor, id: string, input: AmendmentInput) {
  const target = await loadForWrite(actor, id, "meeting.amend");
  if (target.status !== "APPROVED")
    throw new AppError("VALIDATION", "Chỉ đính chính biên bản đã thông qua; bản nháp được sửa trực tiếp.");
  const current = await getMeeting(actor, id);
  if (!current) throw new AppError("NOT_FOUND");
  const old = amendableValue(current, input.field);
  if (old === undefined)
    throw new AppError("VALIDATION", undefined, { fields: { field: ["Mục cần đính chính không hợp lệ."] } });
  if ((old ?? "") === input.newValue)
    throw new AppError("VALIDATION", undefined, {
      fields: { newValue: ["Nội dung đính chính giống nội dung hiện có."] },
    });
  return db().$transaction(async (tx) => {
    const amendment = await tx.amendment.create({
      data: {
        meetingId: id,
        authorId: actor.userId,
        reason: input.reason,
        field: input.field,
        oldValue: old,
        newValue: input.newValue,
      },
      select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, authorId: true },
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
}
