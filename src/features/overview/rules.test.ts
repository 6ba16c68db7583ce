import { describe, expect, it } from "vitest";
import { makePeriod, parsePeriod, unitCadence, type CadenceMeeting } from "./rules";

let n = 0;
const meeting = (
  date: string,
  kind = "THUONG_KY",
  status: "DRAFT" | "APPROVED" = "APPROVED",
  extra: Partial<CadenceMeeting> = {},
): CadenceMeeting => ({
  id: `m${++n}`,
  kind,
  date,
  status,
  combined: false,
  present: 8,
  total: 10,
  ...extra,
});
const opts = { today: "2024-01-20", staleDays: 7 };

describe("periods", () => {
  it("parses month, quarter and year keys and falls back to today's quarter", () => {
    expect(parsePeriod("2023-07", opts.today)).toMatchObject({
      kind: "month",
      months: ["2023-07"],
      quarters: ["2023-Q3"],
      from: "2023-07-01",
      to: "2023-09-30",
      label: "tháng 7/2023",
    });
    expect(parsePeriod("2023-q1", opts.today)).toMatchObject({
      kind: "quarter",
      months: ["2023-01", "2023-02", "2023-03"],
      label: "quý I/2023",
    });
    expect(parsePeriod("2024", opts.today)).toMatchObject({ kind: "year", from: "2024-01-01", to: "2024-12-31" });
    expect(parsePeriod("rác", "2026-11-24").key).toBe("2026-Q4");
    expect(parsePeriod("2023-13", "2026-02-01").key).toBe("2026-Q1");
  });
});

describe("cadence of one chi bộ", () => {
  it("counts a regular meeting per month and says whether its minutes were adopted", () => {
    const c = unitCadence(
      [meeting("2023-07-05"), meeting("2023-08-04", "THUONG_KY", "DRAFT"), meeting("2023-08-20", "CHUYEN_DE")],
      makePeriod("quarter", 2023, 3),
      opts,
    );
    expect(c.months.map((m) => m.regular)).toEqual(["APPROVED", "DRAFT", "MISSING"]);
    expect(c.quarters).toEqual([{ quarter: "2023-Q3", thematic: "APPROVED" }]);
    expect(c.missingRegular).toBe(1);
    expect(c.behind).toBe(true);
  });

  it("a month whose only meeting is thematic misses its regular meeting, unless the meeting is combined", () => {
    const p = makePeriod("month", 2023, 9);
    const only = unitCadence([meeting("2023-09-10", "CHUYEN_DE")], p, opts);
    expect(only.months[0]).toMatchObject({ regular: "MISSING", thematicOnly: true });
    expect(only.reasons.join(" ")).toContain("chỉ sinh hoạt chuyên đề");
    const combined = unitCadence([meeting("2023-09-10", "CHUYEN_DE", "APPROVED", { combined: true })], p, opts);
    expect(combined.months[0]).toMatchObject({ regular: "APPROVED", thematicOnly: false });
    expect(combined.quarters[0].thematic).toBe("APPROVED");
    expect(combined.behind).toBe(false);
    const regularCombined = unitCadence([meeting("2023-09-10", "THUONG_KY", "APPROVED", { combined: true })], p, opts);
    expect(regularCombined.quarters[0].thematic).toBe("APPROVED");
  });

  it("a month's view judges the thematic meeting over its whole quarter", () => {
    const c = unitCadence(
      [meeting("2023-07-05"), meeting("2023-08-20", "CHUYEN_DE")],
      makePeriod("month", 2023, 7),
      opts,
    );
    expect(c.quarters[0].thematic).toBe("APPROVED");
    expect(c.meetings).toBe(1);
  });

  it("does not count a month or quarter that is not over as missing", () => {
    const c = unitCadence([], makePeriod("year", 2024), opts);
    expect(c.months[0].regular).toBe("PENDING");
    expect(c.months[1].regular).toBe("FUTURE");
    expect(c.quarters.map((q) => q.thematic)).toEqual(["PENDING", "FUTURE", "FUTURE", "FUTURE"]);
    expect(c.behind).toBe(false);
  });

  it("lists drafts older than N days as unapproved minutes", () => {
    const c = unitCadence(
      [meeting("2024-01-02", "THUONG_KY", "DRAFT"), meeting("2024-01-15", "CHUYEN_DE", "DRAFT")],
      makePeriod("month", 2024, 1),
      opts,
    );
    expect(c.staleDrafts.map((d) => [d.date, d.ageDays])).toEqual([["2024-01-02", 18]]);
    expect(c.behind).toBe(true);
    expect(
      unitCadence([meeting("2024-01-02", "THUONG_KY", "DRAFT")], makePeriod("month", 2024, 1), {
        ...opts,
        staleDays: 30,
      }).staleDrafts,
    ).toEqual([]);
  });

  it("computes attendance as present over members listed", () => {
    const c = unitCadence(
      [
        meeting("2023-07-05", "THUONG_KY", "APPROVED", { present: 7, total: 8 }),
        meeting("2023-08-04", "THUONG_KY", "APPROVED", { present: 8, total: 8 }),
      ],
      makePeriod("quarter", 2023, 3),
      opts,
    );
    expect(c.attendanceRate).toBeCloseTo(15 / 16);
    expect(c.months.map((m) => [m.present, m.total])).toEqual([
      [7, 8],
      [8, 8],
      [0, 0],
    ]);
    expect(unitCadence([], makePeriod("quarter", 2023, 3), opts).attendanceRate).toBeNull();
  });
});
