import { describe, expect, it } from "vitest";
import { computeVote, eligibleVoters, summarizeAttendance, type AttendanceRow } from "./rules";

let n = 0;
function row(p: Partial<AttendanceRow>): AttendanceRow {
  n += 1;
  return { memberId: `m${n}`, status: "PRESENT", category: "OFFICIAL", memberStatus: "ACTIVE", ...p };
}

// A chi bộ of 12: 9 full members (one exempt and absent, one absent with reason, one absent
// without reason, one away on temporary transfer), 2 probationary, 1 exempt who came; 2 guests.
const roster: AttendanceRow[] = [
  row({}),
  row({}),
  row({}),
  row({ status: "LATE" }),
  row({ status: "LEFT_EARLY" }),
  row({ status: "ABSENT_EXCUSED" }),
  row({ status: "ABSENT_UNEXCUSED" }),
  row({ memberStatus: "EXEMPT", status: "ABSENT_EXCUSED" }),
  row({ memberStatus: "AWAY_TEMPORARY", status: "ABSENT_EXCUSED" }),
  row({ category: "PROBATIONARY" }),
  row({ category: "PROBATIONARY", status: "ABSENT_EXCUSED" }),
  row({ memberStatus: "EXEMPT", status: "PRESENT" }),
  row({ memberId: null, status: "GUEST", category: null, memberStatus: null }),
  row({ memberId: null, status: "GUEST", category: null, memberStatus: null }),
];

describe("attendance summary", () => {
  it("counts the header figures from the roster", () => {
    expect(summarizeAttendance(roster)).toEqual({
      total: 12,
      official: 10,
      probationary: 2,
      exempt: 2,
      present: 7,
      absentExcused: 4,
      absentUnexcused: 1,
      guests: 2,
    });
  });
});

describe("votes", () => {
  it("uses the denominator of domain.md §3", () => {
    // official 10 − absent with reason 1 − exempt absent 1 − away 1 = 7 (the exempt who came counts)
    expect(eligibleVoters(roster)).toBe(7);
  });

  it("passes with strictly more than half", () => {
    const r = computeVote({ for: 4, against: 2, abstain: 0 }, roster);
    expect(r).toMatchObject({ eligible: 7, needed: 4, passed: true });
    expect(r.reason).toBe("Thông qua: 4/7 đảng viên chính thức có quyền biểu quyết tán thành (57,1%), quá một nửa.");
  });

  it("fails at exactly half", () => {
    const even = roster.filter((r) => r.status !== "ABSENT_UNEXCUSED").concat(row({}));
    expect(eligibleVoters(even)).toBe(7);
    const six = even.slice(0, -1).concat(row({}), row({}));
    expect(eligibleVoters(six)).toBe(8);
    const r = computeVote({ for: 4, against: 4, abstain: 0 }, six);
    expect(r.passed).toBe(false);
    expect(r.reason).toBe(
      "Không thông qua: 4/8 đảng viên chính thức có quyền biểu quyết tán thành (50%), chưa quá một nửa (cần ít nhất 5).",
    );
  });

  it("does not let probationary members count, and flags more ballots than voters present", () => {
    const r = computeVote({ for: 7, against: 0, abstain: 0 }, roster);
    expect(r.passed).toBe(false);
    expect(r.reason).toMatch(/nhiều hơn số đảng viên chính thức có mặt \(6\)/);
  });

  it("cannot decide without a roster", () => {
    const r = computeVote({ for: 3, against: 0, abstain: 0 }, []);
    expect(r).toMatchObject({ eligible: 0, passed: false });
    expect(r.reason).toMatch(/Chưa có danh sách/);
  });
});
