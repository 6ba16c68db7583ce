/**
 * Vietnamese personal names in running text: a family name followed by one to four capitalised
 * syllables ("Trần Thanh Liêm", "NGuyễn Thị Hương"). Names are kept as written.
 */
import { foldForSearch } from "@/lib/vi/normalize";
import type { PreparedText } from "@/lib/vi/text";
import { FAMILY_NAMES, NOT_PERSON_NAMES, WEAK_FAMILY_NAMES } from "./vocab";
import { matchTitleHead } from "./titles";

const WORD = /([\p{L}\p{M}]+)/uy;
/** Onset, vowels, coda of one Vietnamese syllable (folded, no marks). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export interface NameMatch {
  name: string;
  start: number;
  end: number;
  /** Lower-case comparison key ("nguyễn thị hương" for "NGuyễn Thị Hương"). */
  key: string;
}

/** A capitalised Vietnamese syllable ("Liêm", "NGuyễn", "HƯỜNG"); not an acronym ("BCH", "UBND"). */
export function isNameWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || word.length > 8) return false;
  return SYLLABLE.test(foldForSearch(word));
}

export function isFamilyName(key: string, allowWeak: boolean): boolean {
  if (!FAMILY_NAMES.has(key)) return false;
  return allowWeak || !WEAK_FAMILY_NAMES.has(key);
}

/**
 * Reads a name starting exactly at `pos`. The first word must be a family name (weak ones only
 * when `allowWeak`), then 1–4 more capitalised syllables; stops before a title word ("Bí thư").
 */
export function readName(p: PreparedText, pos: number, allowWeak = false): NameMatch | null {
  const words: Array<{ start: number; end: number }> = [];
  let cur = pos;
  while (words.length < 5) {
    if (words.length > 0) {
      // Exactly one space between the words of a name.
      if (p.text[cur] !== " ") break;
      cur += 1;
      if (matchTitleHead(p, cur) !== null) break;
    }
    WORD.lastIndex = cur;
    const m = WORD.exec(p.text);
    if (!m || !isNameWord(m[1])) break;
    // The word must end there (no digit or symbol glued to it).
    const next = p.text[cur + m[1].length];
    if (next !== undefined && /[\p{N}/@]/u.test(next)) break;
    words.push({ start: cur, end: cur + m[1].length });
    cur += m[1].length;
  }
  if (words.length < 2) return null;
  const firstKey = p.key.slice(words[0].start, words[0].end);
  if (!isFamilyName(firstKey, allowWeak)) return null;
  const end = words[words.length - 1].end;
  const key = p.key.slice(pos, end);
  for (const np of NOT_PERSON_NAMES) {
    if (key === np || key.startsWith(`${np} `)) return null;
  }
  return { name: p.text.slice(pos, end), start: pos, end, key };
}
