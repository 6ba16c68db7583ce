import "server-only";
/**
 * Search and browse of meeting records: ONE interface, one SQL branch per database.
 *
 * Matching: every folded word of the query must start a word of the record's folded text
 * (Meeting.searchText, written by src/server/search/columns.ts, single-spaced letters and
 * digits). PostgreSQL answers it from a GIN index over a tsvector ('simple', no stemming) of that
 * column. SQLite answers it from an FTS5 index when the reader's scope holds many records, and by
 * scanning the scope with `' ' || searchText LIKE '% word%'` when it holds few — the same test
 * written two ways, so every path finds exactly the same records. A document reference
 * ("05-CT/TW", "chỉ thị 05", "ct05") matches the records citing that registry entry, or whose
 * text has it in a row.
 *
 * Ranking: the same arithmetic on both databases, in plain SQL over the stored columns — the whole
 * query in a row anywhere counts 20, in the title (or trích yếu) 10 more; each word in the title 4;
 * all the words among the people (a name) 10, or among the cited documents 10; citing the
 * referenced document 12; every match 1; then the newest first. When more than RANK_WINDOW records
 * match (a query such as "đảng bộ" matches nearly all), the newest RANK_WINDOW of them are ranked;
 * the total counts at most TOTAL_CAP + 1 of them: more than TOTAL_CAP is shown as "hơn 1.000".
 *
 * Scope: the reader's policy scope becomes lists of unit ids inside the WHERE clause of the query
 * that pages and of the one that counts, so nothing out of scope is ever fetched, counted or ranked.
 */
import { Prisma } from "@/generated/postgres/client";
import { db, dbFlavor } from "@/server/db";
import { AppError } from "@/server/errors";
import { unitWhere, type Actor, type UnitFilter } from "@/server/policy/policy";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/query";
import { makeSnippet, type Snippet, type SnippetSegment } from "@/lib/search/snippet";
import { fromVnDateTime, toVnIsoDateOrNull } from "@/lib/vi/date";
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { directiveKindLabels, speechKindLabels } from "@/lib/vi/labels";
import {
  KIND_TYPE_CODES,
  TYPE_CODE_KINDS,
  parseDirectiveQuery,
  sameNumber,
  type DirectiveKindCode,
  type DirectiveQuery,
} from "@/lib/symbols";
import type { MeetingKind, MeetingStatus } from "@/lib/enums";

type Sql = Prisma.Sql;
const sql = Prisma.sql;
const join = Prisma.join;
const raw = Prisma.raw;

export interface MeetingSearchFilter {
  /** Words and document references, as typed. */
  q?: string;
  unitId?: string;
  /** With unitId: include the units below it (default true). */
  subtree?: boolean;
  status?: MeetingStatus;
  kind?: MeetingKind;
  /** ISO dates, inclusive, in Việt Nam time. */
  from?: string;
  to?: string;
  /** A registry entry cited by the record (its merged duplicates count too). */
  directiveId?: string;
  /** A member who was present, presented a report, spoke, chaired or took the minutes. */
  personId?: string;
  page?: number;
  pageSize?: number;
}

/** A record in a list: what the search returns for each row (features/meetings/dto.ts names it too). */
export interface MeetingListItem {
  id: string;
  title: string;
  kind: MeetingKind;
  /** ISO date of the meeting in Việt Nam; null for a draft without a date. */
  date: string | null;
  startsAt: string | null;
  status: MeetingStatus;
  unit: { id: string; name: string };
  place: string;
}

export interface MeetingSearchItem extends MeetingListItem {
  /** For searches: the passage where the words were found, with offsets of the marked words. */
  snippet?: string;
  highlights?: Array<[number, number]>;
  score?: number;
}

export interface SearchPage {
  items: MeetingSearchItem[];
  /** Matches counted, at most TOTAL_CAP; see totalCapped. */
  total: number;
  /** More than TOTAL_CAP records match (total is then TOTAL_CAP): "hơn 1.000 kết quả". */
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

// ───────────── the two databases ─────────────

interface Dialect {
  /** All words, each as a word prefix, from the full-text index. */
  words(terms: string[]): Sql;
  /** Any of the phrases (words in a row, whole words), from the full-text index. */
  phrases(phrases: string[][]): Sql;
  /** A timestamp parameter comparable with Meeting.startsAt. */
  time(d: Date): Sql;
}

const sqlite: Dialect = {
  words: (terms) => ftsIds(terms.map((t) => `"${t}"*`).join(" AND ")),
  phrases: (phrases) => ftsIds(phrases.map((p) => `"${p.join(" ")}"`).join(" OR ")),
  // Prisma stores SQLite DateTime as ISO text with "+00:00": the same text compares in order.
  time: (d) => sql`${d.toISOString().replace("Z", "+00:00")}`,
};

function ftsIds(match: string): Sql {
  return sql`m."id" IN (SELECT k."meetingId" FROM "MeetingSearch"
    JOIN "MeetingSearchKey" k ON k."key" = "MeetingSearch".rowid WHERE "MeetingSearch" MATCH ${match})`;
}

const postgres: Dialect = {
  words: (terms) => sql`m."searchVector" @@ to_tsquery('simple'::regconfig, ${terms.map((t) => `${t}:*`).join(" & ")})`,
  phrases: (phrases) =>
    sql`m."searchVector" @@ to_tsquery('simple'::regconfig, ${phrases.map((p) => `(${p.join(" <-> ")})`).join(" | ")})`,
  // timestamp(3) without time zone holding UTC: compare with the UTC wall time.
  time: (d) => sql`CAST(${d.toISOString().replace("T", " ").replace("Z", "")} AS TIMESTAMP)`,
};

/** The same tests as Dialect.words / .phrases, written over the stored text (identical on both databases). */
const scan = {
  words: (terms: string[], column = "searchText") =>
    and(terms.map((t) => sql`(' ' || m.${raw(`"${column}"`)}) LIKE ${`% ${t}%`}`)),
  phrases: (phrases: string[][]) =>
    or(phrases.map((p) => sql`(' ' || m."searchText" || ' ') LIKE ${`% ${p.join(" ")} %`}`)),
  /** The words in a row, the last one as a prefix. */
  inARow: (terms: string[], column = "searchText") =>
    sql`(' ' || m.${raw(`"${column}"`)}) LIKE ${`% ${terms.join(" ")}%`}`,
};

function dialect(): Dialect {
  return dbFlavor() === "postgres" ? postgres : sqlite;
}

/** Ranked among the newest this many matches (see the top of this file). */
export const RANK_WINDOW = 5000;
/** Totals are counted up to this many (a count costs what it counts; nobody reads past it). */
export const TOTAL_CAP = 1000;
/**
 * SQLite scans the scope instead of asking the full-text index when it holds at most `scanLimit`
 * records. Both ways find the same records; tests run with each (tests/integration/search).
 */
export const searchTuning = { scanLimit: 2_000 };

// ───────────── WHERE fragments ─────────────

const TRUE = raw("1=1");
const FALSE = raw("1=0");

// Constant parts are folded away here: SQLite will not use an index through "… OR 1=0".
function and(parts: Sql[]): Sql {
  if (parts.includes(FALSE)) return FALSE;
  const kept = parts.filter((p) => p !== TRUE);
  return kept.length ? sql`(${join(kept, " AND ")})` : TRUE;
}

function or(parts: Sql[]): Sql {
  if (parts.includes(TRUE)) return TRUE;
  const kept = parts.filter((p) => p !== FALSE);
  return kept.length === 1 ? kept[0] : kept.length ? sql`(${join(kept, " OR ")})` : FALSE;
}

/** Unit ids the actor may do an action on (null: every unit), optionally within one unit's subtree. */
async function scopeUnits(
  actor: Actor,
  action: "meeting.read" | "meeting.readDraft",
  within: { id: string; path: string } | null,
  subtree: boolean,
): Promise<string[] | null> {
  const filter: UnitFilter = unitWhere(actor, action);
  if (!within && !("OR" in filter) && !("id" in filter)) return null; // {}: everywhere
  const scope = await db().unit.findMany({ where: filter, select: { id: true, path: true } });
  if (within)
    return scope.filter((u) => (subtree ? u.path.startsWith(within.path) : u.id === within.id)).map((u) => u.id);
  const total = await db().unit.count();
  return scope.length === total ? null : scope.map((u) => u.id);
}

function inUnits(ids: string[] | null): Sql {
  if (ids === null) return TRUE;
  return ids.length ? sql`m."unitId" IN (${join(ids)})` : FALSE;
}

/** meetingReadWhere (policy) in SQL: approved records in read scope, drafts in draft scope, never deleted ones. */
async function readableSql(actor: Actor, within: { id: string; path: string } | null, subtree: boolean): Promise<Sql> {
  const [read, drafts] = await Promise.all([
    scopeUnits(actor, "meeting.read", within, subtree),
    scopeUnits(actor, "meeting.readDraft", within, subtree),
  ]);
  const approved = and([sql`CAST(m."status" AS TEXT) = 'APPROVED'`, inUnits(read)]);
  return and([sql`m."deletedAt" IS NULL`, or([approved, inUnits(drafts)])]);
}

/**
 * The meetings (alias m) the actor may read, as an SQL condition for pages that query them
 * directly (the directive page's citing meetings); the same scope as every search.
 */
export function readableMeetingsSql(actor: Actor): Promise<Sql> {
  return readableSql(actor, null, true);
}

function citesSql(directiveIds: string[]): Sql {
  if (directiveIds.length === 0) return FALSE;
  return sql`m."id" IN (SELECT c."meetingId" FROM "DirectiveCitation" c WHERE c."directiveId" IN (${join(directiveIds)}))`;
}

function personSql(memberId: string): Sql {
  return or([
    sql`m."chairMemberId" = ${memberId}`,
    sql`m."secretaryMemberId" = ${memberId}`,
    sql`m."id" IN (SELECT a."meetingId" FROM "Attendance" a
      WHERE a."memberId" = ${memberId} AND CAST(a."status" AS TEXT) IN ('PRESENT', 'LATE', 'LEFT_EARLY'))`,
    sql`m."id" IN (SELECT r."meetingId" FROM "Report" r WHERE r."presenterMemberId" = ${memberId})`,
    sql`m."id" IN (SELECT s."meetingId" FROM "Speech" s WHERE s."speakerMemberId" = ${memberId})`,
  ]);
}

// ───────────── document references ─────────────

function kindsOf(ref: DirectiveQuery): DirectiveKindCode[] {
  if (ref.kind) return [ref.kind];
  if (ref.typeCode === "QĐ") return ["QUYET_DINH", "QUY_DINH"];
  const k = ref.typeCode ? TYPE_CODE_KINDS[ref.typeCode] : undefined;
  return k ? [k] : [];
}

/** Registry entries a reference names (with their merged duplicates). */
async function directivesOf(ref: DirectiveQuery): Promise<string[]> {
  const kinds = kindsOf(ref);
  if (kinds.length === 0) return [];
  const rows = await db().directive.findMany({
    where: { kind: { in: kinds } },
    select: { id: true, number: true, symbol: true, mergedIntoId: true },
  });
  const hits = rows.filter(
    (d) =>
      (!ref.number || sameNumber(d.number, ref.number)) &&
      (!ref.symbol || !d.symbol || d.symbol === ref.symbol) &&
      (!ref.typeCode || !d.symbol || d.symbol.startsWith(`${ref.typeCode}/`)),
  );
  const ids = new Set(hits.map((d) => d.id));
  for (const d of rows) if (d.mergedIntoId && ids.has(d.mergedIntoId)) ids.add(d.id);
  return [...ids].slice(0, 500);
}

/** How a reference is written in running text: "chỉ thị (số) 05", "05-CT/TW", with and without the leading zero. */
function referencePhrases(q: NonNullable<SearchQuery["reference"]>): string[][] {
  const { ref } = q;
  const out: string[][] = [q.words];
  if (ref.number) {
    const n = Number.parseInt(ref.number, 10);
    const numbers = [...new Set([String(n), n < 10 ? `0${n}` : String(n)])];
    const codes = ref.symbol ? ref.symbol.split("/").map(foldForSearch) : null;
    for (const kind of kindsOf(ref)) {
      const kindWords = foldForSearch(directiveKindLabels[kind]).split(" ");
      for (const num of numbers) {
        out.push([...kindWords, num], [...kindWords, "so", num]);
        const typeCodes = codes ? [codes] : (KIND_TYPE_CODES[kind] ?? []).map((c) => [foldForSearch(c)]);
        for (const c of typeCodes) out.push([num, ...c]);
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => p.length > 0 && !seen.has(p.join(" ")) && !!seen.add(p.join(" "))).slice(0, 24);
}

/**
 * The `directive` filter: a registry id, or a reference as typed ("05-CT/TW", "chỉ thị 05").
 * Unknown → NOT_FOUND naming the parameter.
 */
async function directiveFilterIds(value: string): Promise<string[]> {
  const rows = await db().directive.findMany({
    where: { OR: [{ id: value }, { mergedIntoId: value }] },
    select: { id: true },
  });
  let ids = rows.map((r) => r.id);
  if (ids.length === 0) {
    const ref = parseDirectiveQuery(value);
    if (ref) ids = await directivesOf(ref);
  }
  if (ids.length === 0)
    throw new AppError("NOT_FOUND", "Không tìm thấy văn bản trong danh mục.", {
      fields: { directive: ["Không tìm thấy văn bản trong danh mục."] },
    });
  return ids;
}

// ───────────── the query ─────────────

interface Plan {
  where: Sql;
  score: Sql | null;
  query: SearchQuery | null;
}

async function plan(actor: Actor, f: MeetingSearchFilter): Promise<Plan> {
  const d = dialect();
  let within: { id: string; path: string } | null = null;
  if (f.unitId) {
    within = await db().unit.findFirst({
      where: { AND: [{ id: f.unitId }, unitWhere(actor, "unit.read")] },
      select: { id: true, path: true },
    });
    if (!within)
      throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.", {
        fields: { unit: ["Không tìm thấy tổ chức Đảng."] },
      });
  }
  const where: Sql[] = [await readableSql(actor, within, f.subtree !== false)];
  if (f.status) where.push(sql`CAST(m."status" AS TEXT) = ${f.status}`);
  if (f.kind) where.push(sql`CAST(m."kind" AS TEXT) = ${f.kind}`);
  const from = f.from ? fromVnDateTime(`${f.from}T00:00`) : null;
  if (from) where.push(sql`m."startsAt" >= ${d.time(from)}`);
  const to = f.to ? fromVnDateTime(`${f.to}T00:00`) : null;
  if (to) where.push(sql`m."startsAt" < ${d.time(new Date(to.getTime() + 86_400_000))}`);
  if (f.directiveId) where.push(citesSql(await directiveFilterIds(f.directiveId)));
  if (f.personId) where.push(personSql(f.personId));

  const query = parseSearchQuery(f.q);
  if (!query) return { where: and(where), score: null, query: null };

  // SQLite: a scope of few records is scanned (cheaper than collecting every index hit first).
  const useIndex =
    dbFlavor() === "postgres" || (await countWhere(and(where), searchTuning.scanLimit + 1)) > searchTuning.scanLimit;
  const match = useIndex ? d : scan;
  if (query.terms.length) where.push(match.words(query.terms));
  const score: Sql[] = [raw("1")];
  for (const t of query.terms) score.push(sql`CASE WHEN (' ' || m."searchTitle") LIKE ${`% ${t}%`} THEN 4 ELSE 0 END`);
  if (query.terms.length) {
    score.push(sql`CASE WHEN ${scan.words(query.terms, "searchPeople")} THEN 10 ELSE 0 END`);
    score.push(sql`CASE WHEN ${scan.words(query.terms, "searchRefs")} THEN 10 ELSE 0 END`);
  }
  if (query.terms.length > 1) {
    score.push(sql`CASE WHEN ${scan.inARow(query.terms, "searchTitle")} THEN 10 ELSE 0 END`);
    score.push(sql`CASE WHEN ${scan.inARow(query.terms)} THEN 20 ELSE 0 END`);
  }
  if (query.reference) {
    const ids = await directivesOf(query.reference.ref);
    where.push(or([citesSql(ids), match.phrases(referencePhrases(query.reference))]));
    if (ids.length) score.push(sql`CASE WHEN ${citesSql(ids)} THEN 12 ELSE 0 END`);
  }
  return { where: and(where), score: join(score, " + "), query };
}

/** Records matching `where`, counted up to `cap` when given. */
async function countWhere(where: Sql, cap?: number): Promise<number> {
  const r = await db().$queryRaw<Array<{ n: number | bigint }>>(
    cap === undefined
      ? sql`SELECT COUNT(*) AS n FROM "Meeting" m WHERE ${where}`
      : sql`SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM "Meeting" m WHERE ${where} LIMIT ${cap}) capped`,
  );
  return Number(r[0]?.n ?? 0);
}

/**
 * Records the actor may read matching the filter: by rank when there is a query, else newest
 * first. Each search hit carries a snippet with its marked words.
 */
export async function searchMeetings(actor: Actor, filter: MeetingSearchFilter = {}): Promise<SearchPage> {
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(filter.pageSize ?? 20)));
  const p = await plan(actor, filter);
  const newest = sql`ORDER BY m."startsAt" DESC, m."id" ASC`;
  const pageSql = p.score
    ? sql`SELECT m."id" AS id, ${p.score} AS score FROM "Meeting" m
        WHERE m."id" IN (SELECT w.id FROM (SELECT m."id" AS id FROM "Meeting" m WHERE ${p.where} ${newest} LIMIT ${RANK_WINDOW}) w)
        ORDER BY score DESC, m."startsAt" DESC, m."id" ASC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`
    : sql`SELECT m."id" AS id, NULL AS score FROM "Meeting" m WHERE ${p.where} ${newest} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const [rows, counted] = await Promise.all([
    db().$queryRaw<Array<{ id: string; score: number | bigint | null }>>(pageSql),
    countWhere(p.where, TOTAL_CAP + 1),
  ]);
  const totalCapped = counted > TOTAL_CAP;
  const total = Math.min(counted, TOTAL_CAP);
  const items = await hydrate(
    rows.map((r) => r.id),
    p.query,
  );
  const scores = new Map(rows.map((r) => [r.id, r.score === null ? undefined : Number(r.score)]));
  const shown = items.map((i) => (p.query ? { ...i, score: scores.get(i.id) } : i));
  return { items: shown, total, totalCapped, page, pageSize };
}

/** The same filter, for callers that only need the count (never more than the reader may see). */
export async function countMeetings(actor: Actor, filter: MeetingSearchFilter = {}): Promise<number> {
  return countWhere((await plan(actor, filter)).where);
}

// ───────────── results ─────────────

const name = { select: { familyName: true, middleName: true, givenName: true } } as const;

async function hydrate(ids: string[], query: SearchQuery | null): Promise<MeetingSearchItem[]> {
  if (ids.length === 0) return [];
  const base = {
    id: true,
    title: true,
    kind: true,
    startsAt: true,
    status: true,
    place: true,
    unit: { select: { id: true, name: true } },
  } as const;
  if (!query) {
    const rows = await db().meeting.findMany({ where: { id: { in: ids } }, select: base });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [listItem(r)] : [];
    });
  }
  const rows = await db().meeting.findMany({
    where: { id: { in: ids } },
    select: {
      ...base,
      summary: true,
      opening: true,
      closing: true,
      chairName: true,
      chair: name,
      secretaryName: true,
      secretary: name,
      attendance: { orderBy: { position: "asc" }, select: { name: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { title: true, content: true } },
      reports: {
        orderBy: { position: "asc" },
        select: { title: true, content: true, presenterName: true, presenter: name },
      },
      speeches: {
        orderBy: { position: "asc" },
        select: {
          kind: true,
          title: true,
          content: true,
          speakerName: true,
          speaker: name,
          speakerUnitName: true,
          speakerUnit: { select: { name: true } },
        },
      },
      citations: { orderBy: { position: "asc" }, select: { raw: true } },
      conclusions: { orderBy: { position: "asc" }, select: { content: true } },
      resolutions: { orderBy: { position: "asc" }, select: { title: true, content: true } },
      tasks: { orderBy: { createdAt: "asc" }, select: { title: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const nameOf = (m: { familyName: string; middleName: string; givenName: string } | null, n: string | null) =>
      m ? fullName(m) : n;
    const segments: SnippetSegment[] = [
      { text: r.summary ?? "" },
      { text: r.opening ?? "" },
      ...r.reports.flatMap((x) => [
        { label: "Báo cáo", text: x.title },
        { label: nameOf(x.presenter, x.presenterName), text: x.content ?? "" },
      ]),
      ...r.speeches.flatMap((s) => {
        const who = [nameOf(s.speaker, s.speakerName), s.speakerUnit?.name ?? s.speakerUnitName]
          .filter(Boolean)
          .join(", ");
        const label = who ? `${speechKindLabels[s.kind]} – ${who}` : speechKindLabels[s.kind];
        return [
          { label, text: s.title ?? "" },
          { label, text: s.content ?? "" },
        ];
      }),
      ...r.agendaItems.flatMap((a) => [
        { label: "Nội dung", text: a.title },
        { label: a.title, text: a.content ?? "" },
      ]),
      ...r.citations.map((c) => ({ label: "Văn bản", text: c.raw ?? "" })),
      ...r.conclusions.map((c) => ({ label: "Kết luận", text: c.content })),
      ...r.resolutions.flatMap((x) => [
        { label: "Nghị quyết", text: x.title },
        { label: x.title, text: x.content ?? "" },
      ]),
      ...r.tasks.map((t) => ({ label: "Nhiệm vụ", text: t.title })),
      { text: r.closing ?? "" },
      { label: "Chủ trì", text: nameOf(r.chair, r.chairName) ?? "" },
      { label: "Thư ký", text: nameOf(r.secretary, r.secretaryName) ?? "" },
      { label: "Thành phần", text: r.attendance.map((a) => a.name).join(", ") },
    ];
    const snippet: Snippet | null = makeSnippet(segments, query) ?? makeSnippet([{ text: r.title }], query);
    return [
      {
        ...listItem(r),
        ...(snippet ? { snippet: snippet.text, highlights: snippet.highlights } : { snippet: "", highlights: [] }),
      },
    ];
  });
}

function listItem(r: {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: Date | null;
  status: MeetingStatus;
  place: string;
  unit: { id: string; name: string };
}): MeetingListItem {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    date: toVnIsoDateOrNull(r.startsAt),
    startsAt: r.startsAt?.toISOString() ?? null,
    status: r.status,
    unit: r.unit,
    place: r.place,
  };
}
