/**
 * Titles (chức vụ) around names: "Bí thư Đảng ủy – Hiệu trưởng nhà trường", "Ủy viên Ban
 * Thường vụ, Trưởng ban Tuyên giáo Thành ủy"; degrees and ranks before names are skipped.
 */
import type { PreparedText } from "@/lib/vi/text";
import {
  DEGREE_ABBREVIATIONS,
  DEGREE_WORDS,
  PERSON_QUALIFIERS,
  RANK_WORDS,
  TITLE_HEADS,
  TITLE_PREFIXES,
  TITLE_STOP_WORDS,
} from "./vocab";

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[/.]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

const END = "(?![\\p{L}\\p{N}])";
const TITLE_HEAD_RE = new RegExp(`(?:(?:${alt(TITLE_PREFIXES)})\\s+)*(?:${alt(TITLE_HEADS)})${END}`, "uy");
const STOP_RE = new RegExp(`(?:${alt(TITLE_STOP_WORDS)})${END}`, "uy");
const ONE_DEGREE = `(?:${alt(DEGREE_WORDS)})${END}|(?:${alt(DEGREE_ABBREVIATIONS)})${END}\\.?`;
/** Degrees, abbreviations and ranks, possibly chained: "PGS.TS.", "Phó giáo sư, Tiến sĩ", "Đại tá". */
const DEGREES_RE = new RegExp(
  `(?:(?:${ONE_DEGREE}|(?:${alt(RANK_WORDS)})${END})\\s*(?:[.,]\\s*)?(?:\\s+|(?=\\p{L})))+`,
  "uy",
);
const DEGREES_TAIL_RE = new RegExp(`(?:(?:${ONE_DEGREE}|(?:${alt(RANK_WORDS)})${END})\\s*(?:[.,]\\s*)?)+$`, "u");
const QUALIFIER_RE = new RegExp(`(?:${alt(PERSON_QUALIFIERS)})${END}\\s*`, "uy");

function stickyAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Length of a title head at `pos` ("Phó Bí thư", "Ủy viên", "CT"), or null. */
export function matchTitleHead(p: PreparedText, pos: number): number | null {
  const m = stickyAt(TITLE_HEAD_RE, p.key, pos);
  if (!m) return null;
  // Abbreviated heads ("CT", "BT", "PBT") only count when written in capitals.
  const written = p.text.slice(pos, pos + m[0].length);
  if (
    m[0].length <= 5 &&
    /^[\p{L}]+$/u.test(m[0]) &&
    !/\s/.test(m[0]) &&
    ["ct", "pct", "bt", "pbt", "btv", "ubtv", "uvbtv"].includes(m[0])
  ) {
    if (written !== written.toLocaleUpperCase("vi")) return null;
  }
  return m[0].length;
}

export function matchStopWord(p: PreparedText, pos: number): boolean {
  return stickyAt(STOP_RE, p.key, pos) !== null;
}

/** Length of degrees and ranks at `pos` (with trailing spaces), or 0. */
export function matchDegrees(p: PreparedText, pos: number): number {
  const m = stickyAt(DEGREES_RE, p.key, pos);
  return m ? m[0].length : 0;
}

/** Start of trailing degrees and ranks in `p.key.slice(from, to)`, or `to` when there are none. */
export function degreesTailStart(p: PreparedText, from: number, to: number): number {
  const slice = p.key.slice(from, to).replace(/\s+$/u, "");
  const m = DEGREES_TAIL_RE.exec(slice);
  if (!m) return to;
  // The match must start on a word boundary.
  const at = from + m.index;
  if (m.index > 0 && /[\p{L}\p{N}]/u.test(slice[m.index - 1])) return to;
  return at;
}

export function matchQualifier(p: PreparedText, pos: number): number {
  const m = stickyAt(QUALIFIER_RE, p.key, pos);
  return m ? m[0].length : 0;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’./&]*/uy;

/**
 * Reads one title starting at `pos` (which must be a title head): words up to a separator
 * (" – ", ", ", ";", "(", …), a verb ("phát biểu", "đã") or 14 words. Returns its end.
 */
export function readTitle(p: PreparedText, pos: number): number | null {
  if (matchTitleHead(p, pos) === null) return null;
  let end = pos;
  let count = 0;
  while (count < 14) {
    let cur = end;
    if (count > 0) {
      // Only plain spaces between words of one title.
      if (p.text[cur] !== " ") break;
      cur += 1;
      if (matchStopWord(p, cur)) break;
      // "và các …", "và đồng chí …": the list goes on, the title ends.
      if (/^và(?![\p{L}])/u.test(p.key.slice(cur, cur + 3))) break;
    }
    const m = stickyAt(WORD_RE, p.text, cur);
    if (!m) break;
    end = cur + m[0].replace(/[.]+$/u, "").length;
    count++;
  }
  return end > pos ? end : null;
}
