/**
 * The body that holds the meeting: the subject of "… tổ chức hội nghị" in the lead
 * ("Sáng 27/4, Đảng ủy Khối các trường Đại học, Cao đẳng tổ chức hội nghị …").
 */
import type { PreparedText, Span } from "@/lib/vi/text";
import { capitalizeFirst } from "@/lib/vi/text";
import { ORGAN_HEADS } from "./vocab";

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|");

const HOLDS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:đã\s+|vừa\s+|long\s+trọng\s+|đã\s+long\s+trọng\s+|đã\s+lên\s+kế\s+hoạch\s+|` +
    String.raw`lên\s+kế\s+hoạch\s+)?(?:tổ\s+chức|tiến\s+hành|khai\s+mạc|triệu\s+tập)(?![\p{L}])`,
  "gu",
);
const ORGAN_RE = new RegExp(`(?<![\\p{L}])(?:${alt(ORGAN_HEADS)})(?![\\p{L}])`, "gu");
/** What may stand just before the body's name: the start of a clause. */
const CLAUSE_START = /(?:^|[\n,;:.!?]|\d)\s*$/u;

export interface OrganizationMatch extends Span {
  name: string;
}

/** The first "<body> (đã) tổ chức …" of the text, outside the excluded spans; null if none. */
export function findOrganization(p: PreparedText, excluded: readonly Span[] = [], from = 0): OrganizationMatch | null {
  for (const hold of p.key.matchAll(HOLDS_RE)) {
    if (hold.index < from) continue;
    const sentenceStart =
      Math.max(
        p.key.lastIndexOf("\n", hold.index - 1),
        p.key.lastIndexOf(". ", hold.index - 1),
        p.key.lastIndexOf(";", hold.index - 1),
        hold.index - 401,
      ) + 1;
    const sentence = p.key.slice(sentenceStart, hold.index);
    // The nearest body name that opens a clause, looking back from the verb.
    const heads = [...sentence.matchAll(ORGAN_RE)].reverse();
    for (const h of heads) {
      const start = sentenceStart + h.index;
      if (excluded.some((s) => start >= s.start && start < s.end)) continue;
      if (!CLAUSE_START.test(p.key.slice(sentenceStart, start))) continue;
      const name = p.text
        .slice(start, hold.index)
        .replace(/[\s,;:–—-]+$/u, "")
        .trim();
      if (!name || name.split(/\s+/).length > 16) continue;
      return { start, end: start + name.length, name: capitalizeFirst(name) };
    }
  }
  return null;
}
