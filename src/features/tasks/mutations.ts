import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, can, meetingReadWhere, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { markSearchStale, reindexStaleMeetings } from "@/server/search/reindex";
import { canUpdateTask, taskReadWhere } from "./data";
import type { AddTaskNoteInput, CreateTaskInput } from "./schema";

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy nhiệm vụ.");

/**
 * A follow-up task from a meeting's resolution: owner (member of the unit's tree, a unit in its
 * subtree, or a name off the roster), deadline and the directive it implements.
 */
export async function createTask(actor: Actor, input: CreateTaskInput): Promise<{ id: string }> {
  const meeting = await db().meeting.findFirst({
    where: { id: input.meetingId, ...meetingReadWhere(actor) },
    select: { id: true, unitId: true, unit: { select: { path: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const unitId = authorize(actor, "task.update", { unitId: meeting.unitId, unitPath: meeting.unit.path });
  const created = await db().$transaction(async (tx) => {
    const fields: Record<string, string[]> = {};
    if (
      input.resolutionId &&
      !(await tx.resolution.count({ where: { id: input.resolutionId, meetingId: meeting.id } }))
    ) {
      fields.resolutionId = ["Nghị quyết không thuộc biên bản này."];
    }
    const ancestors = meeting.unit.path.split("/").filter(Boolean);
    if (
      input.ownerMemberId &&
      !(await tx.member.count({
        where: {
          id: input.ownerMemberId,
          unit: { OR: [{ path: { startsWith: meeting.unit.path } }, { id: { in: ancestors } }] },
        },
      }))
    ) {
      fields.ownerMemberId = ["Đảng viên không thuộc tổ chức Đảng này."];
    }
    if (
      input.ownerUnitId &&
      !(await tx.unit.count({ where: { id: input.ownerUnitId, path: { startsWith: meeting.unit.path } } }))
    ) {
      fields.ownerUnitId = ["Tổ chức phụ trách phải là tổ chức này hoặc cấp dưới của nó."];
    }
    let directiveId = input.directiveId;
    if (directiveId) {
      let d = await tx.directive.findUnique({ where: { id: directiveId }, select: { id: true, mergedIntoId: true } });
      for (let hops = 0; d?.mergedIntoId && hops < 5; hops++)
        d = await tx.directive.findUnique({ where: { id: d.mergedIntoId }, select: { id: true, mergedIntoId: true } });
      if (!d) fields.directiveId = ["Không tìm thấy văn bản trong danh mục."];
      directiveId = d?.id ?? null;
    }
    if (Object.keys(fields).length) throw new AppError("VALIDATION", undefined, { fields });
    const task = await tx.task.create({
      data: {
        unitId,
        meetingId: meeting.id,
        resolutionId: input.resolutionId,
        directiveId,
        title: input.title,
        ownerMemberId: input.ownerMemberId,
        ownerUnitId: input.ownerMemberId ? null : input.ownerUnitId,
        ownerName: input.ownerMemberId || input.ownerUnitId ? null : input.ownerName,
        dueOn: input.dueOn,
      },
      select: { id: true },
    });
    // the record's search text holds its tasks' titles and owners
    await markSearchStale(tx, { id: meeting.id });
    await writeAudit(
      tx,
      actor,
      "task.create",
      { type: "Task", id: task.id, unitId },
      { meetingId: meeting.id, title: input.title, dueOn: input.dueOn, directiveId },
    );
    return task;
  });
  await reindexStaleMeetings(db());
  return created;
}

/** A dated progress note, with an optional status change, audited; by "task.update" in scope or the task's owner. */
export async function addTaskNote(actor: Actor, input: AddTaskNoteInput): Promise<{ noteId: string; status: string }> {
  const row = await db().task.findFirst({
    where: { id: input.taskId, ...taskReadWhere(actor) },
    select: { id: true, ownerMemberId: true, unit: { select: { id: true, path: true } } },
  });
  if (!row) throw notFound();
  if (!canUpdateTask(actor, row)) throw new AppError("FORBIDDEN");
  return db().$transaction(async (tx) => {
    const current = await tx.task.findUnique({ where: { id: row.id }, select: { status: true, unitId: true } });
    if (!current) throw notFound();
    const status = input.status ?? current.status;
    const note = await tx.taskNote.create({
      data: { taskId: row.id, authorId: actor.userId, status: input.status, note: input.note },
      select: { id: true },
    });
    if (status !== current.status) {
      await tx.task.update({
        where: { id: row.id },
        data: { status, completedAt: status === "DONE" ? new Date() : null },
      });
    } else {
      await tx.task.update({ where: { id: row.id }, data: { updatedAt: new Date() } });
    }
    await writeAudit(
      tx,
      actor,
      "task.note",
      { type: "Task", id: row.id, unitId: current.unitId },
      { noteId: note.id, from: current.status, to: status },
    );
    return { noteId: note.id, status };
  });
}

/** Used by pages: may the actor add tasks to this meeting's resolutions? */
export function canCreateTasks(actor: Actor, unit: { id: string; path: string }): boolean {
  return can(actor, "task.update", { unitId: unit.id, unitPath: unit.path });
}
