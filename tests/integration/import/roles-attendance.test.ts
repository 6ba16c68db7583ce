// An imported text gives a draft whose roster is pre-filled like a new draft's, whose chair and
// presenter are never guests (even off the roster), whose guests are guests; counts-only attendance
// is said so. Texts of our own writing.
import { beforeAll, describe, expect, it } from "vitest";
import { createDraftFromImport, NO_TIME_WARNING } from "@/features/import/to-draft";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const UNIT = "Chi bộ Đào tạo";

// The chair and presenter is on the roster; the guest is not.
const ON_ROSTER = `Chiều ngày 12/6/2024, Chi bộ Đào tạo tổ chức sinh hoạt thường kỳ tháng 6 tại phòng họp số 2.
Đồng chí Nguyễn Văn Quyết – Bí thư Chi bộ chủ trì và trình bày báo cáo kết quả công tác tháng 5.
Dự và chỉ đạo buổi sinh hoạt có đồng chí Lý Thanh Bình – Đảng ủy viên, phụ trách khối phòng ban.
Có mặt 9/11 đảng viên.`;

// The chair is not on the roster (the secretary typed the name differently): still not a guest.
const OFF_ROSTER = `Sinh hoạt chi bộ tháng 7

Vào lúc 14 giờ 30 phút, ngày 10/7/2024, Chi bộ Đào tạo họp thường kỳ.
Chủ trì: đồng chí Hồ Sĩ Long – Bí thư Chi bộ. Thư ký: đồng chí Trần Thị Phương.
Đại biểu: đồng chí Vương Minh Hải – cán bộ Văn phòng Đảng ủy.`;

beforeAll(async () => {
  await seeded();
});

async function roster() {
  const unit = await testDb().unit.findFirstOrThrow({ where: { name: UNIT } });
  return testDb().member.findMany({
    where: { unit: { path: { startsWith: unit.path } }, status: { notIn: ["TRANSFERRED_OUT"] } },
    select: { id: true },
  });
}

describe("roles and attendance of an imported draft", () => {
  it("keeps the chair and presenter out of the guests, pre-fills the roster and says when only counts are given", async () => {
    const admin = await actorOf("admin");
    const d = await createDraftFromImport(admin, { unitId: await unitId(UNIT), text: ON_ROSTER });
    const members = await roster();
    expect(d.chair).toMatchObject({ name: "Nguyễn Văn Quyết" });
    expect(d.chair?.memberId).toBeTruthy();
    expect(d.reports[0]).toMatchObject({ presenter: { name: "Nguyễn Văn Quyết" } });
    expect(
      d.attendance.entries
        .filter((e) => e.status !== "GUEST")
        .map((e) => e.memberId)
        .sort(),
    ).toEqual(members.map((m) => m.id).sort());
    const guests = d.attendance.entries.filter((e) => e.status === "GUEST");
    expect(guests.map((g) => g.name)).toEqual(["Lý Thanh Bình"]);
    expect(d.imported?.warnings).toContainEqual(expect.stringMatching(/chỉ nêu số lượng: có mặt 9\/11/));
    expect(d.imported?.warnings).toContain(NO_TIME_WARNING);
  });

  it("names a chair off the roster without making a guest of them, and takes the stated time and secretary", async () => {
    const admin = await actorOf("admin");
    const d = await createDraftFromImport(admin, { unitId: await unitId(UNIT), text: OFF_ROSTER });
    expect(d.chair).toMatchObject({ name: "Hồ Sĩ Long", memberId: null });
    expect(d.secretary).toMatchObject({ name: "Trần Thị Phương" });
    expect(d.secretary?.memberId).toBeTruthy();
    expect(d.attendance.entries.filter((e) => e.status === "GUEST").map((e) => e.name)).toEqual(["Vương Minh Hải"]);
    expect(d.startsAt).toBe("2024-07-10T07:30:00.000Z");
    expect(d.imported?.warnings).not.toContain(NO_TIME_WARNING);
    expect(d.imported?.marks).toEqual(expect.arrayContaining(["chair", "secretary", "title"]));
  });

  it("titles an untitled text in the house style: kind, month and year", async () => {
    const admin = await actorOf("admin");
    const d = await createDraftFromImport(admin, { unitId: await unitId(UNIT), text: ON_ROSTER });
    expect(d.title).toBe("Sinh hoạt chi bộ thường kỳ tháng 6 năm 2024");
    expect(d.imported?.marks).not.toContain("title");
  });
});
