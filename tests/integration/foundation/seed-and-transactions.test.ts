import { describe, expect, it } from "vitest";
import { seedDemo } from "@/server/seed/demo";
import { writeAudit } from "@/server/audit";
import { foldForSearch } from "@/lib/vi/normalize";
import { emptyDb, seeded, snapshot, testDb } from "../../helpers/db";

// Each test makes its own database state: none depends on the order of the others.
describe("demo seed", () => {
  it("seeds once and never twice", async () => {
    await emptyDb();
    expect(await seedDemo(testDb())).toBe(true);
    const before = await snapshot();
    expect(await seedDemo(testDb())).toBe(false);
    expect(await snapshot()).toEqual(before);
    expect(await testDb().meeting.count()).toBe(5);
    expect(await testDb().user.count()).toBe(3);
  });

  it("fills the folded search columns", async () => {
    await seeded();
    const unit = await testDb().unit.findFirstOrThrow({
      where: { nameFolded: foldForSearch("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN") },
    });
    expect(unit.kind).toBe("DANG_BO_CO_SO");
    const hits = await testDb().meeting.findMany({ where: { searchText: { contains: "dang quang men" } } });
    expect(hits).toHaveLength(1);
    const member = await testDb().member.findFirstOrThrow({ where: { nameFolded: "dao hong ngoc" } });
    expect([member.familyName, member.middleName, member.givenName]).toEqual(["Đào", "Hồng", "Ngọc"]);
  });
});

describe("all or nothing", () => {
  it("a failing transaction leaves the database exactly as it was", async () => {
    await seeded();
    const before = await snapshot();
    const meeting = await testDb().meeting.findFirstOrThrow({ where: { status: "DRAFT" } });
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.meeting.update({
          where: { id: meeting.id },
          data: { title: "Đổi tên giữa chừng", version: { increment: 1 } },
        });
        await writeAudit(tx, null, "meeting.update", { type: "Meeting", id: meeting.id });
        await tx.attendance.create({ data: { meetingId: "no-such-meeting", name: "X", status: "PRESENT" } });
      }),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it("enforces foreign keys and unique usernames", async () => {
    await seeded();
    await expect(
      testDb().member.create({ data: { unitId: "nope", familyName: "A", givenName: "B", nameFolded: "a b" } }),
    ).rejects.toThrow();
    await expect(
      testDb().user.create({ data: { username: "admin", displayName: "X", passwordHash: "x" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
