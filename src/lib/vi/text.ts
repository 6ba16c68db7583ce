/**
 * Text preparation shared by the extractors: NFC, one space between words, and a parallel
 * "key" string of the same length (lower case, one tone placement) to match dictionaries on
 * while slicing the output from the original text.
 */
import { canonicalTonePlacement, toNFC } from "@/lib/vi/normalize";

export interface PreparedText {
  /** NFC text, lines trimmed, runs of spaces collapsed, "\n" line ends. */
  text: string;
  /** Same length as `text`: lower case with canonical tone placement ("uỷ" → "ủy"). */
  key: string;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** A corpus file starts with its source address and a blank line: drop them. */
export function stripSourceUrlLine(input: string): string {
  const m = /^\s*(?:https?:\/\/|www\.)\S*[ \t]*\r?\n[ \t]*\r?\n/u.exec(input);
  return m ? input.slice(m[0].length) : input;
}

export function prepareText(input: string): PreparedText {
  const text = toNFC(input)
    .replace(INVISIBLE, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00A0\u2002-\u200A\u202F\u3000]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n");
  return { text, key: keyOf(text) };
}

/** Lower case and canonical tone placement, keeping the length (falls back to lower case only). */
export function keyOf(text: string): string {
  const canonical = canonicalTonePlacement(text).toLocaleLowerCase("vi");
  if (canonical.length === text.length) return canonical;
  const lower = text.toLocaleLowerCase("vi");
  return lower.length === text.length ? lower : text;
}

/** Upper-case the first letter ("chi bộ Đào tạo" → "Chi bộ Đào tạo"). */
export function capitalizeFirst(s: string): string {
  const i = s.search(/\S/u);
  if (i < 0 || !/\p{L}/u.test(s[i])) return s;
  return s.slice(0, i) + s[i].toLocaleUpperCase("vi") + s.slice(i + 1);
}

/** Trim spaces and the punctuation that ends a clause. */
export function trimClause(s: string): string {
  return s
    .replace(/^[\s,;:–—-]+/u, "")
    .replace(/[\s,;:–—-]+$/u, "")
    .trim();
}

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function insideAny(pos: number, spans: readonly Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Letters of Vietnamese words, for RegExp sources. */
export const L = "\\p{L}";
/** A boundary before a word (no letter or digit just before). */
export const WB_BEFORE = "(?<![\\p{L}\\p{N}])";
/** A boundary after a word. */
export const WB_AFTER = "(?![\\p{L}\\p{N}])";
