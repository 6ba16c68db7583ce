/**
 * The headline of an article or of minutes: the first line when it stands alone (a blank line
 * after it), or the line just above the publication line; not a photo caption or a category.
 */
import type { PreparedText, Span } from "./text";
import type { PublicationLine } from "./dates";

const CAPTION = /^(?:quang\s+cảnh|toàn\s+cảnh|ảnh|hình\s+ảnh|các\s+đại\s+biểu|đại\s+biểu|đồng\s+chí\s+\S+.*(?:phát\s+biểu|trao)|%image)/u;

interface Line extends Span {
  text: string;
  key: string;
}

function lines(p: PreparedText): Line[] {
  const out: Line[] = [];
  let offset = 0;
  const keys = p.key.split("\n");
  for (const text of p.text.split("\n")) {
    out.push({ start: offset, end: offset + text.length, text, key: keys[out.length] });
    offset += text.length + 1;
  }
  return out;
}

function looksLikeHeadline(line: Line): boolean {
  const t = line.text;
  if (t.length < 12 || t.length > 300) return false;
  if (/[.;:,]$/u.test(t) && !/\.\.\.$/.test(t)) return false;
  if (CAPTION.test(line.key)) return false;
  return /\p{L}/u.test(t);
}

export interface Headline extends Span {
  text: string;
}

export function findHeadline(p: PreparedText, publication: PublicationLine | null): Headline | null {
  const all = lines(p);
  const nonEmpty = all.filter((l) => l.text.trim() !== "");
  if (nonEmpty.length === 0) return null;
  if (publication) {
    // The nearest headline-like line above the publication line.
    const above = nonEmpty.filter((l) => l.end <= publication.start);
    for (let i = above.length - 1; i >= 0 && i >= above.length - 2; i--) {
      if (looksLikeHeadline(above[i])) return { start: above[i].start, end: above[i].end, text: above[i].text };
    }
  }
  const first = nonEmpty[0];
  const index = all.indexOf(first);
  const next = all[index + 1];
  const standsAlone = next === undefined || next.text.trim() === "";
  if (standsAlone && looksLikeHeadline(first) && nonEmpty.length > 1) {
    return { start: first.start, end: first.end, text: first.text };
  }
  return null;
}
