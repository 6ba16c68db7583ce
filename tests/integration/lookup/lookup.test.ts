// The lookup routes behind every chooser (/api/v1/lookup/members|units|directives): parameters,
// answer shape, Vietnamese folding, and scope — each chooser offers exactly what its page could show.
import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler, parseQuery } from "@/server/api";
import type { Actor } from "@/server/policy/policy";
import { listMembers } from "@/features/members/data";
import { listUnits } from "@/features/units/data";
import { lookupMembers, memberLookupQuerySchema, memberOptions } from "@/features/members/lookup";
import { lookupUnits, unitLookupQuerySchema, unitOptions } from "@/features/units/lookup";
import { directiveLookupQuerySchema, lookupDirectives } from "@/features/directives/lookup";
import { compareByGivenName, splitFullName } from "@/lib/vi/names";
import { foldForSearch } from "@/lib/vi/normalize";
import { actorOf, meetingId, seeded, testDb, unitId } from "../../helpers/db";
import { DAOTAO, KHOI, KHOI_CB, QLSV, SCHOOL, TCHC, grantActor } from "../../helpers/roster";

const TCHC_JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const DAOTAO_MEETING = "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng";

type Kind = "members" | "units" | "directives";
const run = {
  members: (a: Actor, p: URLSearchParams) => lookupMembers(a, parseQuery(memberLookupQuerySchema, p)),
  units: (a: Actor, p: URLSearchParams) => lookupUnits(a, parseQuery(unitLookupQuerySchema, p)),
  directives: (a: Actor, p: URLSearchParams) => lookupDirectives(a, parseQuery(directiveLookupQuerySchema, p)),
};

/** What the route answers: the same parse → lookup → JSON as its handler, with the status. */
async function call(kind: Kind, actor: Actor, query: string) {
  const res = await apiHandler(async () => Response.json(await run[kind](actor, new URLSearchParams(query))))();
  return { status: res.status, body: await res.json() };
}

async function labels(kind: Kind, actor: Actor, query: string): Promise<string[]> {
  const r = await call(kind, actor, query);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items.map((i: { label: string }) => i.label);
}

let admin: Actor;
let secretary: Actor;
let member: Actor;
let schoolAdmin: Actor;
let khoiAdmin: Actor;
let khoiSecretary: Actor;

beforeAll(async () => {
  await seeded();
  admin = await actorOf("admin");
  secretary = await actorOf("thuky");
  member = await actorOf("dangvien");
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  khoiAdmin = await grantActor("qt_khoi", "ADMIN", KHOI);
  khoiSecretary = await grantActor("tk_khoi", "SECRETARY", KHOI_CB);
});

describe("parameters", () => {
  it("a bad parameter is a 400 whose error names it, on each route", async () => {
    const cases: Array<[Kind, string, string]> = [
      ["members", "limit=0", "limit"],
      ["members", "limit=51", "limit"],
      ["members", "limit=abc", "limit"],
      ["members", "limit=2.5", "limit"],
      ["members", "for=everyone", "for"],
      ["members", `q=${"a".repeat(101)}`, "q"],
      ["members", "for=meeting", "meetingId"],
      ["members", "for=attendance&meetingId=", "meetingId"],
      ["members", "for=roster&meetingId=abc", "meetingId"],
      ["units", "for=all", "for"],
      ["units", "limit=-1", "limit"],
      ["units", "for=task", "meetingId"],
      ["directives", "limit=1000", "limit"],
      ["directives", `q=${"x".repeat(101)}`, "q"],
    ];
    for (const [kind, query, field] of cases) {
      const r = await call(kind, admin, query);
      expect(r.status, `${kind}?${query}`).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION");
      expect(Object.keys(r.body.error.fields), `${kind}?${query}`).toEqual([field]);
      expect(r.body.error.message).toContain(field);
      expect(r.body.error.fields[field][0]).toMatch(/[ảạáàãăâđêôơư]/i); // a Vietnamese message
    }
  });

  it("answers { items: [{ id, label, detail }], total, limit }, at most `limit` items, 20 by default", async () => {
    const r = await call("members", admin, "");
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(["items", "limit", "total"]);
    expect(r.body.limit).toBe(20);
    expect(r.body.items).toHaveLength(20);
    expect(r.body.total).toBe(await testDb().member.count());
    for (const item of r.body.items) {
      expect(Object.keys(item).sort()).toEqual(["detail", "id", "label", "title"]);
      expect(typeof item.id).toBe("string");
    }
    const three = await call("members", admin, "limit=3");
    expect(three.body.items).toHaveLength(3);
    expect(three.body.total).toBe(r.body.total);
    const units = await call("units", admin, "limit=2");
    expect(units.body.items).toHaveLength(2);
    expect(Object.keys(units.body.items[0])).toEqual(expect.arrayContaining(["id", "label"]));
  });
});

describe("members: folding and matching", () => {
  it("ignores diacritics, case and đ/Đ; every typed word begins a word of the name", async () => {
    const expected = ["Nguyễn Thị Thu Hà"];
    for (const q of [
      "nguyen thi thu ha",
      "NGUYỄN THỊ THU HÀ",
      "Nguyen Thi Thu H",
      "nguyễn   thị thu hà",
      "thu ha nguyen",
    ])
      expect(await labels("members", admin, `q=${encodeURIComponent(q)}`), q).toEqual(expected);
    expect(await labels("members", admin, "q=van%20th")).toEqual(["Lê Văn Thắng"]);
    // words in any order, each the start of a word: both Thu
    expect(await labels("members", admin, "q=nguyen%20thi%20thu")).toEqual([
      "Nguyễn Thị Thu Hà",
      "Nguyễn Thị Minh Thu",
    ]);
    expect(await labels("members", admin, `q=${encodeURIComponent("đào")}`)).toEqual(["Đào Hồng Ngọc"]);
    expect(await labels("members", admin, "q=dao")).toEqual(["Đào Hồng Ngọc"]);
    expect(await labels("members", admin, `q=${encodeURIComponent("ĐẶNG")}`)).toEqual(["Đặng Quang Mến"]);
    // a word's inside is not a match: "uyet" is in "quyet" but begins no word
    expect(await labels("members", admin, "q=uyet")).toEqual([]);
    // NFD input (as some keyboards send it) folds the same
    expect(await labels("members", admin, `q=${encodeURIComponent("Hùng".normalize("NFD"))}`)).toEqual([
      "Phạm Văn Hùng",
    ]);
  });

  it("lists by given name, as Vietnamese rosters do, with position and unit to tell namesakes apart", async () => {
    const r = await call("members", admin, "limit=50");
    const names = r.body.items.map((i: { label: string }) => splitFullName(i.label));
    expect(names).toEqual([...names].sort(compareByGivenName));
    const thang = r.body.items.find((i: { label: string }) => i.label === "Lê Văn Thắng");
    expect(thang).toMatchObject({
      title: "Bí thư Chi bộ, Trưởng phòng Tổ chức – Hành chính",
      detail: `Bí thư Chi bộ, Trưởng phòng Tổ chức – Hành chính · ${TCHC}`,
    });
  });
});

describe("members: scope, exactly as the pages", () => {
  it("for=roster offers the members the roster page lists (member.read), to every role", async () => {
    for (const actor of [admin, secretary, member, schoolAdmin, khoiAdmin, khoiSecretary]) {
      const page = await listMembers(actor);
      const r = await call("members", actor, "limit=50");
      expect(r.body.total, actor.username).toBe(page.length);
      expect(new Set(r.body.items.map((i: { id: string }) => i.id))).toEqual(new Set(page.map((m) => m.id)));
    }
  });

  it("an out-of-scope member never appears, whatever is typed", async () => {
    // dangvien reads Chi bộ Đào tạo's roster only
    expect(await labels("members", member, "q=le%20van%20thang")).toEqual([]);
    expect(await labels("members", member, "q=hoang%20anh")).toEqual([]);
    expect(await labels("members", member, "q=pham%20van")).toEqual(["Phạm Văn Hùng"]);
    expect(await labels("members", khoiAdmin, "q=nguyen")).toEqual(["Nguyễn Thị Minh Thu"]);
    const outside = await testDb().member.findFirstOrThrow({ where: { nameFolded: "le van thang" } });
    expect(await memberOptions(member, [outside.id], "roster")).toEqual([]);
    expect((await memberOptions(admin, [outside.id], "roster")).map((o) => o.label)).toEqual(["Lê Văn Thắng"]);
  });

  it("for=account offers members without an account, in the admin's subtree only", async () => {
    const schoolLinked = await labels("members", schoolAdmin, "for=account&limit=50");
    expect(schoolLinked).not.toContain("Nguyễn Thị Thu Hà"); // thuky's member
    expect(schoolLinked).not.toContain("Phạm Văn Hùng"); // dangvien's member
    expect(schoolLinked).toContain("Lê Văn Thắng");
    expect(schoolLinked).not.toContain("Hoàng Anh Tuấn"); // Khối
    expect(schoolLinked).toHaveLength(24 - 2);
    expect(await labels("members", khoiAdmin, "for=account&limit=50")).toHaveLength(5);
    for (const actor of [secretary, member]) {
      const r = await call("members", actor, "for=account");
      expect(r.body).toMatchObject({ items: [], total: 0 });
    }
  });

  it("for=meeting offers the meeting unit's members, those below and above; for=attendance the unit and below", async () => {
    const july = await meetingId(TCHC_JULY);
    const school = await unitId(SCHOOL);
    // a member directly in the đảng bộ (above the chi bộ) may chair a chi bộ meeting, not attend as roster
    await testDb().member.create({
      data: { unitId: school, familyName: "Lý", middleName: "Thường", givenName: "Kiệt", nameFolded: "ly thuong kiet" },
    });
    const chooser = await labels("members", secretary, `for=meeting&meetingId=${july}&limit=50`);
    expect(chooser).toContain("Lê Văn Thắng");
    expect(chooser).toContain("Lý Thường Kiệt");
    expect(chooser).not.toContain("Ngô Văn Hải"); // sibling chi bộ
    expect(chooser).toHaveLength(8 + 1);
    const roster = await labels("members", secretary, `for=attendance&meetingId=${july}&limit=50`);
    expect(roster).toHaveLength(8);
    expect(roster).not.toContain("Lý Thường Kiệt");
    await testDb().member.deleteMany({ where: { nameFolded: "ly thuong kiet" } });
  });

  it("a meeting the actor may not edit is not found, exactly like a meeting that does not exist", async () => {
    const july = await meetingId(TCHC_JULY);
    const daotao = await meetingId(DAOTAO_MEETING);
    const missing = await call("members", secretary, "for=meeting&meetingId=no-such-meeting");
    expect(missing.status).toBe(404);
    expect(missing.body.error.fields).toEqual({ meetingId: ["Không tìm thấy biên bản."] });
    for (const [actor, id, kind] of [
      [secretary, daotao, "meeting"], // another chi bộ's record
      [member, july, "meeting"], // a member edits nothing
      [member, daotao, "attendance"],
      [member, daotao, "task"], // a member gives no tasks
      [khoiAdmin, july, "task"], // another đảng bộ
      [khoiSecretary, july, "attendance"],
    ] as const) {
      const r = await call("members", actor, `for=${kind}&meetingId=${id}`);
      expect(r, `${actor.username} ${kind}`).toEqual(missing);
    }
    const units = await call("units", member, `for=meeting&meetingId=${daotao}`);
    expect(units).toEqual(await call("units", member, "for=meeting&meetingId=no-such-meeting"));
    expect(units.status).toBe(404);
  });

  it("for=task offers the members of the meeting's unit and below, to whoever may give its tasks", async () => {
    const july = await meetingId(TCHC_JULY);
    expect(await labels("members", secretary, `for=task&meetingId=${july}&limit=50`)).toHaveLength(8);
    const conference = await meetingId(
      "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
    );
    expect(await labels("members", schoolAdmin, `for=task&meetingId=${conference}&limit=50`)).toHaveLength(24);
  });
});

describe("units", () => {
  it("for=read offers the units the pages list (unit.read), to every role; never a sibling chi bộ", async () => {
    for (const actor of [admin, secretary, member, schoolAdmin, khoiAdmin, khoiSecretary]) {
      const page = await listUnits(actor);
      const r = await call("units", actor, "limit=50");
      expect(r.body.total, actor.username).toBe(page.length);
      expect(new Set(r.body.items.map((i: { id: string }) => i.id))).toEqual(new Set(page.map((u) => u.id)));
    }
    expect(await labels("units", member, "limit=50")).toEqual([SCHOOL, DAOTAO]);
    expect(await labels("units", member, "q=quan%20ly")).toEqual([]);
  });

  it("folds the query, puts higher levels first and names the parent", async () => {
    expect(await labels("units", admin, `q=${encodeURIComponent("ĐÀO TẠO")}`)).toEqual([DAOTAO]);
    expect(await labels("units", admin, "q=chi%20bo%20to%20chuc")).toEqual([TCHC]);
    const all = await call("units", admin, "limit=50");
    expect(
      all.body.items
        .slice(0, 2)
        .map((i: { label: string }) => i.label)
        .sort(),
    ).toEqual([KHOI, SCHOOL].sort());
    expect(all.body.items.find((i: { label: string }) => i.label === QLSV).detail).toBe(`thuộc ${SCHOOL}`);
  });

  it("choosers that write (grants, roster) leave closed units out; filters keep them, marked", async () => {
    const closed = await testDb().unit.update({
      where: { id: await unitId(QLSV) },
      data: { closedAt: new Date("2024-01-01T00:00:00Z") },
    });
    try {
      expect(await labels("units", schoolAdmin, "for=account&limit=50")).not.toContain(QLSV);
      expect(await labels("units", schoolAdmin, "for=manage&limit=50")).not.toContain(QLSV);
      const read = await call("units", schoolAdmin, "q=quan%20ly");
      expect(read.body.items).toEqual([{ id: closed.id, label: QLSV, detail: `thuộc ${SCHOOL} · đã giải thể` }]);
    } finally {
      await testDb().unit.update({ where: { id: closed.id }, data: { closedAt: null } });
    }
  });

  it("scopes by role: account and manage for admins only, tasks by task.read, meeting units with the ancestors", async () => {
    expect(await labels("units", secretary, "for=account")).toEqual([]);
    expect(await labels("units", member, "for=manage")).toEqual([]);
    expect(await labels("units", khoiAdmin, "for=manage&limit=50")).toEqual([KHOI, KHOI_CB]);
    expect(await labels("units", secretary, "for=tasks&limit=50")).toEqual([TCHC]);
    expect(await labels("units", secretary, "for=audit")).toEqual([]);
    const july = await meetingId(TCHC_JULY);
    expect(await labels("units", secretary, `for=meeting&meetingId=${july}&limit=50`)).toEqual([SCHOOL, TCHC]);
    expect(await labels("units", secretary, `for=task&meetingId=${july}&limit=50`)).toEqual([TCHC]);
    expect(await unitOptions(member, [await unitId(QLSV)], "read")).toEqual([]);
  });
});

describe("directives", () => {
  it("finds registry entries by any usual form of the reference and by words, newest first", async () => {
    const ct05 = await testDb().directive.findFirstOrThrow({
      where: { kind: "CHI_THI", number: "05", mergedIntoId: null },
      select: { id: true },
    });
    for (const q of ["05-CT/TW", "chỉ thị 05", "chi thi 05", "ct05", "CT 05"]) {
      const r = await call("directives", member, `q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(
        r.body.items.map((i: { id: string }) => i.id),
        q,
      ).toContain(ct05.id);
      expect(r.body.total, q).toBe(r.body.items.length);
    }
    const all = await call("directives", member, "limit=50");
    expect(all.body.total).toBe(await testDb().directive.count({ where: { mergedIntoId: null } }));
    const dates = all.body.items.map((i: { id: string }) => i.id);
    const issued = await testDb().directive.findMany({
      where: { id: { in: dates } },
      select: { id: true, issuedOn: true },
    });
    const byId = new Map(issued.map((d) => [d.id, d.issuedOn ?? ""]));
    const order = dates.map((id: string) => byId.get(id) ?? "");
    expect(order).toEqual([...order].sort().reverse());
  });

  it("leaves merged duplicates out", async () => {
    const [keep, dup] = await testDb().directive.findMany({ take: 2, orderBy: { id: "asc" } });
    await testDb().directive.update({ where: { id: dup.id }, data: { mergedIntoId: keep.id } });
    try {
      const r = await call("directives", admin, "limit=50");
      expect(r.body.items.map((i: { id: string }) => i.id)).not.toContain(dup.id);
    } finally {
      await testDb().directive.update({ where: { id: dup.id }, data: { mergedIntoId: null } });
    }
  });
});

describe("a đảng bộ of 6,000 members", () => {
  it("answers 20 options and the count, the right person among thousands of namesakes", async () => {
    const unit = await unitId(DAOTAO);
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    const middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Xuân", "Thu"];
    const given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Linh", "Mạnh", "Nga"];
    const rows = [];
    for (let i = 0; i < 6000; i++) {
      const [f, m, g] = [family[i % 10], middle[Math.floor(i / 10) % 10], given[Math.floor(i / 100) % 10]];
      const name = `${f} ${m} ${g}`;
      rows.push({ unitId: unit, familyName: f, middleName: m, givenName: g, nameFolded: foldForSearch(name) });
    }
    rows[4321] = {
      ...rows[4321],
      familyName: "Lê",
      middleName: "Khắc",
      givenName: "Duẩn",
      nameFolded: foldForSearch("Lê Khắc Duẩn"),
    };
    await testDb().member.createMany({ data: rows });
    try {
      const everyone = await call("members", admin, "");
      expect(everyone.body.items).toHaveLength(20);
      expect(everyone.body.total).toBeGreaterThan(6000);
      const one = await call("members", member, `q=${encodeURIComponent("khac duan")}`);
      expect(one.body).toMatchObject({ total: 1, items: [{ label: "Lê Khắc Duẩn", detail: DAOTAO }] });
      const an = await call("members", member, "q=nguyen%20van%20an");
      expect(an.body.total).toBe(6); // every 1,000th generated name
      expect(an.body.items.every((i: { label: string }) => i.label === "Nguyễn Văn An")).toBe(true);
    } finally {
      await testDb().member.deleteMany({ where: { unitId: unit, memberships: { none: {} } } });
    }
  });
});
