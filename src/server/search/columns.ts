/**
 * The folded search columns of a meeting record (stored on Meeting on every write, see
 * src/server/search). Pure and free of server-only imports so seeds and scripts can use it.
 *
 *   searchText    everything in the record: the full-text index runs over it
 *   searchTitle   title, summary, number: a hit here ranks first
 *   searchRefs    the documents it cites ("chi thi so 05 ct tw … bo chinh tri …")
 *   searchPeople  chair, secretary, attendance, presenters, speakers and speaking units
 */
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { directiveKindLabels, meetingKindLabels } from "@/lib/vi/labels";
import type { DirectiveKind, MeetingKind } from "@/lib/enums";

/** Bump when the recipe changes: rows with a lower version are rebuilt on start (scripts/seed.ts). */
export const SEARCH_VERSION = 2;

/** Folded text longer than this is cut (a tsvector holds at most 1 MB; no real record comes near). */
const MAX_TEXT = 400_000;

/**
 * PostgreSQL records word positions up to 16,383 only, so words in a row could not be told apart
 * further on. The first WORDS_IN_ORDER words are kept as written (title, people and documents
 * come first); after them only words not seen before are added, so every word is still found, and
 * both databases agree on what matches.
 */
export const WORDS_IN_ORDER = 16_000;

export function capForIndex(folded: string): string {
  const words = folded.split(" ");
  if (words.length <= WORDS_IN_ORDER) return folded;
  const head = words.slice(0, WORDS_IN_ORDER);
  const seen = new Set(head);
  const tail: string[] = [];
  for (const w of words.slice(WORDS_IN_ORDER)) {
    if (!seen.has(w)) {
      seen.add(w);
      tail.push(w);
    }
  }
  return [...head, ...tail].join(" ");
}

function fold(parts: Array<string | null | undefined>, max = MAX_TEXT): string {
  return foldForSearch(parts.filter((p): p is string => !!p).join(" \n ")).slice(0, max);
}

// ───────────── the columns, from one select shape ─────────────

const personName = { select: { familyName: true, middleName: true, givenName: true } } as const;

/** What the search columns are made of; the same select serves writes and the rebuild on start. */
export const searchSourceSelect = {
  kind: true,
  title: true,
  summary: true,
  number: true,
  place: true,
  opening: true,
  closing: true,
  rating: true,
  chairName: true,
  chair: personName,
  secretaryName: true,
  secretary: personName,
  unit: { select: { name: true } },
  attendance: { orderBy: { position: "asc" }, select: { name: true, title: true, reason: true } },
  agendaItems: { orderBy: { position: "asc" }, select: { title: true, content: true } },
  reports: {
    orderBy: { position: "asc" },
    select: { title: true, content: true, presenterName: true, presenterTitle: true, presenter: personName },
  },
  speeches: {
    orderBy: { position: "asc" },
    select: {
      title: true,
      content: true,
      speakerName: true,
      speakerTitle: true,
      speaker: personName,
      speakerUnitName: true,
      speakerUnit: { select: { name: true } },
    },
  },
  citations: {
    orderBy: { position: "asc" },
    select: {
      raw: true,
      note: true,
      directive: {
        select: {
          kind: true,
          number: true,
          symbol: true,
          issuer: true,
          subject: true,
          plenum: true,
          congress: true,
          term: true,
        },
      },
    },
  },
  conclusions: { orderBy: { position: "asc" }, select: { content: true } },
  resolutions: { orderBy: { position: "asc" }, select: { title: true, content: true } },
  tasks: { orderBy: { createdAt: "asc" }, select: { title: true, ownerName: true, owner: personName } },
  amendments: { orderBy: { createdAt: "asc" }, select: { newValue: true } },
} as const;

type Name = { familyName: string; middleName: string; givenName: string } | null;
type Opt = string | null;

/** The row the select above returns (spelled out so this file needs no Prisma types). */
export interface SearchSourceRow {
  kind: MeetingKind;
  title: string;
  summary: Opt;
  number: Opt;
  place: string;
  opening: Opt;
  closing: Opt;
  rating: Opt;
  chairName: Opt;
  chair: Name;
  secretaryName: Opt;
  secretary: Name;
  unit: { name: string };
  attendance: Array<{ name: string; title: Opt; reason: Opt }>;
  agendaItems: Array<{ title: string; content: Opt }>;
  reports: Array<{ title: string; content: Opt; presenterName: Opt; presenterTitle: Opt; presenter: Name }>;
  speeches: Array<{
    title: Opt;
    content: Opt;
    speakerName: Opt;
    speakerTitle: Opt;
    speaker: Name;
    speakerUnitName: Opt;
    speakerUnit: { name: string } | null;
  }>;
  citations: Array<{
    raw: Opt;
    note: Opt;
    directive: {
      kind: DirectiveKind;
      number: Opt;
      symbol: Opt;
      issuer: Opt;
      subject: Opt;
      plenum: Opt;
      congress: Opt;
      term: Opt;
    };
  }>;
  conclusions: Array<{ content: string }>;
  resolutions: Array<{ title: string; content: Opt }>;
  tasks: Array<{ title: string; ownerName: Opt; owner: Name }>;
  /** Corrections (đính chính): the corrected wording is found too. */
  amendments: Array<{ newValue: Opt }>;
}

export interface SearchColumns {
  searchText: string;
  searchTitle: string;
  searchPeople: string;
  searchRefs: string;
  searchVersion: number;
}

const nameOf = (member: Name, name: Opt) => (member ? fullName(member) : name);

/** A cited document as words a reader types: "Chỉ thị số 05-CT/TW", "Nghị quyết Trung ương 4 khóa XII", issuer, subject. */
function citationWords(c: SearchSourceRow["citations"][number]): Opt[] {
  const d = c.directive;
  const kind = directiveKindLabels[d.kind];
  return [
    c.raw,
    kind,
    d.number,
    d.number && d.symbol ? `${d.number}-${d.symbol}` : d.symbol,
    d.plenum ? `Trung ương ${d.plenum}` : null,
    d.congress ? `Đại hội ${d.congress}` : null,
    d.term ? `khóa ${d.term}` : null,
    d.issuer,
    d.subject,
  ];
}

export function searchColumns(m: SearchSourceRow): SearchColumns {
  const title = [m.title, m.summary, m.number];
  const people = [
    nameOf(m.chair, m.chairName),
    nameOf(m.secretary, m.secretaryName),
    ...m.attendance.map((a) => a.name),
    ...m.reports.map((r) => nameOf(r.presenter, r.presenterName)),
    ...m.speeches.flatMap((s) => [nameOf(s.speaker, s.speakerName), s.speakerUnit?.name ?? s.speakerUnitName]),
    ...m.tasks.map((t) => nameOf(t.owner, t.ownerName)),
  ];
  const refs = m.citations.flatMap(citationWords);
  const body = [
    meetingKindLabels[m.kind],
    m.unit.name,
    m.place,
    m.opening,
    ...m.attendance.flatMap((a) => [a.title, a.reason]),
    ...m.agendaItems.flatMap((a) => [a.title, a.content]),
    ...m.reports.flatMap((r) => [r.title, r.presenterTitle, r.content]),
    ...m.speeches.flatMap((s) => [s.title, s.speakerTitle, s.content]),
    ...m.citations.map((c) => c.note),
    ...m.conclusions.map((c) => c.content),
    ...m.resolutions.flatMap((r) => [r.title, r.content]),
    ...m.tasks.map((t) => t.title),
    m.closing,
    m.rating,
    ...m.amendments.map((a) => a.newValue),
  ];
  return {
    searchTitle: fold(title, 20_000),
    searchPeople: fold([...new Set(people.filter(Boolean))], 50_000),
    searchRefs: fold(refs, 50_000),
    searchText: capForIndex(fold([...title, ...people, ...refs, ...body])),
    searchVersion: SEARCH_VERSION,
  };
}
