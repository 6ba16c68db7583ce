/**
 * Result snippets: the passage of a record where the query's words are, with the matched words
 * marked by offsets (never HTML), so the page and API clients highlight them safely.
 */
import { foldForSearch } from "@/lib/vi/normalize";
import { KIND_TYPE_CODES } from "@/lib/symbols";
import { directiveKindLabels } from "@/lib/vi/labels";
import type { SearchQuery } from "./query";

export interface Snippet {
  text: string;
  /** [start, end) character offsets into `text` of the matched words. */
  highlights: Array<[number, number]>;
}

export interface SnippetSegment {
  /** Where the passage comes from ("Tham luận – Chi bộ Đào tạo"), shown before it; optional. */
  label?: string | null;
  text: string;
}

interface Word {
  start: number;
  end: number;
  folded: string;
  hit: string | null;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

type Match = (folded: string, previous: string | null, before: string, after: string) => string | null;

function matcher(query: SearchQuery): Match {
  const ref = query.reference?.ref;
  const number = ref?.number;
  const codeText =
    ref?.symbol ?? [ref?.typeCode, ...(ref?.kind ? (KIND_TYPE_CODES[ref.kind] ?? []) : [])].filter(Boolean).join("/");
  const codes = new Set(
    codeText
      .split("/")
      .map((c) => foldForSearch(c))
      .filter(Boolean),
  );
  return (folded, previous, before, after) => {
    for (const t of query.terms) if (folded.startsWith(t)) return t;
    // The document's number, but not a day or month of a date ("15/5/2016").
    if (
      number &&
      /^\d+$/.test(folded) &&
      Number.parseInt(folded, 10) === Number.parseInt(number, 10) &&
      !/[/.]$/.test(before) &&
      !/^[/.]\d/.test(after)
    ) {
      return `#${number}`;
    }
    // Its codes right after the number ("05-CT/TW").
    if (previous?.startsWith("#") && (codes.has(folded) || (before === "/" && /^[a-z]{1,6}$/.test(folded))))
      return previous;
    return null;
  };
}

function scan(text: string, match: Match, kindWords: string[][]): Word[] {
  const out: Word[] = [];
  let previousHit: string | null = null;
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    const folded = foldForSearch(m[0]);
    const hit = match(folded, previousHit, text.slice(Math.max(0, m.index - 1), m.index), text.slice(end, end + 2));
    // "Chỉ thị (số)" right before the document's number belongs to the reference too.
    if (hit?.startsWith("#") && !previousHit) {
      let i = out.length - 1;
      if (out[i]?.folded === "so") i--;
      for (const words of kindWords) {
        const from = i - words.length + 1;
        if (from >= 0 && words.every((w, k) => out[from + k].folded === w)) {
          for (let k = from; k < out.length; k++) out[k].hit = hit;
          break;
        }
      }
    }
    out.push({ start: m.index, end, folded, hit });
    previousHit = hit;
  }
  return out;
}

/**
 * The best passage among the segments: the one matching the most distinct words of the query
 * (then the most hits), cut to about `maxWords` words around its densest run of hits.
 * Null when no segment matches.
 */
export function makeSnippet(
  segments: SnippetSegment[],
  query: SearchQuery,
  opts: { maxWords?: number } = {},
): Snippet | null {
  const maxWords = opts.maxWords ?? 30;
  const match = matcher(query);
  const ref = query.reference?.ref;
  const kindWords = ref
    ? (ref.kind ? [ref.kind] : []).map((k) => foldForSearch(directiveKindLabels[k]).split(" "))
    : [];
  let best: { seg: SnippetSegment; words: Word[]; score: number } | null = null;
  for (const seg of segments) {
    if (!seg.text) continue;
    const words = scan(seg.text, match, kindWords);
    const hits = words.filter((w) => w.hit);
    if (hits.length === 0) continue;
    const score = new Set(hits.map((w) => w.hit)).size * 1000 + Math.min(hits.length, 999);
    if (!best || score > best.score) best = { seg, words, score };
  }
  if (!best) return null;
  const { words, seg } = best;
  // The window of maxWords words with the most hits (first such window).
  let from = 0;
  let bestCount = -1;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].hit) continue;
    const start = Math.max(0, i - 4);
    let count = 0;
    for (let j = start; j < Math.min(words.length, start + maxWords); j++) if (words[j].hit) count++;
    if (count > bestCount) {
      bestCount = count;
      from = start;
    }
  }
  from = Math.max(0, Math.min(from, words.length - maxWords));
  const to = Math.min(words.length, from + maxWords) - 1;
  const sliceStart = from === 0 ? 0 : words[from].start;
  const sliceEnd = to === words.length - 1 ? seg.text.length : words[to].end;
  const prefix = (seg.label ? `${seg.label}: ` : "") + (from > 0 ? "… " : "");
  const suffix = sliceEnd < seg.text.length ? " …" : "";
  const body = seg.text.slice(sliceStart, sliceEnd).replace(/\s+/g, " ");
  // Offsets are recomputed on the collapsed text so they stay exact.
  const text = `${prefix}${body}${suffix}`;
  const highlights: Array<[number, number]> = [];
  for (const w of scan(body, match, kindWords))
    if (w.hit) highlights.push([prefix.length + w.start, prefix.length + w.end]);
  return { text, highlights };
}

/** Splits a snippet into plain and marked parts for rendering. */
export function snippetParts(s: Snippet): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [a, b] of s.highlights) {
    if (a > at) parts.push({ text: s.text.slice(at, a), hit: false });
    parts.push({ text: s.text.slice(a, b), hit: true });
    at = b;
  }
  if (at < s.text.length) parts.push({ text: s.text.slice(at), hit: false });
  return parts;
}
