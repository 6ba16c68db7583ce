/**
 * Citations of Party and State documents: "Chỉ thị số 05 – CT/TW, ngày 15/5/2016 của Bộ chính trị",
 * "NQ số 33-NQ/TW ngày 9/6/2014 của BCH TW Đảng", "Nghị quyết Trung ương 4, khóa XII",
 * "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Hướng dẫn số 01/HD-ĐU".
 */
import { isoDate } from "../vi/date-text";
import { deepNFC } from "../vi/normalize";
import { prepareText, type PreparedText, type Span } from "../vi/text";
import { sameDirective } from "./directive-key";
import { CENTRAL_COMMITTEE, readIssuer } from "./issuers";
import { KIND_ABBREVIATIONS, KIND_WORDS, TYPE_CODE_KINDS, type DirectiveKindCode } from "./kinds";
import { ORDINAL_PATTERN, parseOrdinal, toRoman } from "./numerals";
import { PARTY_SYMBOL_SOURCE, STATE_SYMBOL_SOURCE, parseSymbol, sameNumber } from "./symbol";

/** One cited document as the text gives it (fields the text does not give are null). */
export interface DirectiveCitation {
  kind: DirectiveKindCode;
  number: string | null;
  symbol: string | null;
  /** ISO date of issue. */
  date: string | null;
  issuer: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
  /** The citation as written. */
  raw: string;
}
type ExtractedDirective = DirectiveCitation;

export interface DirectiveMention extends Span {
  directive: ExtractedDirective;
}

const KIND_BY_WORD = new Map<string, DirectiveKindCode>(KIND_WORDS.map(([w, k]) => [w, k]));

const KIND_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${KIND_WORDS.map(([w]) => w.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
/** "NQ số 33", "CT 05", "NQ TW4": abbreviations only count before a number or a plenum. */
const KIND_ABBR_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/])(${Object.keys(KIND_ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?=\\s*(?:số\\s*:?\\s*)?\\d|\\s*(?:tw|tư|trung\\s+ương)\\s*\\d)`,
  "gu",
);

const ORD = ORDINAL_PATTERN;
const NUM_SYMBOL_RE = new RegExp(
  `\\s*(?:số\\s*:?\\s*)?(?:(${PARTY_SYMBOL_SOURCE})|(${STATE_SYMBOL_SOURCE})|(\\d{1,5})(?![\\d\\/]|[.,]\\d))`,
  "uy",
);
/** After a number without symbol, what may follow for it to be a document number. */
const AFTER_BARE_NUMBER =
  /\s*(?:$|[,.;:()“”"«»!?…\n–—-]|(?:của|ngày|về|v\/v|do|khóa|và|trong|tại|thì|đã|đến|được|nhằm|với|năm|theo|tw|tư|trung)(?![\p{L}\p{N}]))/uy;
const PLENUM_RE = new RegExp(
  `\\s*,?\\s*(?:hội\\s+nghị\\s+)?(?:lần\\s+thứ\\s+(${ORD})\\s+(?:ban\\s+chấp\\s+hành\\s+|` +
    `bch\\s*)?(?:trung\\s+ương|tw|tư)(?:\\s+đảng)?|(?:ban\\s+chấp\\s+hành\\s+|bch\\s*)?(?:trung\\s+ương|` +
    `tw|tư)(?:\\s+đảng)?\\s*(\\()?\\s*(?:lần\\s+thứ\\s+|hội\\s+nghị\\s+)?(${ORD}))(?![\\p{L}\\p{N}])`,
  "uy",
);
const CONGRESS_RE = new RegExp(
  `\\s*,?\\s*(?:của\\s+)?đại\\s+hội\\s+(?:(?:đại\\s+biểu\\s+|đảng\\s+|toàn\\s+quốc\\s+|` +
    `bộ\\s+)*(?:[\\p{L}.]+\\s+){0,4}?lần\\s+thứ\\s+(${ORD})|(?:đại\\s+biểu\\s+|đảng\\s+|` +
    `toàn\\s+quốc\\s+)*([ivxlc]{1,6}))(?![\\p{L}\\p{N}])`,
  "uy",
);
const OF_PARTY_RE = /\s*của\s+đảng(?:\s+cộng\s+sản\s+việt\s+nam)?(?![\p{L}\p{N}]|\s+bộ|\s+ủy|\s+đoàn)/uy;
const TERM_RE = new RegExp(`\\s*(?:,\\s*)?(\\()?\\s*(?:khóa|khoá)\\s+(${ORD})(?![\\p{L}\\p{N}])\\s*(\\))?`, "uy");
const DATE_RE = new RegExp(
  String.raw`\s*,?\s*(\()?\s*(?:ban\s+hành\s+)?(?:(?:ngày|` +
    String.raw`ngay)\s+)?(?:(\d{1,2})\s*([/.\-–])\s*(\d{1,2})\s*\3\s*(\d{4})|` +
    String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4}))(?![\d/])\s*(\))?`,
  "uy",
);
const DATE_NEEDS_WORD = /\s*,?\s*\(?\s*(?:ban\s+hành\s+)?(?:ngày|ngay)\s/uy;
const ISSUER_LEAD_RE = /\s*,?\s*(?:của|do)\s+/uy;
const CLOSE_PAREN_RE = /\s*\)/uy;

/** Words that make a kind word generic: "các chỉ thị", "những nghị quyết". */
const GENERIC_BEFORE = /(?:các|những|mọi|nhiều|một\s+số|từng|đó|này)\s*$/u;

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function romanOf(written: string): string | null {
  const n = parseOrdinal(written);
  return n === null ? null : toRoman(n);
}

function arabicOf(written: string): string | null {
  const n = parseOrdinal(written);
  return n === null ? null : String(n);
}

interface Draft {
  kind: DirectiveKindCode;
  start: number;
  end: number;
  number: string | null;
  symbol: string | null;
  typeCode: string | null;
  organCode: string | null;
  date: string | null;
  issuer: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
  openParen: boolean;
}

/** Reads what follows a kind word; returns the draft with its end, or null. */
function readTail(p: PreparedText, kind: DirectiveKindCode, start: number, pos: number): Draft {
  const d: Draft = {
    kind,
    start,
    end: pos,
    number: null,
    symbol: null,
    typeCode: null,
    organCode: null,
    date: null,
    issuer: null,
    term: null,
    plenum: null,
    congress: null,
    openParen: false,
  };
  const k = p.key;
  let progressed = true;
  let first = true;
  while (progressed) {
    progressed = false;
    let m: RegExpExecArray | null;
    m = first && d.number === null ? sticky(NUM_SYMBOL_RE, k, d.end) : null;
    if (m) {
      const written = m[1] ?? m[5] ?? null;
      if (written) {
        const parsed = parseSymbol(p.text.slice(d.end, d.end + m[0].length));
        if (parsed) {
          d.number = parsed.number;
          d.symbol = parsed.symbol;
          d.typeCode = parsed.typeCode;
          d.organCode = parsed.organCode;
          d.end += m[0].length;
          progressed = true;
        }
      } else if (m[10]) {
        const after = d.end + m[0].length;
        const n = Number.parseInt(m[10], 10);
        const hasSo = /số/u.test(m[0]);
        const looksLikeYear = n >= 1900 && n <= 2100 && !hasSo;
        if (!looksLikeYear && sticky(AFTER_BARE_NUMBER, k, after)) {
          d.number = m[10];
          d.end = after;
          progressed = true;
        }
      }
    }
    first = false;
    m = d.plenum === null && d.congress === null && d.number === null ? sticky(PLENUM_RE, k, d.end) : null;
    if (m) {
      const plenum = arabicOf(m[1] ?? m[3]);
      if (plenum && Number(plenum) <= 30) {
        d.plenum = plenum;
        d.openParen = Boolean(m[2]);
        d.end += m[0].length;
        progressed = true;
        continue;
      }
    }
    m = d.congress === null && d.plenum === null && d.number === null ? sticky(CONGRESS_RE, k, d.end) : null;
    if (m) {
      const congress = romanOf(m[1] ?? m[2]);
      if (congress) {
        d.congress = congress;
        d.end += m[0].length;
        const party = sticky(OF_PARTY_RE, k, d.end);
        if (party) d.end += party[0].length;
        progressed = true;
        continue;
      }
    }
    m = d.term === null ? sticky(TERM_RE, k, d.end) : null;
    if (m) {
      const term = romanOf(m[2]);
      if (term) {
        d.term = term;
        // Keep a closing parenthesis only when this term or an earlier "(" opened one.
        const opened = Boolean(m[1]) || d.openParen;
        let len = m[0].length;
        if (m[3] && !opened) len = m[0].lastIndexOf(")");
        if (!m[3] && opened) {
          const close = sticky(CLOSE_PAREN_RE, k, d.end + len);
          if (close) len += close[0].length;
        }
        if (m[1] && !m[3]) {
          // "(khóa XI" without its ")": leave the "(" out of the citation.
          len = 0;
        } else {
          d.openParen = false;
        }
        if (len > 0) {
          d.end += len;
          progressed = true;
          continue;
        }
        d.term = null;
      }
    }
    m = d.date === null ? sticky(DATE_RE, k, d.end) : null;
    if (m) {
      // Without "ngày" a date must sit in parentheses or right after the symbol.
      const hasWord = sticky(DATE_NEEDS_WORD, k, d.end) !== null;
      if (hasWord || m[1] || d.symbol) {
        const iso = m[2]
          ? isoDate(Number(m[5]), Number(m[4]), Number(m[2]))
          : isoDate(Number(m[8]), Number(m[7]), Number(m[6]));
        if (iso) {
          d.date = iso;
          let len = m[0].length;
          if (m[1] && !m[9]) len = 0; // unbalanced "(": leave it
          if (!m[1] && m[9]) len = m[0].lastIndexOf(")");
          if (len > 0) {
            d.end += len;
            progressed = true;
            continue;
          }
          d.date = null;
        }
      }
    }
    m = d.issuer === null ? sticky(ISSUER_LEAD_RE, k, d.end) : null;
    if (m) {
      const issuer = readIssuer(p, d.end + m[0].length);
      if (issuer) {
        d.issuer = issuer.name;
        d.end = issuer.end;
        progressed = true;
      }
    }
  }
  return d;
}

function isCapitalised(p: PreparedText, pos: number): boolean {
  const c = p.text[pos];
  return c !== undefined && c !== c.toLocaleLowerCase("vi");
}

/** Named-but-unnumbered documents ("8 Chương trình công tác lớn của Thành ủy"): kind, words, issuer. */
const NAMED_TAIL = /((?:\s+[\p{Ll}\p{N}]+){1,6}?)\s+của\s+/uy;

function readNamedDocument(p: PreparedText, kind: DirectiveKindCode, start: number, pos: number): Draft | null {
  if (!isCapitalised(p, start)) return null;
  NAMED_TAIL.lastIndex = pos;
  const m = NAMED_TAIL.exec(p.text);
  if (!m) return null;
  const issuer = readIssuer(p, pos + m[0].length);
  if (!issuer || issuer.name === CENTRAL_COMMITTEE) return null;
  return {
    kind,
    start,
    end: issuer.end,
    number: null,
    symbol: null,
    typeCode: null,
    organCode: null,
    date: null,
    issuer: issuer.name,
    term: null,
    plenum: null,
    congress: null,
    openParen: false,
  };
}

/** A count before the kind word ("8 Chương trình") belongs to the citation. */
function startWithCount(p: PreparedText, start: number): number {
  const m = /(\d{1,3})\s+$/u.exec(p.text.slice(Math.max(0, start - 6), start));
  return m ? start - m[0].length : start;
}

function toDirective(p: PreparedText, d: Draft): ExtractedDirective {
  let issuer = d.issuer;
  if (!issuer && d.plenum !== null) issuer = CENTRAL_COMMITTEE;
  return {
    kind: d.kind,
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    issuer,
    term: d.term,
    plenum: d.plenum,
    congress: d.congress,
    raw: p.text
      .slice(d.start, d.end)
      .replace(/[\s,;:]+$/u, "")
      .replace(/\s+/gu, " "),
  };
}

/** Every citation in the given range of the text, in order. */
export function findDirectiveMentions(
  p: PreparedText,
  range: Span = { start: 0, end: p.text.length },
): DirectiveMention[] {
  const out: DirectiveMention[] = [];
  const k = p.key;
  const candidates: Array<{ kind: DirectiveKindCode; start: number; end: number; abbr: boolean }> = [];
  for (const m of k.matchAll(KIND_WORD_RE)) {
    const kind = KIND_BY_WORD.get(m[1].replace(/\s+/gu, " "));
    if (kind) candidates.push({ kind, start: m.index, end: m.index + m[0].length, abbr: false });
  }
  for (const m of k.matchAll(KIND_ABBR_RE)) {
    // Abbreviations are written in capitals ("NQ", "QĐi"); lower-case "ct" is not one.
    const written = p.text.slice(m.index, m.index + m[0].length);
    if (written[0] !== written[0].toLocaleUpperCase("vi")) continue;
    const kind = KIND_ABBREVIATIONS[m[1]];
    if (kind) candidates.push({ kind, start: m.index, end: m.index + m[0].length, abbr: true });
  }
  candidates.sort((a, b) => a.start - b.start);
  let covered = range.start;
  for (const c of candidates) {
    if (c.start < covered || c.start >= range.end) continue;
    const draft = readTail(p, c.kind, c.start, c.end);
    let chosen: Draft | null = null;
    if (draft.number !== null || draft.plenum !== null || draft.congress !== null) chosen = draft;
    else if (!c.abbr && !GENERIC_BEFORE.test(k.slice(Math.max(0, c.start - 12), c.start))) {
      chosen = readNamedDocument(p, c.kind, c.start, c.end);
      if (chosen) chosen.start = startWithCount(p, c.start);
    }
    if (!chosen || chosen.end > range.end) continue;
    // "Quy định 15-Qđi/TU": the word settles QĐ; a symbol alone may settle the kind of "QĐ".
    out.push({ start: chosen.start, end: chosen.end, directive: toDirective(p, chosen) });
    covered = chosen.end;
  }
  // Symbols cited without a kind word ("thực hiện 05-CT/TW").
  const bare = new RegExp(`(?<![\\p{L}\\p{N}/])${PARTY_SYMBOL_SOURCE}`, "gu");
  for (const m of p.text.matchAll(bare)) {
    const start = m.index;
    if (start < range.start || start >= range.end) continue;
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    const parsed = parseSymbol(m[0]);
    if (!parsed) continue;
    const kind = TYPE_CODE_KINDS[parsed.typeCode];
    if (!kind) continue;
    const draft = readTail(p, kind, start, start);
    if (draft.end > range.end || !draft.number) continue;
    out.push({ start, end: draft.end, directive: toDirective(p, draft) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two citations of one text with the same kind and number but another body ("24 – CT/TU", later "24-CT/TW"). */
function isBackReference(existing: ExtractedDirective, later: ExtractedDirective): boolean {
  return (
    existing.kind === later.kind &&
    sameNumber(existing.number, later.number) &&
    later.date === null &&
    later.issuer === null &&
    existing.symbol !== null &&
    later.symbol !== null &&
    existing.symbol.split("/")[0] === later.symbol.split("/")[0]
  );
}

function fill(into: ExtractedDirective, from: ExtractedDirective): void {
  into.number ??= from.number;
  into.symbol ??= from.symbol;
  into.date ??= from.date;
  into.issuer ??= from.issuer;
  into.term ??= from.term;
  into.plenum ??= from.plenum;
  into.congress ??= from.congress;
}

/** One entry per document, in order of first mention; later mentions fill missing fields. */
export function mergeDirectives(mentions: readonly ExtractedDirective[]): ExtractedDirective[] {
  const out: ExtractedDirective[] = [];
  for (const d of mentions) {
    const same = out.find((e) => sameDirective(e, d) || isBackReference(e, d));
    if (same) fill(same, d);
    else out.push({ ...d });
  }
  return attachPlenum(out);
}

/**
 * A text that cites "Nghị quyết Trung ương 9" and one numbered resolution of the Central
 * Committee ("NQ số 33-NQ/TW … của BCH TW Đảng") names one document twice: the plenum's resolution.
 */
function attachPlenum(list: ExtractedDirective[]): ExtractedDirective[] {
  const plenumOnly = list.filter((d) => d.kind === "NGHI_QUYET" && d.number === null && d.plenum !== null);
  const numbered = list.filter(
    (d) =>
      d.kind === "NGHI_QUYET" &&
      d.number !== null &&
      d.plenum === null &&
      (d.symbol === null || d.symbol === "NQ/TW") &&
      d.issuer?.startsWith(CENTRAL_COMMITTEE),
  );
  const plenums = new Set(plenumOnly.map((d) => d.plenum));
  if (plenums.size !== 1 || numbered.length !== 1) return list;
  const target = numbered[0];
  const terms = new Set(plenumOnly.map((d) => d.term).filter((t): t is string => t !== null));
  if (terms.size > 1 || (target.term && terms.size === 1 && !terms.has(target.term))) return list;
  target.plenum = plenumOnly[0].plenum;
  target.term ??= [...terms][0] ?? null;
  return list.filter((d) => !plenumOnly.includes(d));
}

/** Words of the body behind an organ code of a symbol ("HD/ĐU" → "Đảng ủy …"), lower case. */
const ORGAN_CODE_WORDS: Readonly<Record<string, string>> = {
  ĐU: "đảng ủy",
  ĐUK: "đảng ủy khối",
  TU: "tỉnh ủy",
  HU: "huyện ủy",
  QU: "quận ủy",
  TXU: "thị ủy",
  CU: "chi ủy",
  CB: "chi bộ",
};

/**
 * A citation without "của …" whose symbol names a local body ("01/HD-ĐU") takes the one body of
 * that sort the text names ("Đảng ủy Trường Đại học Mỏ - Địa chất"), if there is exactly one.
 */
export function resolveIssuersFromText(p: PreparedText, directives: DirectiveCitation[]): DirectiveCitation[] {
  return directives.map((d) => {
    if (d.issuer || !d.symbol) return d;
    const words = ORGAN_CODE_WORDS[d.symbol.split("/")[1]];
    if (!words) return d;
    const re = new RegExp(`(?<![\\p{L}])${words.replace(/ /g, "\\s+")}(?=\\s+\\p{L})`, "gu");
    const names = new Set<string>();
    for (const m of p.key.matchAll(re)) {
      // Only a capitalised name ("Đảng ủy Trường …"), not "đảng ủy" as a common noun.
      const next = p.text.slice(m.index + m[0].length, m.index + m[0].length + 4).trimStart()[0] ?? "";
      if (next === next.toLocaleLowerCase("vi")) continue;
      const issuer = readIssuer(p, m.index);
      if (issuer && issuer.name.split(/\s+/).length > words.split(" ").length) names.add(issuer.name);
    }
    return names.size === 1 ? { ...d, issuer: [...names][0] } : d;
  });
}

/**
 * Every document a text cites, one entry per document in order of first mention, issuers
 * completed from the text. For a typed citation ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ
 * Chính trị") and for checking whether a text mentions a document; the importer reads whole
 * meeting texts with the same functions (it also tells the headline from the body).
 */
export function findCitations(text: string): DirectiveCitation[] {
  const p = prepareText(text);
  const mentions = findDirectiveMentions(p).map((m) => m.directive);
  return deepNFC(resolveIssuersFromText(p, mergeDirectives(mentions)));
}
