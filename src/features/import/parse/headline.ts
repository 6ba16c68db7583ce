/**
 * The headline of an article or of minutes: the first line when it stands alone (a blank line
 * after it), or the line just above the publication line; not a photo caption or a category.
 */
import type { PreparedText, Span } from "@/lib/vi/text";
import type { PublicationLine } from "@/lib/vi/date-text";

const CAPTION =
  /^(?:quang\s+cảnh|toàn\s+cảnh|ảnh|hình\s+ảnh|các\s+đại\s+biểu|đại\s+biểu|đồng\s+chí\s+\S+.*(?:phát\s+biểu|trao)|%image)/u;

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

/** Header lines of formal minutes, above the title: bodies, "*", number, place and date. */
const MINUTES_HEADER =
  /^(?:đảng\s+bộ|chi\s+bộ|đảng\s+ủy|chi\s+ủy|ban\s+chấp\s+hành|đảng\s+cộng\s+sản\s+việt\s+nam|\*+$|số\s*[:\d]|[\p{L}\s.]+,\s*ngày\s+\S+\s+tháng)/u;
const MINUTES_TITLE = /^(?:biên\s+bản|trích\s+biên\s+bản)(?![\p{L}])/u;

/** "BIÊN BẢN" under the header of formal minutes, with its all-caps second line. */
function minutesTitle(nonEmpty: readonly Line[]): Headline | null {
  for (let i = 0; i < nonEmpty.length && i < 10; i++) {
    const line = nonEmpty[i];
    if (MINUTES_TITLE.test(line.key)) {
      const next = nonEmpty[i + 1];
      const isUpper = (t: string) => /\p{L}/u.test(t) && t === t.toLocaleUpperCase("vi");
      if (next && isUpper(line.text) && isUpper(next.text) && next.text.length <= 160 && next.start === line.end + 1) {
        return { start: line.start, end: next.end, text: `${line.text} ${next.text}` };
      }
      return { start: line.start, end: line.end, text: line.text };
    }
    if (!MINUTES_HEADER.test(line.key)) return null;
  }
  return null;
}

export function findHeadline(p: PreparedText, publication: PublicationLine | null): Headline | null {
  const all = lines(p);
  const nonEmpty = all.filter((l) => l.text.trim() !== "");
  if (nonEmpty.length === 0) return null;
  const minutes = minutesTitle(nonEmpty);
  if (minutes) return minutes;
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
