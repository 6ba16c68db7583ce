/**
 * Pure domain rules of a meeting record: attendance counts and votes (domain.md §2.3, §3).
 * Computed, never typed: the form shows these and the API returns them.
 */
import type { AttendanceStatus, MemberCategory, MemberStatus } from "@/lib/enums";

export interface AttendanceRow {
  memberId: string | null;
  status: AttendanceStatus;
  category: MemberCategory | null;
  memberStatus: MemberStatus | null;
}

export interface AttendanceSummary {
  /** Members on the roster of the meeting (guests excluded). */
  total: number;
  official: number;
  probationary: number;
  /** Members exempted from meetings (miễn sinh hoạt), present or not. */
  exempt: number;
  /** Present, including late arrivals and those who left early. */
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  guests: number;
}

const PRESENT_STATUSES: ReadonlySet<AttendanceStatus> = new Set(["PRESENT", "LATE", "LEFT_EARLY"]);

export function isPresent(status: AttendanceStatus): boolean {
  return PRESENT_STATUSES.has(status);
}

export function summarizeAttendance(rows: readonly AttendanceRow[]): AttendanceSummary {
  const s: AttendanceSummary = {
    total: 0,
    official: 0,
    probationary: 0,
    exempt: 0,
    present: 0,
    absentExcused: 0,
    absentUnexcused: 0,
    guests: 0,
  };
  for (const r of rows) {
    if (r.status === "GUEST" || !r.memberId) {
      s.guests += 1;
      continue;
    }
    s.total += 1;
    if (r.category === "PROBATIONARY") s.probationary += 1;
    else s.official += 1;
    if (r.memberStatus === "EXEMPT") s.exempt += 1;
    if (isPresent(r.status)) s.present += 1;
    else if (r.status === "ABSENT_EXCUSED") s.absentExcused += 1;
    else if (r.status === "ABSENT_UNEXCUSED") s.absentUnexcused += 1;
  }
  return s;
}

/**
 * Members entitled to vote, the denominator of "more than half" (QĐ 24 §9.3.2): the full members
 * summoned, less those on temporary transfer elsewhere, suspended members, exempted members who
 * are absent, and full members absent with a reason. Probationary members never vote.
 */
export function eligibleVoters(rows: readonly AttendanceRow[]): number {
  let n = 0;
  for (const r of rows) {
    if (r.status === "GUEST" || !r.memberId) continue;
    if (r.category !== "OFFICIAL") continue;
    if (r.memberStatus === "AWAY_TEMPORARY" || r.memberStatus === "SUSPENDED" || r.memberStatus === "TRANSFERRED_OUT")
      continue;
    if (r.memberStatus === "EXEMPT" && !isPresent(r.status)) continue;
    if (r.status === "ABSENT_EXCUSED") continue;
    n += 1;
  }
  return n;
}

/** Full members present who may vote at the meeting. */
export function votersPresent(rows: readonly AttendanceRow[]): number {
  return rows.filter(
    (r) =>
      r.memberId &&
      r.status !== "GUEST" &&
      r.category === "OFFICIAL" &&
      isPresent(r.status) &&
      r.memberStatus !== "SUSPENDED",
  ).length;
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface VoteResult extends VoteCounts {
  eligible: number;
  /** Smallest number of votes in favour that passes: more than half of `eligible`. */
  needed: number;
  passed: boolean;
  reason: string;
}

function percent(n: number, d: number): string {
  if (d === 0) return "0%";
  const p = Math.round((n / d) * 1000) / 10;
  return `${String(p).replace(".", ",")}%`;
}

/** Computes the result and its Vietnamese explanation. */
export function computeVote(counts: VoteCounts, rows: readonly AttendanceRow[]): VoteResult {
  const eligible = eligibleVoters(rows);
  const needed = Math.floor(eligible / 2) + 1;
  const base = { ...counts, eligible, needed };
  if (eligible === 0) {
    return {
      ...base,
      passed: false,
      reason: "Chưa có danh sách đảng viên chính thức có quyền biểu quyết, chưa tính được kết quả.",
    };
  }
  const cast = counts.for + counts.against + counts.abstain;
  const present = votersPresent(rows);
  if (cast > present) {
    return {
      ...base,
      passed: false,
      reason: `Số phiếu (${cast}) nhiều hơn số đảng viên chính thức có mặt (${present}); vui lòng kiểm tra lại.`,
    };
  }
  const passed = counts.for > eligible / 2;
  const share = `${counts.for}/${eligible} đảng viên chính thức có quyền biểu quyết tán thành (${percent(counts.for, eligible)})`;
  return {
    ...base,
    passed,
    reason: passed
      ? `Thông qua: ${share}, quá một nửa.`
      : `Không thông qua: ${share}, chưa quá một nửa (cần ít nhất ${needed}).`,
  };
}
