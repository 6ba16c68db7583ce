import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { slugify } from "@/lib/vi/normalize";
import { getMeeting } from "@/features/meetings";
import { generateBulletin } from "./generate";
import type { BulletinTextInput } from "./schema";

async function loadBulletin(actor: Actor, id: string) {
  const b = await db().bulletin.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      meeting: { select: { id: true, unitId: true, unit: { select: { path: true } } } },
    },
  });
  if (!b) throw new AppError("NOT_FOUND", "Không tìm thấy bản tin.");
  const meeting = await getMeeting(actor, b.meeting.id);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy bản tin.");
  authorize(actor, "bulletin.manage", { unitId: b.meeting.unitId, unitPath: b.meeting.unit.path });
  return b;
}

/** Drafts a bulletin from an approved record (the secretary edits it before publishing). */
export async function createBulletin(actor: Actor, meetingId: string) {
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  authorize(actor, "bulletin.manage", { unitId: meeting.unit.id, unitPath: meeting.unit.path });
  if (meeting.status !== "APPROVED")
    throw new AppError("VALIDATION", "Chỉ viết bản tin từ biên bản đã được thông qua.");
  const text = generateBulletin(meeting);
  const slug = `${slugify(text.title, 70)}-${randomBytes(3).toString("hex")}`;
  return db().$transaction(async (tx) => {
    const b = await tx.bulletin.create({ data: { meetingId, slug, ...text }, select: { id: true, slug: true } });
    await writeAudit(tx, actor, "bulletin.create", { type: "Bulletin", id: b.id, unitId: meeting.unit.id });
    return b;
  });
}

export async function updateBulletin(actor: Actor, id: string, input: BulletinTextInput) {
  const b = await loadBulletin(actor, id);
  await db().$transaction(async (tx) => {
    await tx.bulletin.update({ where: { id }, data: input });
    await writeAudit(tx, actor, "bulletin.update", { type: "Bulletin", id, unitId: b.meeting.unitId });
  });
}

/** Publishes (public page, no sign-in) or withdraws a bulletin. */
export async function setBulletinPublished(actor: Actor, id: string, published: boolean) {
  const b = await loadBulletin(actor, id);
  await db().$transaction(async (tx) => {
    await tx.bulletin.update({
      where: { id },
      data: published ? { status: "PUBLISHED", publishedAt: new Date() } : { status: "DRAFT" },
    });
    await writeAudit(tx, actor, published ? "bulletin.publish" : "bulletin.unpublish", {
      type: "Bulletin",
      id,
      unitId: b.meeting.unitId,
    });
  });
}
