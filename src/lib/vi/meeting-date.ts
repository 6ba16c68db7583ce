/**
 * The date of the meeting a text tells about, among all the dates it writes: each date outside
 * citations and the publication line is weighed by the words around it (a time word before it, a
 * meeting verb in its sentence; a deadline, an anniversary or a founding lowers it). A date without
 * a year takes one from the same text: the publication line, then the year its own sentence names
 * ("sơ kết 6 tháng đầu năm 2023", "năm học 2022 – 2023"), then the headline's, then the year the
 * text names most; never a cited document's year.
 */
import { type DateMention, isoDate, type PublicationLine } from "./date-text";
import type { PreparedText, Span } from "./text";

const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
/** Before a date: the words that make it a time of something rather than any date. */
const ANCHOR = new RegExp(
  String.raw`(?:(?:^|[\n.!?]\s*)(?:${WEEKDAY}\s*,?\s*)?(?:ngày\s*)?|(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm)` +
    String.raw`(?:\s+(?:hôm\s+nay|nay|qua))?(?:\s+${WEEKDAY})?\s*[,(]?\s*(?:ngày\s*)?|` +
    String.raw`(?<![\p{L}])(?:vào|hôm\s+nay|hôm\s+qua|trong|từ|diễn\s+ra)\s*,?\s*(?:(?:${WEEKDAY}|\d+\s+ngày)\s*,?\s*)?(?:ngày\s*)?|` +
    String.raw`(?<![\p{L}])${WEEKDAY}\s*[,(]?\s*(?:ngày\s*)?|` +
    String.raw`(?<![\p{L}])(?:giờ|phút|h)(?:\s*\d{1,2})?(?:\s*phút)?\s*,?\s*(?:ngày\s*)?)$`,
  "u",
);
/** A time of day or a weekday just before: "Sáng 27/4", "Thứ Tư, ngày …", "14 giờ, ngày …". */
const TIME_OF_DAY = new RegExp(
  String.raw`(?:sáng|chiều|tối|trưa|đêm|hôm\s+nay|${WEEKDAY}|giờ|phút|\d\s*h)[^\p{L}\d]{0,3}(?:\d{1,2}\s*(?:phút)?[^\p{L}\d]{0,3})?` +
    String.raw`(?:ngày\s*)?$`,
  "u",
);
/** "Hà Nội, ngày 15 tháng 3 năm 2024" opening a line: the place and date of formal minutes. */
const PLACE_DATE = /(?:^|\n)[\p{L} .]{2,40},\s*$/u;
const MEETING_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:tổ\s+chức|diễn\s+ra|họp|sinh\s+hoạt|hội\s+nghị|đại\s+hội|khai\s+mạc|tiến\s+hành|` +
    String.raw`triệu\s+tập|quán\s+triệt|sơ\s+kết|tổng\s+kết|kiểm\s+điểm|buổi|lớp|phiên)(?![\p{L}])`,
  "u",
);
/** Just before a date: it is a deadline, a start of validity, an anniversary or a signature. */
const NOT_MEETING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:trước|chậm\s+nhất|hạn|thời\s+hạn|kể\s+từ|sau|đến|tới|kỷ\s+niệm|nhân\s+dịp|` +
    String.raw`thành\s+lập|ra\s+đời|ký|kí|ban\s+hành|hiệu\s+lực|sinh|mất|hy\s+sinh|từ\s+năm)\s*(?:ngày\s*)?$`,
  "u",
);
/** In the date's sentence, after it: the day of a founding, a victory or a birth, not of the meeting. */
const NOT_MEETING_AFTER = new RegExp(
  String.raw`^[^.!?\n]{0,40}?(?<![\p{L}])(?:ra\s+đời|được\s+thành\s+lập|thành\s+lập\s+(?:đảng|chi\s+bộ|đảng\s+bộ)|` +
    String.raw`giải\s+phóng|chiến\s+thắng|ký\s+kết|qua\s+đời|ban\s+hành|có\s+hiệu\s+lực)(?![\p{L}])`,
  "u",
);

/** Start and end of the sentence holding [start, end): full stops inside numbers ("26.7.2023") do not count. */
function sentenceOf(key: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && !/[\n!?]/.test(key[s - 1]) && !(key[s - 1] === "." && !/\d/.test(key[s] ?? ""))) s--;
  let e = end;
  while (e < key.length && !/[\n!?]/.test(key[e]) && !(key[e] === "." && !/\d/.test(key[e + 1] ?? ""))) e++;
  return { start: s, end: e };
}

/** How much the words around a date say it is the meeting's; below 2 it is not a candidate. */
function weigh(p: PreparedText, d: DateMention, publication: PublicationLine | null, latestYear: number): number {
  // A letter stands for the cut-off text so that "^" only matches the real start of the text.
  const before = (d.start > 60 ? "x" : "") + p.key.slice(Math.max(0, d.start - 60), d.start);
  const sentence = sentenceOf(p.key, d.start, d.end);
  let score = 0;
  if (ANCHOR.test(before)) score += 2;
  else if (PLACE_DATE.test(before) && d.year !== null) score += 2;
  if (TIME_OF_DAY.test(before)) score += 1;
  if (MEETING_WORD.test(p.key.slice(d.end, sentence.end))) score += 2;
  else if (MEETING_WORD.test(p.key.slice(sentence.start, d.start))) score += 1;
  if (NOT_MEETING_BEFORE.test(before)) score -= 5;
  if (NOT_MEETING_AFTER.test(p.key.slice(d.end, sentence.end))) score -= 4;
  if (d.year !== null && d.year < latestYear - 1) score -= 3;
  if (publication && d.year !== null) {
    const iso = isoDate(d.year, d.month, d.day) ?? "";
    const pub = isoDate(publication.year, publication.month, publication.day) ?? "";
    if (iso > pub) score -= 5;
  }
  return score;
}

/** Years a text names for a period: "năm 2023", "tháng 6/2023", "năm học 2022 – 2023" (not "đến năm 2030"). */
const YEAR_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:(năm\s+học)\s+(\d{4})\s*[-–—/]\s*(\d{4})|(?:(đến|tới|tầm\s+nhìn|giai\s+đoạn|nhiệm\s+kỳ|từ|vào|` +
    String.raw`trước|sau)\s+)?(?:năm\s+|tháng\s+\d{1,2}\s*[/-]\s*)(\d{4}))(?![\d/]|\s*[-–]\s*\d{4})`,
  "gu",
);
/** A review of a whole year ("tổng kết công tác năm 2022") is held after it: in the next year's first half. */
const YEAR_REVIEW =
  /(?:tổng\s+kết|kiểm\s+điểm|đánh\s+giá,?\s+xếp\s+loại)(?![^.\n]*(?:tháng|quý|năm\s+học))[^.\n]{0,60}$/u;

const REVIEW_BEFORE = /(?:tổng\s+kết|kiểm\s+điểm|đánh\s+giá)[^.\n]{0,60}$/u;

interface YearPhrase {
  at: number;
  year: number;
}

function yearPhrases(
  p: PreparedText,
  from: number,
  to: number,
  excluded: readonly Span[],
  month: number,
): YearPhrase[] {
  const out: YearPhrase[] = [];
  const slice = p.key.slice(from, to);
  for (const m of slice.matchAll(YEAR_PHRASE)) {
    const at = from + m.index;
    if (excluded.some((s) => at < s.end && s.start < at + m[0].length)) continue;
    if (m[1]) {
      // A school year runs from August to the next summer; it is reviewed at its end.
      const reviewed = REVIEW_BEFORE.test(p.key.slice(Math.max(0, at - 80), at));
      out.push({ at, year: Number(month >= 8 && !reviewed ? m[2] : m[3]) });
      continue;
    }
    if (m[4]) continue; // "đến năm 2030", "nhiệm kỳ 2020", "vào năm 2007": not the meeting's year
    let year = Number(m[5]);
    if (year < 1900 || year > 2100) continue;
    if (month <= 6 && YEAR_REVIEW.test(p.key.slice(Math.max(0, at - 80), at))) year += 1;
    out.push({ at, year });
  }
  return out;
}

export interface MeetingDateContext {
  /** Citations and the publication line: no date and no year is taken from them. */
  excluded: readonly Span[];
  publication: PublicationLine | null;
  headline?: Span | null;
  /** Year for a year-less date when the text names none. */
  defaultYear?: number;
}

/** The year of a date written without one, from the same text; null when the text names none. */
function yearFor(p: PreparedText, d: DateMention, ctx: MeetingDateContext): number | null {
  const { publication, excluded } = ctx;
  if (publication) {
    const after = d.month > publication.month || (d.month === publication.month && d.day > publication.day);
    return after ? publication.year - 1 : publication.year;
  }
  const sentence = sentenceOf(p.key, d.start, d.end);
  const own = yearPhrases(p, d.end, sentence.end, excluded, d.month);
  if (own.length > 0) return Math.max(...own.map((y) => y.year));
  if (ctx.headline) {
    const inHeadline = yearPhrases(p, ctx.headline.start, ctx.headline.end, excluded, d.month);
    if (inHeadline.length > 0) return Math.max(...inHeadline.map((y) => y.year));
  }
  const counts = new Map<number, number>();
  for (const y of yearPhrases(p, 0, p.key.length, excluded, d.month)) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) {
    const bestN = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > bestN || (n === bestN && best !== null && year > best)) best = year;
  }
  return best ?? ctx.defaultYear ?? null;
}

/** The meeting's date as ISO "YYYY-MM-DD", or null when the text does not tell it. */
export function pickMeetingDate(
  p: PreparedText,
  dates: readonly DateMention[],
  ctx: MeetingDateContext,
): string | null {
  const candidates = dates.filter((d) => !ctx.excluded.some((s) => d.start < s.end && s.start < d.end));
  const latestYear = Math.max(0, ...candidates.map((d) => d.year ?? 0));
  let best: { d: DateMention; score: number } | null = null;
  for (const d of candidates) {
    const score = weigh(p, d, ctx.publication, latestYear);
    if (score >= 2 && (best === null || score > best.score)) best = { d, score };
  }
  if (!best) return null;
  const { d } = best;
  const year = d.year ?? yearFor(p, d, ctx);
  return year === null ? null : isoDate(year, d.month, d.day);
}
