/**
 * Saving a record: creating a draft (from a template, a copy of the last record, an import or a
 * posted record), saving changes to a draft, and deleting a draft. The rows go through the one
 * child-row writer (mutations-children.ts).
 */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { fullName } from "@/lib/vi/names";
import { formatMonthYear } from "@/lib/vi/date";
import type { MeetingKind } from "@/lib/enums";
import { getMeeting } from "./data";
import type { MeetingDetail } from "./dto";
import { TEMPLATES } from "./templates";
import type { CreateMeetingInput, UpdateMeetingInput } from "./schema";
import { finishWrite, loadForWrite, loadReferencedMembers, readDetailTx, scalarData } from "./mutations-common";
import { writeChildren } from "./mutations-children";

/** Creates a draft for a unit. */
export async function createMeeting(
  actor: Actor,
  input: CreateMeetingInput,
  extra: { importReport?: string } = {},
): Promise<MeetingDetail> {
  const unit = await db().unit.findFirst({
    where: { id: input.unit.id, closedAt: null },
    select: { id: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
  authorize(actor, "meeting.create", { unitId: unit.id, unitPath: unit.path });
  const { unit: _unit, ...fields } = input;
  return db().$transaction(async (tx) => {
    const members = await loadReferencedMembers(tx, unit.path, fields);
    const created = await tx.meeting.create({
      data: {
        ...(scalarData(fields) as { kind: MeetingKind; title: string; startsAt: Date | null }),
        unitId: unit.id,
        status: "DRAFT",
        version: 1,
        createdById: actor.userId,
        importReport: extra.importReport ?? null,
      },
      select: { id: true },
    });
    await writeChildren(tx, created.id, unit.id, fields, members, { creating: true });
    return finishWrite(tx, actor, "meeting.create", null, created.id, 1);
  });
}

/** Saves changes to a draft based on `version`; a stale version is a CONFLICT carrying the current record. */
export async function updateMeeting(actor: Actor, id: string, input: UpdateMeetingInput): Promise<MeetingDetail> {
  const target = await loadForWrite(actor, id, "meeting.update");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED");
  const { version, ...fields } = input;
  try {
    return await db().$transaction(async (tx) => {
      const before = await readDetailTx(tx, id);
      // The guard, re-checked inside the transaction: still a draft, still the version the editor saw.
      const bumped = await tx.meeting.updateMany({
        where: { id, version, status: "DRAFT", deletedAt: null },
        data: { ...scalarData(fields), version: { increment: 1 } },
      });
      if (bumped.count !== 1) {
        const now = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { status: true } });
        throw new AppError(now.status === "APPROVED" ? "MINUTES_LOCKED" : "CONFLICT");
      }
      const members = await loadReferencedMembers(tx, target.unit.path, fields);
      await writeChildren(tx, id, target.unitId, fields, members);
      const merged = { ...before, ...fields };
      if (merged.endsAt && merged.startsAt && new Date(merged.endsAt) < new Date(merged.startsAt)) {
        throw new AppError("VALIDATION", undefined, {
          fields: { endsAt: ["Thời gian kết thúc phải sau thời gian bắt đầu."] },
        });
      }
      return finishWrite(tx, actor, "meeting.update", before, id, version + 1);
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT") {
      throw new AppError("CONFLICT", undefined, { details: await getMeeting(actor, id) });
    }
    throw e;
  }
}

/** Soft-deletes a draft (approved records are never deleted). */
export async function deleteDraft(actor: Actor, id: string): Promise<void> {
  const target = await loadForWrite(actor, id, "meeting.delete");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED", "Biên bản đã thông qua không thể xóa.");
  await db().$transaction(async (tx) => {
    const done = await tx.meeting.updateMany({
      where: { id, status: "DRAFT", deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (done.count !== 1) throw new AppError("MINUTES_LOCKED", "Biên bản đã thông qua không thể xóa.");
    await writeAudit(tx, actor, "meeting.delete", { type: "Meeting", id, unitId: target.unitId });
  });
}

/**
 * Starts a draft for a unit: from the template of its kind, or by copying the unit's last record
 * (agenda, place, chair, secretary); the roster comes in as present, with the status of today.
 */
export async function startDraft(
  actor: Actor,
  input: { unitId: string; kind: MeetingKind; startsAt: Date; copyLast?: boolean },
): Promise<MeetingDetail> {
  const unit = await db().unit.findFirst({
    where: { id: input.unitId, closedAt: null },
    select: { id: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
  authorize(actor, "meeting.create", { unitId: unit.id, unitPath: unit.path });
  const roster = await db().member.findMany({
    where: { unit: { path: { startsWith: unit.path } }, status: { notIn: ["TRANSFERRED_OUT"] } },
    select: { id: true, familyName: true, middleName: true, givenName: true },
  });
  const template = TEMPLATES[input.kind];
  const last = input.copyLast
    ? await db().meeting.findFirst({
        where: { unitId: unit.id, deletedAt: null },
        orderBy: { startsAt: "desc" },
        select: { id: true },
      })
    : null;
  const lastDetail = last ? await getMeeting(actor, last.id) : null;
  const fields: CreateMeetingInput = {
    unit: { id: unit.id },
    kind: input.kind,
    title: `${template.titlePrefix} ${formatMonthYear(input.startsAt)}`,
    summary: null,
    number: null,
    startsAt: input.startsAt,
    endsAt: null,
    place: lastDetail?.place ?? "",
    chair: lastDetail?.chair
      ? { memberId: lastDetail.chair.memberId, name: lastDetail.chair.name, title: lastDetail.chair.title }
      : null,
    secretary: lastDetail?.secretary
      ? { memberId: lastDetail.secretary.memberId, name: lastDetail.secretary.name, title: lastDetail.secretary.title }
      : null,
    combined: false,
    opening: null,
    closing: null,
    rating: null,
    attendance: {
      entries: roster.map((m) => ({
        memberId: m.id,
        name: fullName(m),
        title: null,
        status: "PRESENT" as const,
        reason: null,
      })),
    },
    agenda: lastDetail
      ? lastDetail.agenda.map((a) => ({ title: a.title, content: null }))
      : template.agenda.map((title) => ({ title, content: null })),
    reports: [],
    speeches: [],
    directives: [],
    conclusions: [],
    resolutions: [],
    tasks: [],
  };
  return createMeeting(actor, fields);
}
