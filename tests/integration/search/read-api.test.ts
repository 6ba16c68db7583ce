// The read API's contracts that do not need HTTP: parameters, errors, directive with meetings, a person's record.
import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler, parseQuery } from "@/server/api";
import { meetingListQuerySchema } from "@/features/meetings/api-query";
import { directiveWithMeetings, pageQuerySchema } from "@/features/directives/api";
import { searchMeetings } from "@/server/search/meetings";
import { getMemberRecord } from "@/features/members/record";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

beforeAll(async () => {
  await seeded();
});

async function status(fn: () => Promise<unknown>) {
  const res = await apiHandler(async () => {
    await fn();
    return new Response("{}");
  })();
  return { status: res.status, body: await res.json() };
}

describe("GET /api/v1/meetings parameters", () => {
  it("a bad parameter is a 400 whose error names it", async () => {
    for (const [query, field] of [
      ["kind=BAD", "kind"],
      ["page=0", "page"],
      ["from=2023-13-01", "from"],
      ["pageSize=500", "pageSize"],
      ["from=2023-09-01&to=2023-08-01", "to"],
    ] as const) {
      const r = await status(async () => parseQuery(meetingListQuerySchema, new URLSearchParams(query)));
      expect(r.status, query).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION");
      expect(Object.keys(r.body.error.fields)).toEqual([field]);
      expect(r.body.error.message).toContain(field);
    }
  });

  it("a unit out of scope is a 404 naming the unit, exactly like a unit that does not exist", async () => {
    const member = await actorOf("dangvien");
    const siblingId = await unitId("Chi bộ Quản lý học sinh, sinh viên");
    const sibling = await status(() => searchMeetings(member, { unitId: siblingId }));
    const missing = await status(() => searchMeetings(member, { unitId: "no-such-unit" }));
    expect(sibling).toEqual(missing);
    expect(sibling.status).toBe(404);
    expect(sibling.body.error.fields).toEqual({ unit: ["Không tìm thấy tổ chức Đảng."] });
  });

  it("search items carry id, title, kind, date, status, unit { id, name } and a snippet", async () => {
    const r = await searchMeetings(await actorOf("admin"), { q: "05-CT/TW", pageSize: 5 });
    expect(r).toMatchObject({ page: 1, pageSize: 5 });
    for (const item of r.items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining(["id", "title", "kind", "date", "status", "unit", "snippet", "highlights"]),
      );
      expect(Object.keys(item.unit).sort()).toEqual(["id", "name"]);
      expect(item.snippet!.length).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/v1/directives/{id}", () => {
  it("returns the entry with the meetings citing it that the caller may read", async () => {
    const ct05 = await testDb().directive.findFirstOrThrow({
      where: { kind: "CHI_THI", number: "05", mergedIntoId: null },
      select: { id: true },
    });
    const q = pageQuerySchema.parse({});
    const forAdmin = await directiveWithMeetings(await actorOf("admin"), ct05.id, q);
    const forMember = await directiveWithMeetings(await actorOf("dangvien"), ct05.id, q);
    expect(forAdmin).toMatchObject({
      id: ct05.id,
      kind: "CHI_THI",
      number: "05",
      symbol: "CT/TW",
      label: expect.stringContaining("05-CT/TW"),
    });
    expect(forAdmin.meetings.total).toBeGreaterThan(forMember.meetings.total);
    expect(forMember.meetings.total).toBe(forMember.meetings.items.length);
    const memberVisible = new Set(
      (await searchMeetings(await actorOf("dangvien"), { pageSize: 100 })).items.map((i) => i.id),
    );
    for (const m of forMember.meetings.items) expect(memberVisible.has(m.id)).toBe(true);
    const admin = await actorOf("admin");
    expect((await status(() => directiveWithMeetings(admin, "no-such", q))).status).toBe(404);
  });
});

describe("a person's record", () => {
  it("meetings attended, reports, speeches and the attendance rate, from readable approved records", async () => {
    const quyet = await testDb().member.findFirstOrThrow({
      where: { nameFolded: "nguyen van quyet" },
      select: { id: true },
    });
    const r = (await getMemberRecord(await actorOf("admin"), quyet.id))!;
    expect(r.member.fullName).toBe("Nguyễn Văn Quyết");
    expect(r.attendance.items.length).toBeGreaterThan(0);
    expect(r.attendance.total).toBe(r.attendance.items.length);
    expect(r.attendance.rate).not.toBeNull();
    expect(r.attendance.rate).toBeCloseTo(
      r.attendance.attended / (r.attendance.attended + r.attendance.absentExcused + r.attendance.absentUnexcused),
    );
    expect(r.years).toContain(2023);
    const none = (await getMemberRecord(await actorOf("admin"), quyet.id, { from: "2030-01-01", to: "2030-12-31" }))!;
    expect(none.attendance).toMatchObject({ items: [], total: 0, attended: 0, rate: null });
  });

  it("is not found for a reader outside the member's roster scope", async () => {
    const quyet = await testDb().member.findFirstOrThrow({
      where: { nameFolded: "nguyen van quyet" },
      select: { id: true },
    });
    expect(await getMemberRecord(await actorOf("dangvien"), quyet.id)).not.toBeNull(); // same chi bộ
    expect(await getMemberRecord(await actorOf("thuky"), quyet.id)).toBeNull(); // another chi bộ
    expect(await getMemberRecord(await actorOf("admin"), "no-such-member")).toBeNull();
  });
});
