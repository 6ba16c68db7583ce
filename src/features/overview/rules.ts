/**
 * Pure cadence rules of chi bộ meetings (domain.md §2.1, §3): a regular meeting (THUONG_KY) every
 * month; a thematic meeting (CHUYEN_DE) at least once a quarter, never in place of the regular one
 * unless the meeting is declared "combined"; minutes adopted at the meeting (a draft that stays a
 * draft for more than N days is late); attendance = members present / members on the list.
 * Dates are Việt Nam calendar dates "YYYY-MM-DD"; nothing here reads the clock.
 */

export type PeriodKind = "month" | "quarter" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month. */
  month?: number;
  /** 1–4 for a quarter. */
  quarter?: number;
  /** "2023-07", "2023-Q3", "2023". */
  key: string;
  /** "tháng 7/2023", "quý III/2023", "năm 2023". */
  label: string;
  /** Months of the period, "YYYY-MM". */
  months: string[];
  /** Quarters the period touches (the month's quarter for a month), "YYYY-Qn". */
  quarters: string[];
  /** First and last calendar day of the months covered by `quarters` (the data to load). */
  from: string;
  to: string;
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const pad = (n: number) => String(n).padStart(2, "0");
const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;
const quarterOfMonth = (m: number) => Math.floor((m - 1) / 3) + 1;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function quarterKeyOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}-Q${quarterOfMonth(m)}`;
}

function monthsOfQuarter(y: number, q: number): string[] {
  return [1, 2, 3].map((i) => monthKey(y, (q - 1) * 3 + i));
}

/** The month or quarter number a month or quarter period is made with. */
function partOf(kind: PeriodKind, part: number | undefined): number {
  if (part === undefined) throw new Error(`A ${kind} period needs its number`);
  return part;
}

export function makePeriod(kind: PeriodKind, year: number, part?: number): Period {
  let months: string[];
  let quarters: string[];
  let key: string;
  let label: string;
  if (kind === "month") {
    const m = partOf(kind, part);
    months = [monthKey(year, m)];
    quarters = [`${year}-Q${quarterOfMonth(m)}`];
    key = monthKey(year, m);
    label = `tháng ${m}/${year}`;
  } else if (kind === "quarter") {
    const q = partOf(kind, part);
    months = monthsOfQuarter(year, q);
    quarters = [`${year}-Q${q}`];
    key = `${year}-Q${q}`;
    label = `quý ${ROMAN[q - 1]}/${year}`;
  } else {
    months = Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
    quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    key = String(year);
    label = `năm ${year}`;
  }
  const firstQ = Number(quarters[0].slice(-1));
  const lastQ = Number(quarters[quarters.length - 1].slice(-1));
  const lastMonth = lastQ * 3;
  return {
    kind,
    year,
    key,
    label,
    months,
    quarters,
    ...(kind === "month" ? { month: part } : kind === "quarter" ? { quarter: part } : {}),
    from: `${year}-${pad((firstQ - 1) * 3 + 1)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
  };
}

/** "2023-07" | "2023-Q3" | "2023" → a period; anything else → the quarter of `today`. */
export function parsePeriod(input: string | null | undefined, today: string): Period {
  const s = (input ?? "").trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return makePeriod("month", Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return makePeriod("quarter", Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1945 && Number(m[1]) <= 2100) return makePeriod("year", Number(m[1]));
  const [y, mo] = today.split("-").map(Number);
  return makePeriod("quarter", y, quarterOfMonth(mo));
}

export interface CadenceMeeting {
  id: string;
  kind: string; // MeetingKind
  /** Việt Nam calendar date of the meeting. */
  date: string;
  status: "DRAFT" | "APPROVED";
  combined: boolean;
  /** Members present (PRESENT, LATE, LEFT_EARLY) and members on the list (guests excluded). */
  present: number;
  total: number;
}

/** APPROVED / DRAFT: held, minutes adopted or not yet; MISSING: not held; PENDING: the month or quarter is not over; FUTURE: not started. */
export type Held = "APPROVED" | "DRAFT" | "MISSING" | "PENDING" | "FUTURE";

export interface MonthCadence {
  month: string;
  regular: Held;
  /** The month's only meetings are thematic ones not declared combined: they do not count as the regular meeting. */
  thematicOnly: boolean;
  meetings: number;
  present: number;
  total: number;
}

export interface QuarterCadence {
  quarter: string;
  thematic: Held;
}

export interface StaleDraft {
  id: string;
  date: string;
  ageDays: number;
}

export interface UnitCadence {
  months: MonthCadence[];
  quarters: QuarterCadence[];
  staleDrafts: StaleDraft[];
  meetings: number;
  present: number;
  total: number;
  /** present / total, or null without attendance rows. */
  attendanceRate: number | null;
  missingRegular: number;
  missingThematic: number;
  behind: boolean;
  reasons: string[];
}

export const PRESENT_STATUSES = ["PRESENT", "LATE", "LEFT_EARLY"] as const;

const isRegular = (m: CadenceMeeting) => m.kind === "THUONG_KY" || m.combined;
const isThematic = (m: CadenceMeeting) => m.kind === "CHUYEN_DE" || (m.combined && m.kind === "THUONG_KY");

function heldOf(list: CadenceMeeting[]): Held | null {
  if (list.some((m) => m.status === "APPROVED")) return "APPROVED";
  if (list.length) return "DRAFT";
  return null;
}

export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

export function rate(present: number, total: number): number | null {
  return total > 0 ? present / total : null;
}

/** The cadence of one chi bộ over a period, judged on `today`. Meetings outside the loaded quarters are ignored. */
export function unitCadence(
  meetings: CadenceMeeting[],
  period: Period,
  opts: { today: string; staleDays: number },
): UnitCadence {
  const thisMonth = opts.today.slice(0, 7);
  const thisQuarter = quarterKeyOf(thisMonth);
  const inMonth = (m: CadenceMeeting, month: string) => m.date.startsWith(month);

  const months: MonthCadence[] = period.months.map((month) => {
    const all = meetings.filter((m) => inMonth(m, month));
    const held = heldOf(all.filter(isRegular));
    const regular: Held = held ?? (month > thisMonth ? "FUTURE" : month === thisMonth ? "PENDING" : "MISSING");
    return {
      month,
      regular,
      thematicOnly: !held && all.length > 0 && all.every((m) => m.kind === "CHUYEN_DE" && !m.combined),
      meetings: all.length,
      present: all.reduce((s, m) => s + m.present, 0),
      total: all.reduce((s, m) => s + m.total, 0),
    };
  });

  const quarters: QuarterCadence[] = period.quarters.map((quarter) => {
    const held = heldOf(meetings.filter((m) => quarterKeyOf(m.date.slice(0, 7)) === quarter && isThematic(m)));
    const thematic: Held = held ?? (quarter > thisQuarter ? "FUTURE" : quarter === thisQuarter ? "PENDING" : "MISSING");
    return { quarter, thematic };
  });

  const inPeriod = meetings.filter((m) => period.months.includes(m.date.slice(0, 7)));
  const staleDrafts = inPeriod
    .filter((m) => m.status === "DRAFT")
    .map((m) => ({ id: m.id, date: m.date, ageDays: daysBetween(m.date, opts.today) }))
    .filter((d) => d.ageDays > opts.staleDays)
    .sort((a, b) => a.date.localeCompare(b.date));
  const present = inPeriod.reduce((s, m) => s + m.present, 0);
  const total = inPeriod.reduce((s, m) => s + m.total, 0);
  const missingRegular = months.filter((m) => m.regular === "MISSING").length;
  const missingThematic = quarters.filter((q) => q.thematic === "MISSING").length;

  const reasons: string[] = [];
  if (missingRegular) reasons.push(`thiếu ${missingRegular} buổi sinh hoạt thường kỳ`);
  const thematicOnly = months.filter((m) => m.thematicOnly && m.regular === "MISSING").length;
  if (thematicOnly) reasons.push(`${thematicOnly} tháng chỉ sinh hoạt chuyên đề (không thay được sinh hoạt thường kỳ)`);
  if (missingThematic) reasons.push(`thiếu sinh hoạt chuyên đề ${missingThematic} quý`);
  if (staleDrafts.length) reasons.push(`${staleDrafts.length} biên bản chưa thông qua quá ${opts.staleDays} ngày`);

  return {
    months,
    quarters,
    staleDrafts,
    meetings: inPeriod.length,
    present,
    total,
    attendanceRate: rate(present, total),
    missingRegular,
    missingThematic,
    behind: missingRegular > 0 || missingThematic > 0 || staleDrafts.length > 0,
    reasons,
  };
}

/** "tháng 7/2023" for "2023-07"; "quý III/2023" for "2023-Q3". */
export function monthLabel(month: string): string {
  return `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}
export function quarterLabel(quarter: string): string {
  return `quý ${ROMAN[Number(quarter.slice(-1)) - 1]}/${quarter.slice(0, 4)}`;
}

export const heldLabels: Record<Held, string> = {
  APPROVED: "Đã họp, biên bản đã thông qua",
  DRAFT: "Đã họp, biên bản chưa thông qua",
  MISSING: "Chưa họp",
  PENDING: "Chưa đến hạn",
  FUTURE: "—",
};
export const heldShort: Record<Held, string> = {
  APPROVED: "Đã họp",
  DRAFT: "Đã họp (nháp)",
  MISSING: "Thiếu",
  PENDING: "Chưa đến hạn",
  FUTURE: "—",
};
