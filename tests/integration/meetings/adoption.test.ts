// Item 7: the minutes are adopted at the end of the meeting, not at the click; the documents print the
// adoption line with the vote over the members entitled to vote.
import { beforeEach, describe, expect, it } from "vitest";
import { approveMeeting, startDraft, updateMeeting } from "@/features/meetings/mutations";
import { updateMeetingSchema } from "@/features/meetings/schema";
import { loadMinutesModel } from "@/features/documents/load";
import { blockText } from "@/features/documents/minutes-model";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, resetToDemo, testDb, unitId } from "../../helpers/db";

beforeEach(async () => {
  await resetToDemo();
});

async function readyDraft() {
  const thuky = await actorOf("thuky");
  const d = await startDraft(thuky, {
    unitId: await unitId("Chi bộ Tổ chức – Hành chính"),
    kind: "THUONG_KY",
    startsAt: fromVnDateTime("2026-02-05T14:00")!,
    copyLast: false,
  });
  const people = await testDb().member.findMany({
    where: { nameFolded: { in: ["le van thang", "nguyen thi thu ha"] } },
  });
  const v2 = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: d.version,
      endsAt: "2026-02-05T16:30",
      chair: { memberId: people.find((p) => p.givenName === "Thắng")!.id },
      secretary: { memberId: people.find((p) => p.givenName === "Hà")!.id },
    }),
  );
  return { thuky, d: v2 };
}

describe("the time of adoption", () => {
  it("defaults to the end of the meeting, and the documents print it with the vote", async () => {
    const { thuky, d } = await readyDraft();
    const approved = await approveMeeting(thuky, d.id, {
      version: d.version,
      minutesVote: { for: 6, against: 0, abstain: 0 },
    });
    expect(approved.approval?.approvedAt).toBe(fromVnDateTime("2026-02-05T16:30")!.toISOString());
    const model = await loadMinutesModel(thuky, d.id);
    const text = model.body.map(blockText);
    expect(text).toContain(
      `Biên bản được thông qua lúc 16 giờ 30 ngày 5 tháng 2 năm 2026, với 6/${approved.attendance.eligibleVoters} đồng chí tán thành.`,
    );
  });

  it("may be set, but not before the start nor in the future", async () => {
    const { thuky, d } = await readyDraft();
    const vote = { for: 6, against: 0, abstain: 0 };
    await expect(
      approveMeeting(thuky, d.id, {
        version: d.version,
        minutesVote: vote,
        approvedAt: fromVnDateTime("2026-02-05T13:00"),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { approvedAt: ["Thời điểm thông qua không được trước giờ bắt đầu cuộc họp."] },
    });
    await expect(
      approveMeeting(thuky, d.id, {
        version: d.version,
        minutesVote: vote,
        approvedAt: new Date(Date.now() + 86_400_000),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { approvedAt: ["Thời điểm thông qua không được ở tương lai."] },
    });
    const approved = await approveMeeting(thuky, d.id, {
      version: d.version,
      minutesVote: vote,
      approvedAt: fromVnDateTime("2026-02-05T16:45"),
    });
    expect(approved.approval?.approvedAt).toBe(fromVnDateTime("2026-02-05T16:45")!.toISOString());
  });
});
