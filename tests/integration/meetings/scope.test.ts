import { beforeAll, describe, expect, it } from "vitest";
import { getMeeting, listMeetings } from "@/features/meetings/data";
import { listUnits } from "@/features/units/data";
import { listMembers } from "@/features/members/data";
import { actorOf, meetingId, seeded } from "../../helpers/db";

const SCHOOL_CONF =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const KHOI_CONF = "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)";
const TCHC_JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const TCHC_AUG_DRAFT = "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023";
const DAOTAO = "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng";

beforeAll(async () => {
  await seeded();
});

async function titlesFor(username: string) {
  const list = await listMeetings(await actorOf(username), { pageSize: 100 });
  expect(list.total).toBe(list.items.length);
  return list.items.map((m) => m.title).sort();
}

describe("which meetings each demo account reads", () => {
  it("member: approved records of the own chi bộ and the đảng bộ above, nothing of siblings", async () => {
    expect(await titlesFor("dangvien")).toEqual([DAOTAO, SCHOOL_CONF].sort());
  });

  it("secretary: the own chi bộ's records including drafts, and approved records above", async () => {
    expect(await titlesFor("thuky")).toEqual([SCHOOL_CONF, TCHC_AUG_DRAFT, TCHC_JULY].sort());
  });

  it("admin: the whole tree, drafts included", async () => {
    expect(await titlesFor("admin")).toEqual([DAOTAO, KHOI_CONF, SCHOOL_CONF, TCHC_AUG_DRAFT, TCHC_JULY].sort());
  });

  it("lists newest first with paging", async () => {
    const admin = await actorOf("admin");
    const p1 = await listMeetings(admin, { page: 1, pageSize: 2 });
    const p2 = await listMeetings(admin, { page: 2, pageSize: 2 });
    expect(p1.total).toBe(5);
    expect(p1.items.map((m) => m.date)).toEqual(["2023-08-10", "2023-08-04"]);
    expect(p2.items.map((m) => m.date)).toEqual(["2023-07-26", "2023-07-05"]);
  });

  it("an out-of-scope record reads exactly like a missing one", async () => {
    const member = await actorOf("dangvien");
    expect(await getMeeting(member, await meetingId(TCHC_JULY))).toBeNull();
    expect(await getMeeting(member, await meetingId(TCHC_AUG_DRAFT))).toBeNull();
    expect(await getMeeting(member, await meetingId(KHOI_CONF))).toBeNull();
    expect(await getMeeting(member, "does-not-exist")).toBeNull();
    const secretary = await actorOf("thuky");
    expect(await getMeeting(secretary, await meetingId(DAOTAO))).toBeNull();
    expect((await getMeeting(secretary, await meetingId(TCHC_AUG_DRAFT)))?.status).toBe("DRAFT");
  });
});

describe("the record of the school's conference", () => {
  it("has the facts of the seed article, with computed counts and vote", async () => {
    const m = await getMeeting(await actorOf("dangvien"), await meetingId(SCHOOL_CONF));
    expect(m).not.toBeNull();
    if (!m) return;
    expect(m.status).toBe("APPROVED");
    expect(m.startsAt).toBe("2023-07-26T01:00:00.000Z");
    expect(m.unit.name).toBe("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên");
    expect(m.chair?.name).toBe("Trần Thanh Liêm");
    expect(m.reports[0]).toMatchObject({
      title: "Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023",
      presenter: { name: "Đào Hồng Ngọc" },
    });
    expect(m.speeches.filter((s) => s.kind === "THAM_LUAN").map((s) => s.unit?.name)).toEqual([
      "Chi bộ Tổ chức – Hành chính",
      "Chi bộ Quản lý học sinh, sinh viên",
      "Chi bộ Đào tạo",
    ]);
    expect(m.directives.map((d) => [d.kind, d.number, d.symbol, d.issuedOn, d.issuer])).toEqual([
      ["CHI_THI", "05", "CT/TW", "2016-05-15", "Bộ Chính trị"],
      ["DE_AN", "06", null, null, "Ủy ban Thường vụ Huyện ủy Khoái Châu"],
    ]);
    expect(m.attendance.summary).toEqual({
      total: 24,
      official: 21,
      probationary: 3,
      exempt: 1,
      present: 22,
      absentExcused: 2,
      absentUnexcused: 0,
      guests: 0,
    });
    expect(m.resolutions[0].vote).toMatchObject({ for: 19, eligible: 19, passed: true });
  });

  it("stores Vietnamese text in NFC", async () => {
    const m = await getMeeting(await actorOf("admin"), await meetingId(KHOI_CONF));
    const all = JSON.stringify(m);
    expect(all).toBe(all.normalize("NFC"));
    expect(m?.attendance.entries.find((e) => e.status === "GUEST")).toMatchObject({
      name: "Nguyễn Văn Phong",
      title: "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy",
    });
  });
});

describe("units and members in scope", () => {
  it("a member sees the own chi bộ and the đảng bộ above, in tree order", async () => {
    const units = await listUnits(await actorOf("dangvien"));
    expect(units.map((u) => u.name)).toEqual([
      "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên",
      "Chi bộ Đào tạo",
    ]);
  });

  it("admin sees both trees", async () => {
    const units = await listUnits(await actorOf("admin"));
    expect(units).toHaveLength(6);
    expect(units[0].depth).toBe(0);
  });

  it("the roster is the own chi bộ's, sorted by given name", async () => {
    const members = await listMembers(await actorOf("dangvien"));
    expect(new Set(members.map((m) => m.unit.name))).toEqual(new Set(["Chi bộ Đào tạo"]));
    expect(members.map((m) => m.givenName)).toEqual([
      "Hùng",
      "Huyền",
      "Nam",
      "Ngân",
      "Ngọc",
      "Phương",
      "Quyết",
      "Trường",
      "Yến",
    ]);
  });
});
