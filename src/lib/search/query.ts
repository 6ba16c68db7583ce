/**
 * What a search box query means, the same on the server and in the browser: folded words (each
 * matched as the start of a word, diacritics and case ignored, đ = d, ủy = uỷ) and at most one
 * reference to a Party document in any usual form ("05-CT/TW", "chỉ thị 05", "ct05").
 */
import { foldForSearch } from "@/lib/vi/normalize";
import { findDirectiveReference, type DirectiveQuery } from "@/lib/symbols";

export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;

export interface SearchQuery {
  /** Folded words, each the prefix of a word of the record ("hieu", "truong"); all must be found. */
  terms: string[];
  /** A document reference: records citing it match, and so do records whose text has its words in a row. */
  reference: { ref: DirectiveQuery; words: string[] } | null;
}

function words(folded: string): string[] {
  const out: string[] = [];
  for (const w of folded.split(" ")) {
    const term = w.slice(0, MAX_TERM_LENGTH);
    if (term && !out.includes(term)) out.push(term);
  }
  return out.slice(0, MAX_TERMS);
}

/** Null when the query has nothing to search for (empty, or punctuation only). */
export function parseSearchQuery(q: string | null | undefined): SearchQuery | null {
  if (!q?.trim()) return null;
  const found = findDirectiveReference(q);
  if (found) {
    return { terms: words(found.rest), reference: { ref: found.ref, words: words(found.words) } };
  }
  const terms = words(foldForSearch(q));
  return terms.length ? { terms, reference: null } : null;
}
