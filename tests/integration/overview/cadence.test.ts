import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getOverview } from "@/features/overview/data";
import { overviewCsv, overviewXlsx } from "@/features/overview/export";
import { attachmentHeader } from "@/features/overview/table";
import { makePeriod } from "@/features/overview/rules";
import { fromVnDateTime } from "@/lib/vi/date";
import type { Actor } from "@/server/policy/policy";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";
const A = "Chi bộ Thử nghiệm A";
const B = "Chi bộ Thử nghiệm B";
const NOW = new Date("2025-01-10T03:00:00Z");
const pad = (n: number) => String(n).padStart(2, "0");

type Spec = {
  month: number;
  day: number;
  kind: "THUONG_KY" | "CHUYEN_DE";
  status?: "DRAFT" | "APPROVED";
  combined?: boolean;
  deleted?: boolean;
};

async function chiBo(name: string, parentName: string) {
  const parent = await testDb().unit.findFirstOrThrow({ where: { name: parentName } });
  const u = await testDb().unit.create({
    data: {
      name,
      nameFolded: name.toLowerCase(),
      kind: "CHI_BO",
      parentId: parent.id,
      path: `${parent.path}tmp-${name.length}-${Math.random()}/`,
      depth: parent.depth + 1,
    },
  });
  return testDb().unit.update({ where: { id: u.id }, data: { path: `${parent.path}${u.id}/` } });
}

/** A generated year of meetings: each with 10 members listed (8 present, 1 late, 1 excused) and a guest. */
async function generate(unit: { id: string }, specs: Spec[]) {
  for (const s of specs) {
    const status = s.status ?? "APPROVED";
    await testDb().meeting.create({
      data: {
        unitId: unit.id,
        kind: s.kind,
        title: `${s.kind} ${s.month}/2024`,
        startsAt: fromVnDateTime(`2024-${pad(s.month)}-${pad(s.day)}T14:00`)!,
        status,
        combined: s.combined ?? false,
        deletedAt: s.deleted ? new Date() : null,
        approvedAt: status === "APPROVED" ? new Date() : null,
        attendance: {
          create: [
            ...Array.from({ length: 8 }, (_, i) => ({
              name: `Đảng viên ${i + 1}`,
              status: "PRESENT" as const,
              position: i,
            })),
            { name: "Đảng viên 9", status: "LATE" as const, position: 8 },
            { name: "Đảng viên 10", status: "ABSENT_EXCUSED" as const, position: 9 },
            { name: "Khách mời", status: "GUEST" as const, position: 10 },
          ],
        },
      },
    });
  }
}

let admin: Actor;

beforeAll(async () => {
  await seeded();
  admin = await actorOf("admin");
  const a = await chiBo(A, SCHOOL);
  const b = await chiBo(B, SCHOOL);
  // A: regular every month except June (only a thematic meeting, not combined, and a deleted draft);
  // thematic in Q1–Q3, none in Q4; November's minutes still a draft.
  const aSpecs: Spec[] = [];
  for (let m = 1; m <= 12; m++) {
    if (m === 6) continue;
    aSpecs.push({ month: m, day: 5, kind: "THUONG_KY", status: m === 11 ? "DRAFT" : "APPROVED" });
  }
  aSpecs.push(
    { month: 2, day: 20, kind: "CHUYEN_DE" },
    { month: 6, day: 18, kind: "CHUYEN_DE" },
    { month: 8, day: 22, kind: "CHUYEN_DE" },
  );
  aSpecs.push({ month: 6, day: 4, kind: "THUONG_KY", status: "DRAFT", deleted: true });
  await generate(a, aSpecs);
  // B: a regular meeting every month; the last month of each quarter is a combined regular + thematic meeting.
  await generate(
    b,
    Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      day: 3,
      kind: (i + 1) % 3 === 0 ? "CHUYEN_DE" : "THUONG_KY",
      combined: (i + 1) % 3 === 0,
    })),
  );
});

function row(report: Awaited<ReturnType<typeof getOverview>>, name: string) {
  const r = report.rows.find((x) => x.unit.name === name);
  expect(r, name).toBeDefined();
  return r!;
}

describe("cadence over a generated year", () => {
  it("year view: missing regular month, thematic-only month, missing thematic quarter, stale draft, attendance", async () => {
    const report = await getOverview(admin, makePeriod("year", 2024), { staleDays: 7, now: NOW });
    const a = row(report, A);
    expect(a.applies).toBe(true);
    expect(a.cadence.months.map((m) => m.regular)).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "MISSING",
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "DRAFT",
      "APPROVED",
    ]);
    expect(a.cadence.months[5].thematicOnly).toBe(true);
    expect(a.cadence.quarters.map((q) => q.thematic)).toEqual(["APPROVED", "APPROVED", "APPROVED", "MISSING"]);
    expect(a.cadence).toMatchObject({ missingRegular: 1, missingThematic: 1, meetings: 14, behind: true });
    expect(a.cadence.staleDrafts.map((d) => d.date)).toEqual(["2024-11-05"]);
    expect(a.cadence.attendanceRate).toBeCloseTo(0.9);
    expect(a.cadence.present).toBe(14 * 9);
    expect(a.approved).toBe(13);
    expect(a.drafts).toBe(1);

    const b = row(report, B);
    expect(b.cadence.months.every((m) => m.regular === "APPROVED")).toBe(true);
    expect(b.cadence.quarters.every((q) => q.thematic === "APPROVED")).toBe(true);
    expect(b.cadence.behind).toBe(false);
    expect(b.cadence.reasons).toEqual([]);
  });

  it("month and quarter views: June of A misses its regular meeting while Q2 has its thematic one", async () => {
    const june = await getOverview(admin, makePeriod("month", 2024, 6), { staleDays: 7, now: NOW });
    const a = row(june, A);
    expect(a.cadence.months).toHaveLength(1);
    expect(a.cadence.months[0]).toMatchObject({
      month: "2024-06",
      regular: "MISSING",
      thematicOnly: true,
      meetings: 1,
    });
    expect(a.cadence.quarters).toEqual([{ quarter: "2024-Q2", thematic: "APPROVED" }]);
    expect(a.cadence.behind).toBe(true);
    const q1 = await getOverview(admin, makePeriod("quarter", 2024, 1), { staleDays: 7, now: NOW });
    expect(row(q1, A).cadence.behind).toBe(false);
    expect(q1.monthlyAttendance.map((m) => m.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
    // While the year is running, months to come are neither held nor missing.
    const running = await getOverview(admin, makePeriod("year", 2024), {
      staleDays: 7,
      now: new Date("2024-07-15T03:00:00Z"),
    });
    const ar = row(running, A);
    expect(ar.cadence.months[5].regular).toBe("MISSING");
    expect(ar.cadence.quarters.map((q) => q.thematic)).toEqual(["APPROVED", "APPROVED", "APPROVED", "FUTURE"]);
  });

  it("a longer grace period stops counting November's draft as late", async () => {
    const report = await getOverview(admin, makePeriod("month", 2024, 11), { staleDays: 90, now: NOW });
    expect(row(report, A).cadence.staleDrafts).toEqual([]);
    expect(row(report, A).cadence.months[0].regular).toBe("DRAFT");
  });
});

describe("scope and export", () => {
  it("only admins see the overview, and only of their subtree", async () => {
    await expect(
      getOverview(await actorOf("thuky"), makePeriod("year", 2024), { staleDays: 7, now: NOW }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getOverview(await actorOf("dangvien"), makePeriod("year", 2024), { staleDays: 7, now: NOW }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const school = await testDb().unit.findFirstOrThrow({ where: { name: SCHOOL } });
    const schoolAdmin: Actor = {
      userId: "x",
      username: "x",
      displayName: "x",
      memberId: null,
      grants: [{ role: "ADMIN", unitId: school.id, unitPath: school.path }],
    };
    const names = (await getOverview(schoolAdmin, makePeriod("year", 2024), { staleDays: 7, now: NOW })).rows.map(
      (r) => r.unit.name,
    );
    expect(names).toContain(A);
    expect(names).not.toContain(KHOI);
    expect(names).not.toContain("Chi bộ Cơ quan Đảng ủy Khối");
    expect(names[0]).toBe(SCHOOL);
    expect(await unitId(KHOI)).toBeTruthy();
  });

  it("exports CSV (BOM, quoted cells) and XLSX with the same table, under an RFC 5987 Vietnamese file name", async () => {
    const report = await getOverview(admin, makePeriod("quarter", 2024, 2), { staleDays: 7, now: NOW });
    const csv = overviewCsv(report);
    expect(csv.startsWith("\uFEFFTổ chức Đảng,Loại,Thường kỳ tháng 4/2024")).toBe(true);
    const line = csv.split("\r\n").find((l) => l.startsWith(A))!;
    expect(line).toContain("Thiếu");
    expect(line).toContain(",Có,");
    expect(line).toContain("90%");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await overviewXlsx(report)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Tổng quan")!;
    expect(String(ws.getCell("A1").value)).toContain("quý II/2024");
    expect(ws.getRow(3).getCell(1).value).toBe("Tổ chức Đảng");
    const values: string[] = [];
    ws.eachRow((r) => values.push(String(r.getCell(1).value)));
    expect(values).toContain(A);
    expect(attachmentHeader("Tổng quan sinh hoạt quý II-2024.xlsx", "tong-quan-2024-Q2.xlsx")).toBe(
      "attachment; filename=\"tong-quan-2024-Q2.xlsx\"; filename*=UTF-8''T%E1%BB%95ng%20quan%20sinh%20ho%E1%BA%A1t%20qu%C3%BD%20II-2024.xlsx",
    );
  });
});
