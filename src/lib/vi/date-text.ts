/**
 * Dates as Vietnamese texts write them: 15/5/2016, 15-5-2016, 14.5.2011, "Ngày 26 – 07 – 2023",
 * "ngày 09 tháng 5 năm 2017", and without a year ("Sáng 27/4", "ngày 11 tháng 8").
 */
import type { PreparedText, Span } from "./text";

export interface DateMention extends Span {
  day: number;
  month: number;
  /** Null when the text leaves the year out ("Sáng 27/4"). */
  year: number | null;
}

/** ISO "YYYY-MM-DD" of a calendar date, or null when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const SEP = "[\\/.\\-–—]";
/** d/m/yyyy with one separator style, spaces allowed around it: "26 – 07 – 2023". */
const NUMERIC_FULL = new RegExp(
  `(?<![\\d\\/.\\-–—])(\\d{1,2})\\s*(${SEP})\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?![\\d\\/]|\\.\\d)`,
  "gu",
);
/** "ngày 09 tháng 5 năm 2017", "ngày 11 tháng 8" (the key string is lower case). */
const WORDS = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,\s*năm)\s+(\d{4}))?/gu;
/** d/m without a year ("27/4", "10-1"): only trusted after a time word, see yearlessDates(). */
const NUMERIC_SHORT = /(?<![\d/.\-–—])(\d{1,2})\s*([/\-–])\s*(\d{1,2})(?![\d/\-–]|\.\d|\s*[/\-–]\s*\d)/gu;
/** What may stand before a year-less date for it to be a date: "Sáng 27/4", "ngày 27/4". */
const YEARLESS_ANCHOR =
  /(?:^|[^\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:\s+(?:qua|nay|thứ\s+\p{L}+|chủ\s+nhật))?\s*,?\s*(?:ngày\s+)?$/u;

function year2(y: string): number {
  const n = Number.parseInt(y, 10);
  return y.length === 2 ? 2000 + n : n;
}

/** Every date mention of the text, in order, overlapping forms removed. */
export function findDates(p: PreparedText): DateMention[] {
  const out: DateMention[] = [];
  for (const m of p.key.matchAll(NUMERIC_FULL)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = year2(m[4]);
    if (m[4].length === 2 && m[2] === ".") continue; // "5.5.16" is too ambiguous
    if (isoDate(year, month, day)) out.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  for (const m of p.key.matchAll(WORDS)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (year !== null ? isoDate(year, month, day) : isoDate(2000, month, day))
      out.push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  for (const m of p.key.matchAll(NUMERIC_SHORT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((d) => start < d.end && d.start < end)) continue;
    if (!YEARLESS_ANCHOR.test(p.key.slice(Math.max(0, start - 30), start))) continue;
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (isoDate(2000, month, day)) out.push({ start, end, day, month, year: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Parses one date written alone ("15/5/2016", "ngày 14 tháng 4 năm 2020") to ISO, or null. */
export function parseDateText(input: string): string | null {
  const key = input.toLocaleLowerCase("vi").trim();
  const d = findDates({ text: input, key })[0];
  return d && d.year !== null ? isoDate(d.year, d.month, d.day) : null;
}

/** The line that dates an article ("Ngày đăng 27/04/2018 | 4:03 PM", "24/04/2018 11:09:37 SA"). */
export interface PublicationLine extends Span {
  year: number;
  month: number;
  day: number;
}

const PUBLICATION_LINE = new RegExp(
  String.raw`^(?:(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật|đăng\s+lúc|thời\s+gian\s+đăng|ngày|` +
    String.raw`published|posted)\s*:?\s*)?(?:(?:thứ\s+\p{L}+|` +
    String.raw`chủ\s+nhật)\s*,?\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?:\s*[|` +
    String.raw`,-]?\s*(?:lúc\s+)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm|gmt[+\d:]*))?)?(?:\s*\|.*)?$`,
  "u",
);

/** Finds the publication line among the first lines of an article. */
export function findPublicationLine(p: PreparedText, maxLines = 12): PublicationLine | null {
  let offset = 0;
  const lines = p.key.split("\n");
  for (let i = 0; i < lines.length && i < maxLines; i++) {
    const line = lines[i];
    const m = PUBLICATION_LINE.exec(line);
    // A bare date line is a publication line; a date with the meeting's words is not.
    if (m && line.length <= 120) {
      const day = Number(m[1]);
      const month = Number(m[3]);
      const year = Number(m[4]);
      if (isoDate(year, month, day)) return { start: offset, end: offset + line.length, day, month, year };
    }
    offset += line.length + 1;
  }
  return null;
}

/** Before a date, the words that make it the meeting's date rather than any date. */
const MEETING_DATE_ANCHOR = new RegExp(
  String.raw`(?:(?:^|[\n.!?]\s*)(?:ngày\s*)?|(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:thứ\s+\p{L}+|` +
    String.raw`chủ\s+nhật))?\s*,?\s*(?:ngày\s*)?|(?<![\p{L}])(?:vào|hôm\s+nay|trong)\s*,?\s*(?:ngày\s*)?|` +
    String.raw`(?<![\p{L}])(?:giờ|phút|h)(?:\s*\d{1,2})?(?:\s*phút)?\s*,?\s*(?:ngày\s*)?)$`,
  "u",
);

/**
 * The meeting's date: the first date mention, outside the given spans (citations, the
 * publication line), anchored by a time word ("Sáng 27/4", "vào ngày 18/5/2017", "Ngày 26 – 07 –
 * 2023," opening a sentence). A year-less date takes the publication year (the year before if the
 * day would fall after publication) or `defaultYear`; otherwise it is null.
 */
export function pickMeetingDate(
  p: PreparedText,
  dates: readonly DateMention[],
  excluded: readonly Span[],
  publication: PublicationLine | null,
  defaultYear?: number,
): string | null {
  for (const d of dates) {
    if (excluded.some((s) => d.start < s.end && s.start < d.end)) continue;
    // A letter stands for the cut-off text so that "^" only matches the real start of the text.
    const before = (d.start > 40 ? "x" : "") + p.key.slice(Math.max(0, d.start - 40), d.start);
    if (!MEETING_DATE_ANCHOR.test(before)) continue;
    let year = d.year;
    if (year === null && publication) {
      const after = d.month > publication.month || (d.month === publication.month && d.day > publication.day);
      year = after ? publication.year - 1 : publication.year;
    }
    if (year === null && defaultYear) year = defaultYear;
    if (year === null) return null;
    return isoDate(year, d.month, d.day);
  }
  return null;
}
