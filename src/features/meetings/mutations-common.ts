/**
 * What every meeting command shares: the write target and its policy check, the members a record
 * refers to, the scalar columns, and the end of a write (search columns, revision, audit).
 */
import "server-only";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, meetingReadWhere, type Action, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { fullName } from "@/lib/vi/names";
import { writeSearchColumns } from "@/server/search/reindex";
import { meetingDetailSelect, toMeetingDetail } from "./data";
import type { MeetingDetail } from "./dto";
import { diffRecords } from "./diff";
import type { MeetingFields } from "./schema";

export interface WriteTarget {
  id: string;
  status: "DRAFT" | "APPROVED";
  version: number;
  unitId: string;
  unit: { path: string; name: string };
}

/** The meeting for a write, scoped by the action; readable-but-not-writable is FORBIDDEN, invisible is NOT_FOUND. */
export async function loadForWrite(actor: Actor, id: string, action: Action): Promise<WriteTarget> {
  const row = await db().meeting.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, status: true, version: true, unitId: true, unit: { select: { path: true, name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  if (!can(actor, action, { unitId: row.unitId, unitPath: row.unit.path })) {
    const readable = await db().meeting.count({ where: { id, ...meetingReadWhere(actor) } });
    throw readable ? new AppError("FORBIDDEN") : new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  }
  return row;
}

export type Fields = Partial<MeetingFields>;

export interface RosterMember {
  id: string;
  name: string;
  title: string | null;
  category: "OFFICIAL" | "PROBATIONARY";
  status: "ACTIVE" | "EXEMPT" | "TEMPORARY" | "AWAY_TEMPORARY" | "TRANSFERRED_OUT" | "SUSPENDED";
  unitPath: string;
}

/** Members referenced by the input, checked to belong to the meeting unit's tree (itself, below or above). */
export async function loadReferencedMembers(
  tx: Tx,
  unitPath: string,
  input: Fields,
): Promise<Map<string, RosterMember>> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => id && ids.add(id);
  input.attendance?.entries.forEach((e) => {
    add(e.memberId);
  });
  add(input.chair?.memberId);
  add(input.secretary?.memberId);
  input.reports?.forEach((r) => {
    add(r.presenter?.memberId);
  });
  input.speeches?.forEach((s) => {
    add(s.speaker?.memberId);
  });
  input.tasks?.forEach((t) => {
    add(t.owner?.memberId);
  });
  if (ids.size === 0) return new Map();
  const ancestors = unitPath.split("/").filter(Boolean);
  const rows = await tx.member.findMany({
    where: { id: { in: [...ids] }, unit: { OR: [{ path: { startsWith: unitPath } }, { id: { in: ancestors } }] } },
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      title: true,
      category: true,
      status: true,
      unit: { select: { path: true } },
    },
  });
  const map = new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: fullName(r), title: r.title, category: r.category, status: r.status, unitPath: r.unit.path },
    ]),
  );
  const fields: Record<string, string[]> = {};
  const check = (id: string | null | undefined, path: string) => {
    if (id && !map.has(id)) fields[path] = ["Đảng viên không thuộc tổ chức Đảng này."];
  };
  input.attendance?.entries.forEach((e, i) => {
    check(e.memberId, `attendance.entries.${i}.memberId`);
    const m = e.memberId ? map.get(e.memberId) : undefined;
    if (m && !m.unitPath.startsWith(unitPath))
      fields[`attendance.entries.${i}.memberId`] = ["Đảng viên không thuộc danh sách của tổ chức Đảng này."];
  });
  check(input.chair?.memberId, "chair.memberId");
  check(input.secretary?.memberId, "secretary.memberId");
  input.reports?.forEach((r, i) => {
    check(r.presenter?.memberId, `reports.${i}.presenter.memberId`);
  });
  input.speeches?.forEach((s, i) => {
    check(s.speaker?.memberId, `speeches.${i}.speaker.memberId`);
  });
  input.tasks?.forEach((t, i) => {
    check(t.owner?.memberId, `tasks.${i}.owner.memberId`);
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION", undefined, { fields });
  return map;
}

export function scalarData(f: Fields) {
  const person = (p: Fields["chair"]) => ({
    memberId: p?.memberId ?? null,
    name: p?.memberId ? null : (p?.name ?? null),
    title: p?.title ?? null,
  });
  const out: Record<string, unknown> = {};
  for (const k of [
    "kind",
    "title",
    "summary",
    "number",
    "startsAt",
    "endsAt",
    "place",
    "combined",
    "opening",
    "closing",
    "rating",
  ] as const) {
    if (f[k] !== undefined) out[k] = f[k];
  }
  if (f.chair !== undefined) {
    const p = person(f.chair);
    Object.assign(out, { chairMemberId: p.memberId, chairName: p.name, chairTitle: p.title });
  }
  if (f.secretary !== undefined) {
    const p = person(f.secretary);
    Object.assign(out, { secretaryMemberId: p.memberId, secretaryName: p.name, secretaryTitle: p.title });
  }
  return out;
}

export async function readDetailTx(tx: Tx, id: string): Promise<MeetingDetail> {
  const row = await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingDetailSelect });
  return toMeetingDetail(row as Parameters<typeof toMeetingDetail>[0]);
}

/** The editable content of a record, for diffs and snapshots (no ids, no computed fields). */
export function editableContent(m: MeetingDetail) {
  const person = (p: MeetingDetail["chair"]) => (p ? { memberId: p.memberId, name: p.name, title: p.title } : null);
  return {
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    number: m.number,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    place: m.place,
    chair: person(m.chair),
    secretary: person(m.secretary),
    combined: m.combined,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    attendance: m.attendance.entries.map((e) => ({
      memberId: e.memberId,
      name: e.name,
      title: e.title,
      status: e.status,
      reason: e.reason,
    })),
    agenda: m.agenda.map((a) => ({ title: a.title, content: a.content })),
    reports: m.reports.map((r) => ({ title: r.title, presenter: person(r.presenter), content: r.content })),
    speeches: m.speeches.map((s) => ({
      kind: s.kind,
      title: s.title,
      speaker: person(s.speaker),
      unit: s.unit?.name ?? null,
      content: s.content,
    })),
    directives: m.directives.map((d) => ({ directiveId: d.directiveId, raw: d.raw, note: d.note })),
    conclusions: m.conclusions.map((c) => c.content),
    resolutions: m.resolutions.map((r) => ({
      title: r.title,
      content: r.content,
      for: r.vote.for,
      against: r.vote.against,
      abstain: r.vote.abstain,
    })),
    tasks: m.tasks.map((t) => ({
      title: t.title,
      owner: t.owner?.name ?? null,
      dueOn: t.dueOn,
      status: t.status,
      resolution: m.resolutions.find((r) => r.id === t.resolutionId)?.title ?? null,
    })),
  };
}

/** After the rows are written: recompute the search key, record the revision and the audit event. */
export async function finishWrite(
  tx: Tx,
  actor: Actor,
  action: string,
  before: MeetingDetail | null,
  id: string,
  version: number,
): Promise<MeetingDetail> {
  await writeSearchColumns(tx, id);
  const after = await readDetailTx(tx, id);
  const changes = diffRecords(before ? editableContent(before) : {}, editableContent(after));
  await tx.revision.create({
    data: {
      meetingId: id,
      version,
      authorId: actor.userId,
      snapshot: JSON.stringify(editableContent(after)),
      changes: JSON.stringify(changes),
    },
  });
  await writeAudit(
    tx,
    actor,
    action,
    { type: "Meeting", id, unitId: after.unit.id },
    { version, changed: changes.length },
  );
  return after;
}
