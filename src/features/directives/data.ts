import "server-only";
import { db } from "@/server/db";
import { meetingReadWhere, type Actor } from "@/server/policy/policy";
import { findCitations, parseDirectiveQuery, sameDirective, sameNumber } from "@/lib/symbols";
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { toVnIsoDate, toVnIsoDateOrNull } from "@/lib/vi/date";
import type { DirectiveKind, MeetingKind, MeetingStatus, SpeechKind, TaskStatus } from "@/lib/enums";
import { taskReadWhere } from "@/features/tasks";
import { directiveLabel } from "@/lib/symbols";
import type { DirectiveProposalFields, DirectiveSearch, DirectiveSummary, ProposeDirectiveResult } from "./schema";

const summarySelect = {
  id: true,
  kind: true,
  number: true,
  symbol: true,
  issuedOn: true,
  issuer: true,
  term: true,
  plenum: true,
  congress: true,
  subject: true,
} as const;

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
  timeline: TimelineEntry[];
  counts: { meetings: number; speeches: number; tasks: number };
}

/**
 * One registry entry with everything the reader may see about it: meetings that cited it, speeches
 * of those meetings or mentioning it, tasks implementing it; one timeline, oldest first.
 */
export async function getDirective(actor: Actor, id: string): Promise<DirectiveDetail | null> {
  const d = await db().directive.findUnique({ where: { id }, select: { ...summarySelect, mergedIntoId: true } });
  if (!d) return null;
  const [mergedInto, duplicates] = await Promise.all([
    d.mergedIntoId ? db().directive.findUnique({ where: { id: d.mergedIntoId }, select: summarySelect }) : null,
    db().directive.findMany({ where: { mergedIntoId: d.id }, select: summarySelect }),
  ]);
  const readable = meetingReadWhere(actor);

  const citations = await db().directiveCitation.findMany({
    where: { directiveId: id, meeting: readable },
    orderBy: { meeting: { startsAt: "asc" } },
    select: {
      raw: true,
      note: true,
      meeting: {
        select: { id: true, title: true, kind: true, status: true, startsAt: true, unit: { select: { name: true } } },
      },
    },
  });
  const citingIds = [...new Set(citations.map((c) => c.meeting.id))];

  // Speeches that may mention it: a cheap filter on the number (or plenum/congress), then the importer's parser decides.
  const needle = d.number ? String(Number.parseInt(d.number, 10)) : (d.plenum ?? d.congress);
  const speechRows = await db().speech.findMany({
    where: {
      meeting: readable,
      OR: [
        { meetingId: { in: citingIds } },
        ...(needle ? [{ content: { contains: needle } }, { title: { contains: needle } }] : []),
      ],
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      content: true,
      speakerName: true,
      meetingId: true,
      speaker: { select: { familyName: true, middleName: true, givenName: true } },
      meeting: { select: { title: true, startsAt: true } },
    },
  });
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
  const speeches = speechRows
    .map((s) => ({ s, mentions: mentionsIt(`${s.title ?? ""}\n${s.content ?? ""}`) }))
    .filter(({ s, mentions }) => mentions || citingIds.includes(s.meetingId));

  const tasks = await db().task.findMany({
    where: { directiveId: id, ...taskReadWhere(actor) },
    orderBy: { createdAt: "asc" },
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
  });

  const timeline: TimelineEntry[] = [
    ...citations.map((c) => ({
      type: "meeting" as const,
      date: toVnIsoDateOrNull(c.meeting.startsAt),
      id: c.meeting.id,
      title: c.meeting.title,
      kind: c.meeting.kind,
      status: c.meeting.status,
      unitName: c.meeting.unit.name,
      raw: c.raw,
      note: c.note,
    })),
    ...speeches.map(({ s, mentions }) => ({
      type: "speech" as const,
      date: toVnIsoDateOrNull(s.meeting.startsAt),
      id: s.id,
      meetingId: s.meetingId,
      meetingTitle: s.meeting.title,
      kind: s.kind,
      title: s.title,
      speaker: s.speaker ? fullName(s.speaker) : s.speakerName,
      excerpt: s.content ? s.content.slice(0, 280) : null,
      mentions,
    })),
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
  // A meeting citing the document twice is one meeting.
  const seen = new Set<string>();
  const deduped = timeline.filter((t) => (t.type === "meeting" ? !seen.has(t.id) && !!seen.add(t.id) : true));

  return {
    ...toSummary(d),
    mergedInto: mergedInto ? toSummary(mergedInto) : null,
    duplicates: duplicates.map(toSummary),
    timeline: deduped,
    counts: { meetings: citingIds.length, speeches: speeches.length, tasks: tasks.length },
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
