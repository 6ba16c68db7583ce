// A text that does not say when the meeting was held gives a draft without a date (never today),
// with a warning; the draft saves without one, and approval asks for it.
import { beforeAll, describe, expect, it } from "vitest";
import { createDraftFromImport, NO_DATE_WARNING } from "@/features/import/to-draft";
import { approveMeeting, updateMeeting } from "@/features/meetings/mutations";
import { updateMeetingSchema } from "@/features/meetings/schema";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

// Our own words: a day and month, and no year anywhere in the text.
const UNDATED = `Chi bộ Đào tạo sinh hoạt thường kỳ

Chiều ngày 12/6, Chi bộ Đào tạo tổ chức sinh hoạt thường kỳ.
Đồng chí bí thư chi bộ quán triệt nhiệm vụ trọng tâm của tháng và phân công đảng viên phụ trách từng việc.`;

beforeAll(async () => {
  await seeded();
});

describe("an imported text without a date", () => {
  it("gives a draft with no date and a warning, not today's date", async () => {
    const admin = await actorOf("admin");
    const d = await createDraftFromImport(admin, { unitId: await unitId("Chi bộ Đào tạo"), text: UNDATED });
    expect(d.startsAt).toBeNull();
    expect(d.imported?.warnings).toContain(NO_DATE_WARNING);
    expect(d.imported?.marks).not.toContain("startsAt");
    const row = await testDb().meeting.findUniqueOrThrow({ where: { id: d.id }, select: { startsAt: true } });
    expect(row.startsAt).toBeNull();
  });

  it("saves again without a date (an empty date field), and is not approved until it has one", async () => {
    const admin = await actorOf("admin");
    const d = await createDraftFromImport(admin, { unitId: await unitId("Chi bộ Đào tạo"), text: UNDATED });
    const saved = await updateMeeting(admin, d.id, updateMeetingSchema.parse({ version: d.version, startsAt: "" }));
    expect(saved.startsAt).toBeNull();
    await expect(approveMeeting(admin, d.id, { version: saved.version, minutesVote: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: expect.objectContaining({ startsAt: ["Biên bản cần ghi ngày họp trước khi thông qua."] }),
    });
    const dated = await updateMeeting(
      admin,
      d.id,
      updateMeetingSchema.parse({ version: saved.version, startsAt: "2024-06-12T14:00" }),
    );
    expect(dated.startsAt).toBe("2024-06-12T07:00:00.000Z");
  });
});
