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
  `(?<![\\d\\/.])(\\d{1,2})\\s*(${SEP})\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?![\\d\\/]|\\.\\d)`,
  "gu",
);
/** What joins the days of a several-day meeting: "24, 25/9", "24 và 25/9", "24-25/9", "từ ngày 24 đến 25/9". */
const JOIN = String.raw`\s*(?:,|và|&|-|–|đến(?:\s+ngày)?)\s*`;
/** "ngày 09 tháng 5 năm 2017", "ngày 11 tháng 8", "ngày 24 và 25 tháng 9 năm 2022" (the key string is lower case). */
const WORDS = new RegExp(
  String.raw`(?<![\p{L}])ngày\s+(\d{1,2})((?:${JOIN}(?:ngày\s+)?\d{1,2})*)\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,\s*năm)\s+(\d{4}))?`,
  "gu",
);
/** d/m without a year ("27/4", "10-1"): only trusted after a time word, see YEARLESS_ANCHOR. */
const NUMERIC_SHORT = /(?<![\d/.])(\d{1,2})\s*([/\-–])\s*(\d{1,2})(?![\d/\-–]|\.\d|\s*[/\-–]\s*\d)/gu;
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
/** What may stand before a year-less date for it to be a date: "Sáng 27/4", "ngày 27/4", "thứ Tư (26/7)". */
const YEARLESS_ANCHOR = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:\s+(?:qua|nay|${WEEKDAY}))?|${WEEKDAY})` +
    String.raw`\s*[,(]?\s*(?:ngày\s+)?$`,
  "u",
);
/** Before the first day of a list or range of days: "ngày 24, " in "ngày 24, 25/9/2022". */
const DAYS_BEFORE = new RegExp(String.raw`(?:ngày|từ)\s+(\d{1,2})((?:${JOIN}\d{1,2})*)${JOIN}$`, "u");
/** Between a year-less date and the full date that ends its range: "24/9 đến ngày 26/9/2022". */
const RANGE_GAP = new RegExp(String.raw`^${JOIN}(?:ngày\s+)?$`, "u");

function year2(y: string): number {
  const n = Number.parseInt(y, 10);
  return y.length === 2 ? 2000 + n : n;
}

/** Where a date really starts when days are listed before it ("ngày 24, 25/9"): the first day, or null. */
function firstDayBefore(key: string, start: number, day: number): { start: number; day: number } | null {
  const from = Math.max(0, start - 40);
  const m = DAYS_BEFORE.exec(key.slice(from, start));
  if (!m) return null;
  const days = [m[1], ...(m[2].match(/\d{1,2}/g) ?? [])].map(Number);
  for (let i = 0; i < days.length; i++) if (days[i] >= (days[i + 1] ?? day)) return null;
  const at = from + m.index + m[0].indexOf(m[1], m[0].search(/\d/));
  return { start: at, day: days[0] };
}

/** Every date mention of the text, in order, overlapping forms removed; a range gives its first day. */
export function findDates(p: PreparedText): DateMention[] {
  const out: DateMention[] = [];
  const push = (d: DateMention) => {
    if (!out.some((o) => d.start < o.end && o.start < d.end)) out.push(d);
  };
  for (const m of p.key.matchAll(NUMERIC_FULL)) {
    if (m[4].length === 2 && m[2] === ".") continue; // "5.5.16" is too ambiguous
    let start = m.index;
    let day = Number(m[1]);
    const month = Number(m[3]);
    const year = year2(m[4]);
    if (!isoDate(year, month, day)) continue;
    const before = firstDayBefore(p.key, start, day);
    if (before) ({ start, day } = before);
    else if (/[-–—]\s*$/u.test(p.key.slice(Math.max(0, start - 3), start))) continue;
    push({ start, end: m.index + m[0].length, day, month, year });
  }
  for (const m of p.key.matchAll(WORDS)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = m[4] ? Number(m[4]) : null;
    if (year !== null ? isoDate(year, month, day) : isoDate(2000, month, day))
      push({ start: m.index, end: m.index + m[0].length, day, month, year });
  }
  for (const m of p.key.matchAll(NUMERIC_SHORT)) {
    let start = m.index;
    const end = start + m[0].length;
    let day = Number(m[1]);
    const month = Number(m[3]);
    if (!isoDate(2000, month, day)) continue;
    const before = firstDayBefore(p.key, start, day);
    if (before) ({ start, day } = before);
    if (!before && !YEARLESS_ANCHOR.test(p.key.slice(Math.max(0, start - 30), start))) continue;
    push({ start, end, day, month, year: null });
  }
  out.sort((a, b) => a.start - b.start);
  // "từ ngày 30/9 đến ngày 2/10/2022": the year-less first date takes the year of the one that ends the range.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.year === null && b.year !== null && a.month <= b.month && RANGE_GAP.test(p.key.slice(a.end, b.start)))
      out[i] = { ...a, year: b.year };
  }
  return out;
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
