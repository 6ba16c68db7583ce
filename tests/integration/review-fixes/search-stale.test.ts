// Writes outside the meeting editor that change what a record's search text is made of (a member's
// or a unit's name, a merged directive, a new task) rebuild the search columns of those records.
import { beforeAll, describe, expect, it } from "vitest";
import { searchMeetings } from "@/server/search/meetings";
import { updateMember } from "@/features/members/mutations";
import { renameUnit } from "@/features/units/mutations";
import { createTask } from "@/features/tasks/mutations";
import { createTaskSchema } from "@/features/tasks/schema";
import { mergeDirectives } from "@/features/directives/mutations";
import { writeSearchColumns } from "@/server/search/reindex";
import { confirmRosterImport, previewRosterImport } from "@/features/members/roster-io/import";
import type { Actor } from "@/server/policy/policy";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const SCHOOL_MEETING =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const TCHC = "Chi bộ Tổ chức – Hành chính";

let admin: Actor;

beforeAll(async () => {
  await seeded();
  admin = await actorOf("admin");
});

const titlesFor = async (q: string) =>
  (await searchMeetings(admin, { q, pageSize: 100 })).items.map((i) => i.title).sort();

async function memberByName(familyName: string, middleName: string, givenName: string) {
  return testDb().member.findFirstOrThrow({ where: { familyName, middleName, givenName } });
}

describe("the search columns follow writes outside the editor", () => {
  it("a renamed chair is found under the new name (updateMember)", async () => {
    const m = await memberByName("Trần", "Thanh", "Liêm");
    const meeting = await testDb().meeting.findFirstOrThrow({
      where: { title: SCHOOL_MEETING },
      select: { chairMemberId: true },
    });
    expect(meeting.chairMemberId).toBe(m.id);
    expect(await titlesFor("Khuê")).toEqual([]);
    await updateMember(admin, {
      memberId: m.id,
      familyName: "Trần",
      middleName: "Thanh",
      givenName: "Khuê",
      gender: m.gender,
      birthDate: m.birthDate,
      admittedOn: m.admittedOn,
      officialOn: m.officialOn,
      category: m.category,
      partyCardNumber: m.partyCardNumber,
      positions: [],
    });
    expect(await titlesFor("Khuê")).toContain(SCHOOL_MEETING);
    expect(await testDb().meeting.count({ where: { searchVersion: 0 } })).toBe(0);
  });

  it("a renamed unit's meetings, and the meetings where it spoke, are found under the new name (renameUnit)", async () => {
    const id = await unitId(TCHC);
    const own = await testDb().meeting.findMany({
      where: { unitId: id, deletedAt: null, status: "APPROVED" },
      select: { title: true },
    });
    expect(own.length).toBeGreaterThan(0);
    expect(await titlesFor("Chi bộ Ngọc Trai")).toEqual([]);
    await renameUnit(admin, { unitId: id, name: "Chi bộ Ngọc Trai" });
    const found = await titlesFor("Ngọc Trai");
    expect(found).toEqual(expect.arrayContaining([...own.map((m) => m.title), SCHOOL_MEETING]));
    expect(await testDb().meeting.count({ where: { searchVersion: 0 } })).toBe(0);
  });

  it("a new task's title is found in its record (createTask)", async () => {
    const meeting = await testDb().meeting.findFirstOrThrow({ where: { title: SCHOOL_MEETING }, select: { id: true } });
    expect(await titlesFor("tổng kiểm kê thư viện")).toEqual([]);
    await createTask(
      admin,
      createTaskSchema.parse({
        meetingId: meeting.id,
        title: "Tổng kiểm kê thư viện nhà trường",
        ownerName: "Phòng Đào tạo",
      }),
    );
    expect(await titlesFor("tổng kiểm kê thư viện")).toEqual([SCHOOL_MEETING]);
  });

  it("a record citing a merged duplicate is found by the kept entry's fields (mergeDirectives)", async () => {
    const meeting = await testDb().meeting.findFirstOrThrow({ where: { title: SCHOOL_MEETING }, select: { id: true } });
    const dup = await testDb().directive.create({ data: { kind: "CHI_THI", number: "77", symbol: "CT/TU" } });
    const keep = await testDb().directive.create({
      data: {
        kind: "CHI_THI",
        number: "77",
        symbol: "CT/TU",
        subject: "về bảo vệ rừng đầu nguồn",
        issuer: "Tỉnh ủy Hưng Yên",
      },
    });
    await testDb().directiveCitation.create({
      data: { meetingId: meeting.id, directiveId: dup.id, position: 99, raw: "Chỉ thị 77" },
    });
    await writeSearchColumns(testDb(), meeting.id);
    expect(await titlesFor("rừng đầu nguồn")).toEqual([]);
    await mergeDirectives(admin, { duplicateId: dup.id, keepId: keep.id });
    expect(await titlesFor("rừng đầu nguồn")).toEqual([SCHOOL_MEETING]);
  });

  it("a member renamed by the roster import is found under the new name", async () => {
    // the secretary of the school's meeting, given a card number so the file matches her by it
    const found = await memberByName("Nguyễn", "Thị Thu", "Hà");
    const m = await testDb().member.update({ where: { id: found.id }, data: { partyCardNumber: "09876543" } });
    const unit = await testDb().unit.findUniqueOrThrow({ where: { id: m.unitId }, select: { name: true } });
    const table = [
      ["Họ", "Tên đệm", "Tên", "Ngày sinh", "Số thẻ đảng viên", "Chi bộ"],
      [
        "Nguyễn",
        "Thị Thu",
        "Thơm",
        m.birthDate ? m.birthDate.split("-").reverse().join("/") : "",
        m.partyCardNumber ?? "",
        unit.name,
      ],
    ];
    const preview = await previewRosterImport(admin, { table, defaultUnitId: null });
    expect(preview.rows[0]).toMatchObject({ action: "update", errors: [] });
    expect(await titlesFor("Thơm")).toEqual([]);
    await confirmRosterImport(admin, { table, defaultUnitId: null, fingerprint: preview.fingerprint });
    expect(await titlesFor("Thơm")).toContain(SCHOOL_MEETING);
  });
});
