import "server-only";
import { db } from "@/server/db";
import { meetingReadWhere, unitWhere, type Actor } from "@/server/policy/policy";
import { AppError } from "@/server/errors";
import { fullName } from "@/lib/vi/names";
import { toVnIsoDate } from "@/lib/vi/date";
import { computeVote, eligibleVoters, summarizeAttendance } from "./rules";
import type { MeetingDetail, PersonRef } from "./dto";
import { searchMeetings, type MeetingSearchFilter, type MeetingSearchItem } from "@/server/search/meetings";
import { directiveSummarySelect } from "@/server/directive-select";

const person = { select: { id: true, familyName: true, middleName: true, givenName: true, title: true } } as const;

export const meetingDetailSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  number: true,
  status: true,
  version: true,
  startsAt: true,
  endsAt: true,
  place: true,
  chairMemberId: true,
  chairName: true,
  chairTitle: true,
  chair: person,
  secretaryMemberId: true,
  secretaryName: true,
  secretaryTitle: true,
  secretary: person,
  combined: true,
  opening: true,
  closing: true,
  rating: true,
  approvedAt: true,
  approvedById: true,
  minutesVoteFor: true,
  minutesVoteAgainst: true,
  minutesVoteAbstain: true,
  importReport: true,
  createdAt: true,
  updatedAt: true,
  unit: {
    select: {
      id: true,
      name: true,
      kind: true,
      parentId: true,
      path: true,
      place: true,
      parent: { select: { name: true } },
    },
  },
  attendance: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      memberId: true,
      name: true,
      title: true,
      status: true,
      category: true,
      memberStatus: true,
      reason: true,
    },
  },
  agendaItems: { orderBy: { position: "asc" }, select: { id: true, title: true, content: true } },
  reports: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      content: true,
      presenterMemberId: true,
      presenterName: true,
      presenterTitle: true,
      presenter: person,
    },
  },
  speeches: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      content: true,
      speakerMemberId: true,
      speakerName: true,
      speakerTitle: true,
      speaker: person,
      speakerUnitId: true,
      speakerUnitName: true,
      speakerUnit: { select: { name: true } },
    },
  },
  citations: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      raw: true,
      note: true,
      directive: {
        select: directiveSummarySelect,
      },
    },
  },
  conclusions: { orderBy: { position: "asc" }, select: { id: true, content: true } },
  resolutions: {
    orderBy: { position: "asc" },
    select: { id: true, title: true, content: true, voteFor: true, voteAgainst: true, voteAbstain: true },
  },
  amendments: {
    orderBy: { seq: "asc" },
    select: { id: true, field: true, newValue: true, seq: true, createdAt: true },
  },
  tasks: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      ownerMemberId: true,
      ownerName: true,
      owner: person,
      resolutionId: true,
    },
  },
} as const;

type Person = { id: string; familyName: string; middleName: string; givenName: string; title: string | null } | null;

function personRef(member: Person, name: string | null, title: string | null): PersonRef | null {
  if (member) {
    const full = [member.familyName, member.middleName, member.givenName].filter(Boolean).join(" ");
    return { memberId: member.id, name: name ?? full, title: title ?? member.title };
  }
  return name ? { memberId: null, name, title } : null;
}

// The row type the select above returns (inferred from one query shape).
type DetailRow = NonNullable<Awaited<ReturnType<typeof findDetailRow>>>;
function findDetailRow(where: object) {
  return db().meeting.findFirst({ where, select: meetingDetailSelect });
}

export function toMeetingDetail(m: DetailRow): MeetingDetail {
  const rows = m.attendance;
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    number: m.number,
    status: m.status,
    version: m.version,
    unit: {
      id: m.unit.id,
      name: m.unit.name,
      kind: m.unit.kind,
      parentId: m.unit.parentId,
      path: m.unit.path,
      place: m.unit.place,
      parentName: m.unit.parent?.name ?? null,
    },
    startsAt: m.startsAt?.toISOString() ?? null,
    endsAt: m.endsAt?.toISOString() ?? null,
    place: m.place,
    chair: personRef(m.chair, m.chairName, m.chairTitle),
    secretary: personRef(m.secretary, m.secretaryName, m.secretaryTitle),
    combined: m.combined,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    attendance: { entries: rows, summary: summarizeAttendance(rows), eligibleVoters: eligibleVoters(rows) },
    agenda: m.agendaItems,
    reports: m.reports.map((r) => ({
      id: r.id,
      title: r.title,
      content: r.content,
      presenter: personRef(r.presenter, r.presenterName, r.presenterTitle),
    })),
    speeches: m.speeches.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      content: s.content,
      speaker: personRef(s.speaker, s.speakerName, s.speakerTitle),
      unit:
        s.speakerUnitId || s.speakerUnitName
          ? { id: s.speakerUnitId, name: s.speakerUnitName ?? s.speakerUnit?.name ?? "" }
          : null,
    })),
    directives: m.citations.map((c) => ({
      ...c.directive,
      id: c.id,
      directiveId: c.directive.id,
      raw: c.raw,
      note: c.note,
    })),
    conclusions: m.conclusions,
    resolutions: m.resolutions.map((r) => ({
      id: r.id,
      title: r.title,
      content: r.content,
      vote: computeVote({ for: r.voteFor, against: r.voteAgainst, abstain: r.voteAbstain }, rows),
    })),
    tasks: m.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn,
      status: t.status,
      owner: personRef(t.owner, t.ownerName, null),
      resolutionId: t.resolutionId,
    })),
    approval: m.approvedAt
      ? {
          approvedAt: m.approvedAt.toISOString(),
          approvedBy: m.approvedById,
          minutesVote: { for: m.minutesVoteFor, against: m.minutesVoteAgainst, abstain: m.minutesVoteAbstain },
        }
      : null,
    current: currentReadings(m.amendments),
    imported: parseImportReport(m.importReport),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

function currentReadings(
  rows: Array<{ id: string; field: string; newValue: string | null; seq: number; createdAt: Date }>,
): MeetingDetail["current"] {
  const out: MeetingDetail["current"] = {};
  for (const a of rows) {
    const amendments = (out[a.field]?.amendments ?? 0) + 1;
    out[a.field] = { value: a.newValue, amendmentId: a.id, amendedAt: a.createdAt.toISOString(), amendments };
  }
  return out;
}

function parseImportReport(json: string | null): MeetingDetail["imported"] {
  if (!json) return null;
  try {
    const r = JSON.parse(json) as Partial<NonNullable<MeetingDetail["imported"]>>;
    return {
      source: r.source ?? null,
      importedAt: r.importedAt ?? "",
      marks: Array.isArray(r.marks) ? r.marks : [],
      warnings: Array.isArray(r.warnings) ? r.warnings : [],
    };
  } catch {
    return null;
  }
}

/** One meeting the actor may read, or null (out of scope looks exactly like missing). */
export async function getMeeting(actor: Actor, id: string): Promise<MeetingDetail | null> {
  const row = await findDetailRow({ id, ...meetingReadWhere(actor) });
  return row ? toMeetingDetail(row) : null;
}

export type MeetingListFilter = MeetingSearchFilter;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Meetings the actor may read: newest first, or ranked with snippets when `q` is given
 * (src/server/search: one query per database, the scope inside it).
 */
export async function listMeetings(
  actor: Actor,
  filter: MeetingListFilter = {},
): Promise<Page<MeetingSearchItem> & { totalCapped: boolean }> {
  return searchMeetings(actor, filter);
}

export interface OpenTask {
  id: string;
  title: string;
  owner: string | null;
  dueOn: string | null;
  status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED";
  meetingId: string | null;
  meetingTitle: string | null;
  overdue: boolean;
}

/** Open follow-up tasks of a unit's earlier meetings, for the review section of the next record. */
export async function openTasksForMeeting(actor: Actor, meetingId: string): Promise<OpenTask[]> {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, ...meetingReadWhere(actor) },
    select: { unitId: true, startsAt: true },
  });
  if (!m) return [];
  const rows = await db().task.findMany({
    where: {
      unitId: m.unitId,
      unit: unitWhere(actor, "task.read"),
      status: { in: ["OPEN", "IN_PROGRESS"] },
      // An undated draft reviews every earlier meeting's open tasks.
      OR: [
        { meetingId: null },
        {
          meeting: { ...(m.startsAt ? { startsAt: { lt: m.startsAt } } : {}), id: { not: meetingId }, deletedAt: null },
        },
      ],
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      ownerName: true,
      meetingId: true,
      owner: { select: { familyName: true, middleName: true, givenName: true } },
      meeting: { select: { title: true } },
    },
  });
  const today = toVnIsoDate(new Date());
  return rows.map((t) => ({
    id: t.id,
    title: t.title,
    owner: t.owner ? fullName(t.owner) : t.ownerName,
    dueOn: t.dueOn,
    status: t.status,
    meetingId: t.meetingId,
    meetingTitle: t.meeting?.title ?? null,
    overdue: !!t.dueOn && t.dueOn < today,
  }));
}

export interface RevisionItem {
  version: number;
  authorId: string | null;
  createdAt: string;
  changes: Array<{ field: string; old: string | null; new: string | null }>;
}

/** The change history of a record, newest first. */
export async function listRevisions(actor: Actor, meetingId: string): Promise<RevisionItem[]> {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, deletedAt: null, unit: unitWhere(actor, "meeting.history") },
    select: { id: true },
  });
  if (!m) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const rows = await db().revision.findMany({
    where: { meetingId },
    orderBy: { version: "desc" },
    select: { version: true, authorId: true, createdAt: true, changes: true },
  });
  return rows.map((r) => ({
    version: r.version,
    authorId: r.authorId,
    createdAt: r.createdAt.toISOString(),
    changes: JSON.parse(r.changes),
  }));
}

/** Amendments of a record (readable by whoever reads the record). */
export async function listAmendments(actor: Actor, meetingId: string) {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, ...meetingReadWhere(actor) },
    select: { id: true },
  });
  if (!m) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const rows = await db().amendment.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }, { seq: "asc" }],
    select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, authorId: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Display names of accounts (authors of revisions and amendments). */
export async function accountNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, displayName: true } });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
