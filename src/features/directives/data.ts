import "server-only";
import { db } from "@/server/db";
import { meetingReadWhere, type Actor } from "@/server/policy/policy";
import { citingMeetings } from "@/server/search/scoped";
import { findCitations, parseDirectiveQuery, sameDirective, sameNumber } from "@/lib/symbols";
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { toVnIsoDate, toVnIsoDateOrNull } from "@/lib/vi/date";
import type { DirectiveKind, MeetingKind, MeetingStatus, SpeechKind, TaskStatus } from "@/lib/enums";
import { taskReadWhere } from "@/features/tasks";
import { directiveLabel } from "@/lib/symbols";
import type { DirectiveProposalFields, DirectiveSearch, DirectiveSummary, ProposeDirectiveResult } from "./schema";
import { directiveSummarySelect } from "@/server/directive-select";

const summarySelect = directiveSummarySelect;

type SummaryRow = {
  id: string;
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
  subject: string | null;
};

function toSummary(r: SummaryRow): DirectiveSummary {
  return { ...r, label: directiveLabel(r) };
}

export interface DirectiveListItem extends DirectiveSummary {
  citationCount: number;
  taskCount: number;
}

/** The registry (shared by everyone: "directive.read" is "all"), merged duplicates left out, newest first. */
/**
 * What a typed query means for the registry: a reference ("chỉ thị 05", "05-CT/TW", "ct05") narrows
 * by kind in SQL and by number and symbol after (numbers compare as "05" = "5"); other text must
 * contain every folded word. `exact` is false when only SQL filters, so counts can stay in SQL.
 */
export function directiveQueryFilter(q?: string, kind?: DirectiveKind) {
  const query = q ? parseDirectiveQuery(q) : null;
  const words = q && !query ? foldForSearch(q).split(" ").filter(Boolean) : [];
  const k = kind ?? query?.kind;
  return {
    where: { mergedIntoId: null, ...(k ? { kind: k } : {}), AND: words.map((w) => ({ searchText: { contains: w } })) },
    needsKeep: !!query,
    keep: (r: { number: string | null; symbol: string | null }) =>
      (!query?.number || sameNumber(r.number, query.number)) &&
      (!query?.symbol || !r.symbol || r.symbol === query.symbol) &&
      (!query?.typeCode || (r.symbol ?? "").startsWith(`${query.typeCode}/`)),
  };
}

export async function listDirectives(actor: Actor, search: DirectiveSearch = {}): Promise<DirectiveListItem[]> {
  const filter = directiveQueryFilter(search.q, search.kind);
  const rows = await db().directive.findMany({
    where: filter.where,
    orderBy: [{ issuedOn: "desc" }, { createdAt: "asc" }],
    select: {
      ...summarySelect,
      _count: {
        select: { citations: { where: { meeting: meetingReadWhere(actor) } }, tasks: { where: taskReadWhere(actor) } },
      },
    },
  });
  return rows
    .filter(filter.keep)
    .map((r) => ({ ...toSummary(r), citationCount: r._count.citations, taskCount: r._count.tasks }))
    .sort((a, b) => (b.issuedOn ?? "").localeCompare(a.issuedOn ?? ""));
}

export type TimelineEntry =
  | {
      type: "meeting";
      /** Null for a draft that has no date yet. */
      date: string | null;
      id: string;
      title: string;
      kind: MeetingKind;
      status: MeetingStatus;
      unitName: string;
      raw: string | null;
      note: string | null;
    }
  | {
      type: "speech";
      date: string | null;
      id: string;
      meetingId: string;
      meetingTitle: string;
      kind: SpeechKind;
      title: string | null;
      speaker: string | null;
      excerpt: string | null;
      mentions: boolean;
    }
  | {
      type: "task";
      date: string;
      id: string;
      title: string;
      status: TaskStatus;
      dueOn: string | null;
      owner: string | null;
      unitName: string;
      meetingId: string | null;
    };

export interface DirectiveDetail extends DirectiveSummary {
  mergedInto: DirectiveSummary | null;
  duplicates: DirectiveSummary[];
  /** One page of the timeline: see getDirective. */
  timeline: TimelineEntry[];
  counts: { meetings: number; speeches: number; tasks: number };
  /** Pages of the timeline, counted in citing meetings. */
  page: number;
  pageSize: number;
}

/** Citing meetings per page of a directive's timeline. */
export const TIMELINE_PAGE_SIZE = 20;
/** Characters of a speech shown on the timeline. */
const EXCERPT = 200;

/**
 * One registry entry with what the reader may see about it, as a timeline (oldest first) paged by
 * the meetings that cite it: a page holds TIMELINE_PAGE_SIZE citing meetings, the speeches given
 * in them (marked when their text names the document) and the tasks implementing it dated from
 * the page's first meeting up to the next page's first. The citing meetings are read through a
 * subquery on DirectiveCitation(directiveId, meetingId) — never a list of their ids — and the
 * counts are SQL counts, so a document cited in tens of thousands of records costs one page.
 */
export async function getDirective(
  actor: Actor,
  id: string,
  opts: { page?: number } = {},
): Promise<DirectiveDetail | null> {
  const d = await db().directive.findUnique({ where: { id }, select: { ...summarySelect, mergedIntoId: true } });
  if (!d) return null;
  const tasksWhere = { directiveId: id, ...taskReadWhere(actor) };
  const at = (page: number) => ({ offset: (page - 1) * TIMELINE_PAGE_SIZE, limit: TIMELINE_PAGE_SIZE });
  const asked = Math.max(1, Math.floor(opts.page ?? 1));
  const [mergedInto, duplicates, first, taskCount] = await Promise.all([
    d.mergedIntoId ? db().directive.findUnique({ where: { id: d.mergedIntoId }, select: summarySelect }) : null,
    db().directive.findMany({ where: { mergedIntoId: d.id }, select: summarySelect }),
    citingMeetings(actor, id, at(asked)),
    db().task.count({ where: tasksWhere }),
  ]);
  const meetingCount = first.meetings;
  const speechCount = first.speeches;
  const pages = Math.max(1, Math.ceil(meetingCount / TIMELINE_PAGE_SIZE));
  const page = Math.min(pages, asked);
  // Asked past the end: the last page.
  const pageIds = page === asked ? first.ids : (await citingMeetings(actor, id, at(page))).ids;
  const fetched = await db().meeting.findMany({
    where: { id: { in: pageIds } }, // one page of ids, never the whole list
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      unit: { select: { name: true } },
      citations: {
        where: { directiveId: id },
        orderBy: { position: "asc" },
        take: 1,
        select: { raw: true, note: true },
      },
    },
  });
  const byFetchedId = new Map(fetched.map((m) => [m.id, m]));
  const rows = pageIds.flatMap((pid) => byFetchedId.get(pid) ?? []);
  const shown = rows.slice(0, TIMELINE_PAGE_SIZE);
  const next = rows[TIMELINE_PAGE_SIZE];
  const shownIds = shown.map((m) => m.id); // at most one page of ids

  // Tasks dated in this page's window: from its first meeting (none before on page 1) to the next page's first.
  const from = page > 1 ? shown[0]?.startsAt : undefined;
  const to = next?.startsAt;
  const window = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  const noTasks = page > 1 && !from; // this page starts with undated drafts: the page before showed every later task
  const [speechRows, tasks] = await Promise.all([
    db().speech.findMany({
      where: { meetingId: { in: shownIds } },
      orderBy: { position: "asc" },
      select: {
        id: true,
        kind: true,
        title: true,
        content: true,
        speakerName: true,
        meetingId: true,
        speaker: { select: { familyName: true, middleName: true, givenName: true } },
      },
    }),
    noTasks
      ? []
      : db().task.findMany({
          where: {
            ...tasksWhere,
            ...(from || to ? { OR: [{ meeting: { startsAt: window } }, { meetingId: null, createdAt: window }] } : {}),
          },
          orderBy: { createdAt: "asc" },
          take: 500,
          select: {
            id: true,
            title: true,
            status: true,
            dueOn: true,
            ownerName: true,
            meetingId: true,
            createdAt: true,
            owner: { select: { familyName: true, middleName: true, givenName: true } },
            ownerUnit: { select: { name: true } },
            unit: { select: { name: true } },
            meeting: { select: { startsAt: true } },
          },
        }),
  ]);
  const identity = { ...d, date: d.issuedOn };
  const mentionsIt = (text: string | null) =>
    !!text &&
    findCitations(text).some((x) =>
      sameDirective(
        {
          kind: x.kind,
          number: x.number,
          symbol: x.symbol,
          date: x.date,
          term: x.term,
          plenum: x.plenum,
          congress: x.congress,
        },
        identity,
      ),
    );
  const byId = new Map(shown.map((m) => [m.id, m]));

  const timeline: TimelineEntry[] = [
    ...shown.map((m) => ({
      type: "meeting" as const,
      date: toVnIsoDateOrNull(m.startsAt),
      id: m.id,
      title: m.title,
      kind: m.kind,
      status: m.status,
      unitName: m.unit.name,
      raw: m.citations[0]?.raw ?? null,
      note: m.citations[0]?.note ?? null,
    })),
    ...speechRows.map((s) => {
      const m = byId.get(s.meetingId);
      return {
        type: "speech" as const,
        date: toVnIsoDateOrNull(m?.startsAt),
        id: s.id,
        meetingId: s.meetingId,
        meetingTitle: m?.title ?? "",
        kind: s.kind,
        title: s.title,
        speaker: s.speaker ? fullName(s.speaker) : s.speakerName,
        excerpt: s.content ? s.content.slice(0, EXCERPT) : null,
        mentions: mentionsIt(`${s.title ?? ""}\n${s.content ?? ""}`),
      };
    }),
    ...tasks.map((t) => ({
      type: "task" as const,
      date: toVnIsoDate(t.meeting?.startsAt ?? t.createdAt),
      id: t.id,
      title: t.title,
      status: t.status,
      dueOn: t.dueOn,
      owner: t.owner ? fullName(t.owner) : (t.ownerUnit?.name ?? t.ownerName),
      unitName: t.unit.name,
      meetingId: t.meetingId,
    })),
  ];
  const order = { meeting: 0, speech: 1, task: 2 } as const;
  // Undated drafts last.
  const day = (t: TimelineEntry) => t.date ?? "9999";
  timeline.sort((a, b) => day(a).localeCompare(day(b)) || order[a.type] - order[b.type]);

  return {
    ...toSummary(d),
    mergedInto: mergedInto ? toSummary(mergedInto) : null,
    duplicates: duplicates.map(toSummary),
    timeline,
    counts: { meetings: meetingCount, speeches: speechCount, tasks: taskCount },
    page,
    pageSize: TIMELINE_PAGE_SIZE,
  };
}

/**
 * A typed or imported citation → the registry entry it names, several when it is ambiguous (a
 * number without a year, 35-CT/TW of 2019 or of 2024), or a proposal for a new entry.
 */
export async function proposeDirective(text: string): Promise<ProposeDirectiveResult> {
  const parsed = findCitations(text)[0];
  if (!parsed) return { status: "unrecognised" };
  const proposal: DirectiveProposalFields = {
    kind: parsed.kind,
    number: parsed.number,
    symbol: parsed.symbol,
    issuedOn: parsed.date,
    issuer: parsed.issuer,
    term: parsed.term,
    plenum: parsed.plenum,
    congress: parsed.congress,
  };
  const candidates = await db().directive.findMany({
    where: { kind: parsed.kind, mergedIntoId: null },
    select: summarySelect,
    orderBy: { issuedOn: "asc" },
  });
  const identity = { ...proposal, date: proposal.issuedOn };
  const matches = candidates.filter((c) => sameDirective({ ...c, date: c.issuedOn }, identity));
  if (matches.length === 1) return { status: "match", directive: toSummary(matches[0]) };
  if (matches.length > 1) return { status: "ambiguous", candidates: matches.map(toSummary), proposal };
  return { status: "new", proposal, label: directiveLabel(proposal) };
}

/** For the merge form: registry entries an admin may keep (not merged themselves). */
export async function mergeTargets(excludeId: string): Promise<DirectiveSummary[]> {
  const rows = await db().directive.findMany({
    where: { mergedIntoId: null, id: { not: excludeId } },
    select: summarySelect,
    orderBy: [{ kind: "asc" }, { issuedOn: "desc" }],
  });
  return rows.map(toSummary);
}
