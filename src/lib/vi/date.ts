/**
 * Every user-visible date and time goes through this module. It always formats in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving) and never relies on the machine's time zone.
 */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: VN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  weekday: "short",
});

const WEEKDAYS: Record<string, string> = {
  Mon: "Thứ Hai",
  Tue: "Thứ Ba",
  Wed: "Thứ Tư",
  Thu: "Thứ Năm",
  Fri: "Thứ Sáu",
  Sat: "Thứ Bảy",
  Sun: "Chủ nhật",
};

export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: string;
}

/** Calendar parts of an instant as seen in Việt Nam. */
export function vnParts(date: Date): VnParts {
  const p: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    weekday: WEEKDAYS[p.weekday] ?? p.weekday,
  };
}

/** An ISO calendar date "2023-07-26" or an instant, as calendar parts in Việt Nam. */
function toParts(value: Date | string): { year: number; month: number; day: number } {
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) throw new RangeError(`Not an ISO date: ${value}`);
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return vnParts(value);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Body text and UI: "ngày 26 tháng 7 năm 2023". */
export function formatLongDate(value: Date | string): string {
  const { year, month, day } = toParts(value);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * Document date line per HD 36: days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 03 tháng 4 năm 2018", "ngày 20 tháng 02 năm 2018").
 */
export function formatDocumentDate(value: Date | string): string {
  const { year, month, day } = toParts(value);
  const mm = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${mm} năm ${year}`;
}

/** "Hưng Yên, ngày 26 tháng 7 năm 2023" (the italic line under the heading). */
export function formatPlaceDateLine(place: string, value: Date | string): string {
  return `${place}, ${formatDocumentDate(value)}`;
}

/** Tables: "26/07/2023". */
export function formatShortDate(value: Date | string): string {
  const { year, month, day } = toParts(value);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Citations of documents: "15/5/2016" (no leading zeros, as documents are cited in prose). */
export function formatCitationDate(value: Date | string): string {
  const { year, month, day } = toParts(value);
  return `${day}/${month}/${year}`;
}

/** "14 giờ 00" (minutes always two digits, as in minutes books). */
export function formatTime(date: Date): string {
  const { hour, minute } = vnParts(date);
  return `${hour} giờ ${pad2(minute)}`;
}

/** "14:00" for compact UI. */
export function formatClock(date: Date): string {
  const { hour, minute } = vnParts(date);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** "14 giờ 00 ngày 26 tháng 7 năm 2023". */
export function formatDateTime(date: Date): string {
  return `${formatTime(date)} ${formatLongDate(date)}`;
}

/** "Thứ Tư, 26/07/2023". */
export function formatWeekdayDate(date: Date): string {
  return `${vnParts(date).weekday}, ${formatShortDate(date)}`;
}

/** "tháng 7 năm 2023". */
export function formatMonthYear(date: Date): string {
  const { year, month } = vnParts(date);
  return `tháng ${month} năm ${year}`;
}

/** The ISO calendar date of an instant in Việt Nam: "2023-07-26". */
export function toVnIsoDate(date: Date): string {
  const { year, month, day } = vnParts(date);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** toVnIsoDate of a meeting's start, or null while a draft has no date yet. */
export function toVnIsoDateOrNull(date: Date | null | undefined): string | null {
  return date ? toVnIsoDate(date) : null;
}

/**
 * toVnIsoDate of a record that must have a date: approved records (approval requires one) or
 * records selected by their date. A missing date there is a broken invariant, not a display case.
 */
export function toVnIsoDateOfDated(date: Date | null): string {
  if (!date) throw new Error("A record that must be dated has no date.");
  return toVnIsoDate(date);
}

/** Value for <input type="datetime-local"> in Việt Nam time: "2023-07-26T14:00". */
export function toVnDateTimeInput(date: Date): string {
  const { hour, minute } = vnParts(date);
  return `${toVnIsoDate(date)}T${pad2(hour)}:${pad2(minute)}`;
}

/** Parse a Việt Nam wall-clock time ("2023-07-26T14:00" or "2023-07-26 14:00") into an instant. */
export function fromVnDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h - 7, mi, s || 0));
  // reject 31/02 and the like
  if (toVnIsoDate(date) !== `${m[1]}-${m[2]}-${m[3]}`) return null;
  return date;
}

/** Is "2023-02-30" a real calendar date? */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
