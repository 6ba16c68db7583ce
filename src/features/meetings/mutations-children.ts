/**
 * The one writer of a record's child rows. Each list given in the input replaces the stored list
 * through a plan (child-rows.ts): unchanged rows keep their ids, changed rows are updated in place,
 * new rows inserted, removed rows deleted. A list left out of the input is left alone.
 * Tasks keep their resolution: `resolutionId` left out keeps the stored link, null clears it.
 */
import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { planRows, type RowData, type RowPlan, type StoredRow } from "./child-rows";
import type { Fields, RosterMember } from "./mutations-common";
import { resolveDirective } from "./mutations-directives";

type PersonIn = { memberId: string | null; name: string | null; title: string | null } | null;

const personCells = (p: PersonIn) => ({
  memberId: p?.memberId ?? null,
  name: p?.memberId ? null : (p?.name ?? null),
  title: p?.title ?? null,
});

/** The Prisma delegate operations the writer needs, for any child table. */
interface Table<D extends RowData> {
  createMany(args: { data: Array<D & { meetingId: string }> }): Promise<unknown>;
  update(args: { where: { id: string }; data: Partial<D> }): Promise<unknown>;
  deleteMany(args: { where: { id: { in: string[] } } }): Promise<unknown>;
}

async function applyPlan<D extends RowData>(table: Table<D>, meetingId: string, plan: RowPlan<D>) {
  if (plan.remove.length) await table.deleteMany({ where: { id: { in: plan.remove } } });
  for (const u of plan.update) await table.update({ where: { id: u.id }, data: u.data });
  if (plan.create.length) await table.createMany({ data: plan.create.map((d) => ({ ...d, meetingId })) });
}

const stored = <R extends { id: string }>(rows: R[]): StoredRow<Omit<R, "id"> & RowData>[] =>
  rows.map(({ id, ...data }) => ({ id, data: data as Omit<R, "id"> & RowData }));

export interface WriteChildrenOptions {
  /** A new record (posted in the GET shape of another one): ids that are not this record's are ignored. */
  creating?: boolean;
}

export async function writeChildren(
  tx: Tx,
  meetingId: string,
  unitId: string,
  f: Fields,
  members: Map<string, RosterMember>,
  opts: WriteChildrenOptions = {},
): Promise<void> {
  const where = { where: { meetingId }, orderBy: { position: "asc" as const } };
  if (f.attendance) {
    const rows = await tx.attendance.findMany({
      ...where,
      select: {
        id: true,
        position: true,
        memberId: true,
        name: true,
        title: true,
        status: true,
        category: true,
        memberStatus: true,
        reason: true,
      },
    });
    const wanted = f.attendance.entries.map((e, position) => {
      const m = e.memberId ? members.get(e.memberId) : undefined;
      return {
        id: e.id,
        data: {
          position,
          memberId: e.memberId ?? null,
          name: m?.name ?? e.name ?? "",
          title: e.status === "GUEST" ? (e.title ?? null) : null,
          status: e.status,
          category: m?.category ?? null,
          memberStatus: m?.status ?? null,
          reason: e.reason ?? null,
        },
      };
    });
    const plan = planRows(stored(rows), wanted, { key: (d) => d.memberId, positionKey: "position" });
    await applyPlan(tx.attendance as unknown as Table<(typeof wanted)[number]["data"]>, meetingId, plan);
  }
  if (f.agenda) {
    const rows = await tx.agendaItem.findMany({
      ...where,
      select: { id: true, position: true, title: true, content: true },
    });
    const wanted = f.agenda.map((a, position) => ({
      id: a.id,
      data: { position, title: a.title, content: a.content ?? null },
    }));
    await applyPlan(tx.agendaItem, meetingId, planRows(stored(rows), wanted, { positionKey: "position" }));
  }
  if (f.reports) {
    const rows = await tx.report.findMany({
      ...where,
      select: {
        id: true,
        position: true,
        title: true,
        content: true,
        presenterMemberId: true,
        presenterName: true,
        presenterTitle: true,
      },
    });
    const wanted = f.reports.map((r, position) => {
      const p = personCells(r.presenter);
      return {
        id: r.id,
        data: {
          position,
          title: r.title,
          content: r.content ?? null,
          presenterMemberId: p.memberId,
          presenterName: p.name,
          presenterTitle: p.title,
        },
      };
    });
    await applyPlan(tx.report, meetingId, planRows(stored(rows), wanted, { positionKey: "position" }));
  }
  if (f.speeches) {
    const rows = await tx.speech.findMany({
      ...where,
      select: {
        id: true,
        position: true,
        kind: true,
        title: true,
        content: true,
        speakerMemberId: true,
        speakerName: true,
        speakerTitle: true,
        speakerUnitId: true,
        speakerUnitName: true,
      },
    });
    const wanted = f.speeches.map((s, position) => {
      const p = personCells(s.speaker);
      return {
        id: s.id,
        data: {
          position,
          kind: s.kind,
          title: s.title ?? null,
          content: s.content ?? null,
          speakerMemberId: p.memberId,
          speakerName: p.name,
          speakerTitle: p.title,
          speakerUnitId: s.unit?.id ?? null,
          speakerUnitName: s.unit?.id ? null : (s.unit?.name ?? null),
        },
      };
    });
    await applyPlan(
      tx.speech as unknown as Table<(typeof wanted)[number]["data"]>,
      meetingId,
      planRows(stored(rows), wanted, { positionKey: "position" }),
    );
  }
  if (f.directives) {
    const rows = await tx.directiveCitation.findMany({
      ...where,
      select: { id: true, position: true, directiveId: true, raw: true, note: true },
    });
    const wanted = [];
    for (const [position, d] of f.directives.entries()) {
      const directiveId = await resolveDirective(tx, d, position);
      wanted.push({ id: d.id, data: { position, directiveId, raw: d.raw ?? null, note: d.note ?? null } });
    }
    await applyPlan(tx.directiveCitation, meetingId, planRows(stored(rows), wanted, { positionKey: "position" }));
  }
  if (f.conclusions) {
    const rows = await tx.conclusion.findMany({ ...where, select: { id: true, position: true, content: true } });
    const wanted = f.conclusions.map((c, position) => ({ id: c.id, data: { position, content: c.content } }));
    await applyPlan(tx.conclusion, meetingId, planRows(stored(rows), wanted, { positionKey: "position" }));
  }
  let removedResolutions = new Set<string>();
  if (f.resolutions) {
    const rows = await tx.resolution.findMany({
      ...where,
      select: {
        id: true,
        position: true,
        title: true,
        content: true,
        voteFor: true,
        voteAgainst: true,
        voteAbstain: true,
      },
    });
    const wanted = f.resolutions.map((r, position) => ({
      id: r.id,
      data: {
        position,
        title: r.title,
        content: r.content ?? null,
        voteFor: r.vote.for,
        voteAgainst: r.vote.against,
        voteAbstain: r.vote.abstain,
      },
    }));
    const plan = planRows(stored(rows), wanted, { positionKey: "position" });
    removedResolutions = new Set(plan.remove);
    // a removed resolution's tasks stay, unlinked (the same on both databases, whatever the foreign key does)
    if (plan.remove.length)
      await tx.task.updateMany({ where: { resolutionId: { in: plan.remove } }, data: { resolutionId: null } });
    await applyPlan(tx.resolution, meetingId, plan);
  }
  if (f.tasks) await writeTasks(tx, meetingId, unitId, f.tasks, removedResolutions, opts);
}

async function writeTasks(
  tx: Tx,
  meetingId: string,
  unitId: string,
  tasks: NonNullable<Fields["tasks"]>,
  removedResolutions: Set<string>,
  opts: WriteChildrenOptions,
) {
  const rows = await tx.task.findMany({
    where: { meetingId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      ownerMemberId: true,
      ownerName: true,
      dueOn: true,
      status: true,
      resolutionId: true,
      completedAt: true,
    },
  });
  const resolutions = new Set(
    (await tx.resolution.findMany({ where: { meetingId }, select: { id: true } })).map((r) => r.id),
  );
  const storedLink = new Map(rows.map((r) => [r.id, r.resolutionId]));
  const fields: Record<string, string[]> = {};
  const wanted = tasks.map((t, i) => {
    const owner = personCells(t.owner);
    let resolutionId: string | null =
      t.resolutionId === undefined ? ((t.id && storedLink.get(t.id)) ?? null) : t.resolutionId;
    if (resolutionId && !resolutions.has(resolutionId)) {
      if (!removedResolutions.has(resolutionId) && !opts.creating)
        fields[`tasks.${i}.resolutionId`] = ["Nghị quyết không thuộc biên bản này."];
      resolutionId = null;
    }
    return {
      id: t.id,
      data: {
        title: t.title,
        ownerMemberId: owner.memberId,
        ownerName: owner.name,
        dueOn: t.dueOn ?? null,
        status: t.status,
        resolutionId,
      },
    };
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION", undefined, { fields });
  const plan = planRows(
    rows.map(({ id, completedAt: _c, ...data }) => ({ id, data })),
    wanted,
  );
  const wasDone = new Map(rows.map((r) => [r.id, r.status === "DONE"]));
  const completedAt = (status: string, id?: string) =>
    status === "DONE" ? (id && wasDone.get(id) ? undefined : new Date()) : null;
  if (plan.remove.length) await tx.task.deleteMany({ where: { id: { in: plan.remove } } });
  for (const u of plan.update) {
    const done = u.data.status === undefined ? undefined : completedAt(u.data.status, u.id);
    await tx.task.update({
      where: { id: u.id },
      data: { ...u.data, ...(done === undefined ? {} : { completedAt: done }) },
    });
  }
  for (const d of plan.create) {
    await tx.task.create({ data: { ...d, unitId, meetingId, completedAt: d.status === "DONE" ? new Date() : null } });
  }
}
