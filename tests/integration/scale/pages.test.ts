// The person and directive pages at the size of a large archive: lists come a page at a time with
// the totals of the whole list, and a document cited by more than ten thousand records still opens
// (the citing meetings are read through a subquery, never as a list of ids bound as parameters).
import { beforeAll, describe, expect, it } from "vitest";
import { getDirective, TIMELINE_PAGE_SIZE } from "@/features/directives/data";
import { directiveWithMeetings } from "@/features/directives/api";
import { getMemberRecord, memberYears, RECORD_PAGE_SIZE } from "@/features/members/record";
import { searchMeetings, TOTAL_CAP } from "@/server/search/meetings";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const MANY = 12_000;
const YEAR = 2019;

let ct05: string;
let quyet: string;

async function bulkMeetings(n: number, unit: string, prefix: string) {
  const at = (i: number) => new Date(Date.UTC(YEAR, 0, 1, 1) + i * 3_600_000);
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(6, "0")}`,
    unitId: unit,
    kind: "THUONG_KY" as const,
    title: `Sinh hoạt ${prefix} ${i}`,
    status: "APPROVED" as const,
    startsAt: at(i),
  }));
  for (let i = 0; i < rows.length; i += 2000) await testDb().meeting.createMany({ data: rows.slice(i, i + 2000) });
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  const db = await seeded();
  ct05 = (await db.directive.findFirstOrThrow({ where: { number: "05", symbol: "CT/TW" }, select: { id: true } })).id;
  quyet = (await db.member.findFirstOrThrow({ where: { nameFolded: "nguyen van quyet" }, select: { id: true } })).id;
  const daoTao = await unitId("Chi bộ Đào tạo");
  const cited = await bulkMeetings(MANY, daoTao, "bulkc");
  for (let i = 0; i < cited.length; i += 2000)
    await db.directiveCitation.createMany({
      data: cited.slice(i, i + 2000).map((meetingId) => ({ meetingId, directiveId: ct05, raw: "Chỉ thị 05-CT/TW" })),
    });
  const attended = await bulkMeetings(130, daoTao, "bulka");
  await db.attendance.createMany({
    data: attended.map((meetingId, i) => ({
      meetingId,
      memberId: quyet,
      name: "Nguyễn Văn Quyết",
      status: i % 10 === 0 ? ("ABSENT_EXCUSED" as const) : ("PRESENT" as const),
    })),
  });
  await db.speech.createMany({
    data: attended.slice(0, 60).map((meetingId) => ({ meetingId, kind: "Y_KIEN" as const, speakerMemberId: quyet })),
  });
  await db.meeting.updateMany({ where: { id: { in: attended.slice(0, 55) } }, data: { chairMemberId: quyet } });
}, 180_000);

describe("a directive cited by more than ten thousand records", () => {
  it("opens with SQL counts and one page of the timeline", async () => {
    const d = (await getDirective(await actorOf("admin"), ct05))!;
    expect(d.counts.meetings).toBeGreaterThan(MANY);
    expect(d.page).toBe(1);
    expect(d.timeline.filter((t) => t.type === "meeting")).toHaveLength(TIMELINE_PAGE_SIZE);
    const dates = d.timeline.map((t) => t.date ?? "9999");
    expect([...dates].sort()).toEqual(dates);
  });

  it("pages through the citing meetings without repeating or skipping one", async () => {
    const admin = await actorOf("admin");
    const total = (await getDirective(admin, ct05))!.counts.meetings;
    const last = Math.ceil(total / TIMELINE_PAGE_SIZE);
    const p2 = (await getDirective(admin, ct05, { page: 2 }))!;
    const p1 = (await getDirective(admin, ct05, { page: 1 }))!;
    const ids = (x: typeof p1) => x.timeline.filter((t) => t.type === "meeting").map((t) => t.id);
    expect(new Set([...ids(p1), ...ids(p2)]).size).toBe(2 * TIMELINE_PAGE_SIZE);
    const end = (await getDirective(admin, ct05, { page: last + 5 }))!;
    expect(end.page).toBe(last);
    expect(ids(end)).toHaveLength(total - (last - 1) * TIMELINE_PAGE_SIZE);
  });

  it("answers the read API with the counts and a page of meetings", async () => {
    const r = await directiveWithMeetings(await actorOf("admin"), ct05, { page: 3, pageSize: 20 });
    expect(r.counts.meetings).toBeGreaterThan(MANY);
    expect(r.meetings.items).toHaveLength(20);
  });
});

describe("search totals", () => {
  it("stop counting past the cap and say so, while paging goes on", async () => {
    const admin = await actorOf("admin");
    for (const filter of [{ directiveId: ct05 }, { q: "ct05" }, {}]) {
      const r = await searchMeetings(admin, { ...filter, pageSize: 20 });
      expect(r).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
      expect(r.items).toHaveLength(20);
      const far = await searchMeetings(admin, { ...filter, pageSize: 20, page: 60 });
      expect(far.items).toHaveLength(20);
    }
  });

  it("are exact below the cap", async () => {
    const r = await searchMeetings(await actorOf("thuky"), { q: "ct05" }); // another chi bộ than the bulk records
    expect(r.totalCapped).toBe(false);
    expect(r.total).toBeGreaterThan(0);
    expect(r.total).toBe(r.items.length);
  });
});

describe("a long-serving member's page", () => {
  it("shows each list a page at a time, with totals and figures over the whole period", async () => {
    const admin = await actorOf("admin");
    const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    const r = (await getMemberRecord(admin, quyet, period))!;
    expect(r.attendance.total).toBe(130);
    expect(r.attendance.items).toHaveLength(RECORD_PAGE_SIZE);
    expect(r.attendance).toMatchObject({ attended: 117, absentExcused: 13, absentUnexcused: 0 });
    expect(r.attendance.rate).toBeCloseTo(117 / 130);
    expect(r.speeches.total).toBe(60);
    expect(r.speeches.items).toHaveLength(RECORD_PAGE_SIZE);
    expect(r.roles.total).toBe(55);
    expect(r.roles.items.every((x) => x.roles.includes("CHAIR"))).toBe(true);
    const dates = r.attendance.items.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);

    const third = (await getMemberRecord(admin, quyet, period, { attendance: 3, speeches: 2, roles: 2 }))!;
    expect(third.attendance.items).toHaveLength(130 - 2 * RECORD_PAGE_SIZE);
    expect(third.speeches.items).toHaveLength(10);
    expect(third.roles.items).toHaveLength(5);
    const seen = new Set<string>();
    for (const page of [1, 2, 3]) {
      const p = (await getMemberRecord(admin, quyet, period, { attendance: page }))!;
      for (const e of p.attendance.items) seen.add(e.meetingId);
    }
    expect(seen.size).toBe(130);
  });

  it("lists the years with records, newest first", async () => {
    const years = await memberYears(await actorOf("admin"), quyet);
    expect(years).toContain(YEAR);
    expect(years).toContain(2023);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });
});
