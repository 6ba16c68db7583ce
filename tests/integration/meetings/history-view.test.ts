// The history of a record reads in Vietnamese: creation, every save, the approval with its vote and every
// amendment; values through the UI's labels, list rows by the person's or item's name, no codes or keys.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { amendMeeting, approveMeeting, startDraft, updateMeeting } from "@/features/meetings/mutations";
import { getMeeting } from "@/features/meetings/data";
import { updateMeetingSchema } from "@/features/meetings/schema";
import { loadTimeline, type TimelineEntry } from "@/features/meetings/timeline";
import { HistoryView } from "@/features/meetings/components/history-view";
import { MeetingView } from "@/features/meetings/components/meeting-view";
import type { MeetingDetail } from "@/features/meetings/dto";
import { AttendanceStatus, MeetingKind, SpeechKind, TaskStatus } from "@/lib/enums";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, resetToDemo, testDb, unitId } from "../../helpers/db";

const TCHC = "Chi bộ Tổ chức – Hành chính";

/** Field keys of the stored record that must never reach the page. */
const KEYS = [
  "reason",
  "status",
  "for",
  "against",
  "abstain",
  "title",
  "content",
  "name",
  "memberId",
  "directiveId",
  "attendance",
  "agenda",
  "reports",
  "speeches",
  "speaker",
  "presenter",
  "resolutions",
  "resolution",
  "conclusions",
  "directives",
  "tasks",
  "owner",
  "dueOn",
  "kind",
  "raw",
  "note",
  "combined",
  "startsAt",
  "place",
  "chair",
  "secretary",
  "true",
  "false",
];
const CODES = [
  ...Object.values(AttendanceStatus),
  ...Object.values(TaskStatus),
  ...Object.values(SpeechKind),
  ...Object.values(MeetingKind),
];

function pageText(entries: TimelineEntry[]): string {
  return renderToStaticMarkup(createElement(HistoryView, { entries }))
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ")
    .replace(/\s+/g, " ");
}

let text = "";
let entries: TimelineEntry[] = [];
let record: MeetingDetail;

beforeAll(async () => {
  await resetToDemo();
  const thuky = await actorOf("thuky");
  const d = await startDraft(thuky, {
    unitId: await unitId(TCHC),
    kind: "THUONG_KY",
    startsAt: fromVnDateTime("2023-09-06T14:00")!,
    copyLast: false,
  });
  const people = await testDb().member.findMany({
    where: { nameFolded: { in: ["le van thang", "nguyen thi thu ha"] } },
  });
  const chair = people.find((p) => p.givenName === "Thắng")!;
  const secretary = people.find((p) => p.givenName === "Hà")!;
  const entriesOf = (m: typeof d) =>
    m.attendance.entries.map((e) => ({
      memberId: e.memberId,
      name: e.name,
      title: e.title,
      status: e.status,
      reason: e.reason,
    }));
  const roster = entriesOf(d);
  const toan = roster.findIndex((e) => e.name === "Vũ Đức Toàn");
  const late = roster.findIndex((e) => e.name !== "Vũ Đức Toàn" && e.memberId !== chair.id);
  roster[toan] = { ...roster[toan], status: "ABSENT_EXCUSED", reason: "Đi công tác" };
  roster[late] = { ...roster[late], status: "LATE", reason: "Họp ở Sở" };
  const v2 = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: d.version,
      kind: "CHUYEN_DE",
      combined: true,
      place: "Phòng họp tầng 2",
      startsAt: "2023-09-06T14:30",
      chair: { memberId: chair.id },
      secretary: { memberId: secretary.id },
      attendance: {
        entries: [...roster, { memberId: null, name: "Trần Văn Khách", title: "Bí thư Đoàn", status: "GUEST" }],
      },
    }),
  );
  const v3 = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: v2.version,
      reports: [{ title: "Báo cáo công tác tháng 8", presenter: { memberId: chair.id }, content: "Hoàn thành" }],
      speeches: [
        { kind: "THAM_LUAN", title: "Phát triển Đảng", speaker: { memberId: secretary.id }, content: "Ý kiến" },
      ],
      conclusions: [{ content: "Chi bộ hoàn thành nhiệm vụ tháng 8." }],
      directives: [{ raw: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" }],
      resolutions: [{ title: "Thông qua nhiệm vụ tháng 9", vote: { for: 5, against: 1, abstain: 0 } }],
      tasks: [{ title: "Chuẩn bị hồ sơ kết nạp", owner: { memberId: secretary.id }, dueOn: "2023-09-30" }],
    }),
  );
  const v4 = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: v3.version,
      attendance: { entries: entriesOf(v3).filter((e) => e.status !== "GUEST") },
      speeches: [{ kind: "Y_KIEN", title: "Phát triển Đảng", speaker: { memberId: secretary.id }, content: "Ý kiến" }],
      resolutions: [{ title: "Thông qua nhiệm vụ tháng 9", vote: { for: 6, against: 0, abstain: 0 } }],
      tasks: [{ ...v3.tasks[0], status: "IN_PROGRESS" }],
    }),
  );
  const approved = await approveMeeting(thuky, d.id, {
    version: v4.version,
    minutesVote: { for: 6, against: 0, abstain: 0 },
  });
  await amendMeeting(thuky, d.id, { field: "place", newValue: "Phòng họp tầng 3", reason: "Ghi nhầm tầng" });
  await amendMeeting(thuky, d.id, {
    field: "resolutions.0.title",
    newValue: "Thông qua nhiệm vụ tháng 9 năm 2023",
    reason: "Ghi thiếu năm",
  });
  expect(approved.status).toBe("APPROVED");
  const meeting = (await getMeeting(thuky, d.id))!;
  record = meeting;
  entries = await loadTimeline(thuky, meeting);
  text = pageText(entries);
});

describe("the history page of a record with every kind of change", () => {
  it("has an entry for the creation, each save, the approval and each amendment, newest first", () => {
    expect(entries.map((e) => e.kind)).toEqual(["amend", "amend", "approve", "save", "save", "save", "create"]);
  });

  it("shows no enum code and no field key", () => {
    for (const code of CODES) expect(text, code).not.toMatch(new RegExp(`\\b${code}\\b`));
    for (const key of KEYS) expect(text, key).not.toMatch(new RegExp(`\\b${key}\\b`));
    expect(text).not.toMatch(/mục \d|\[\d+\]|›\s*\d/);
  });

  it("names rows by the person or the item and values by the UI's labels", () => {
    expect(text).toContain("Điểm danh › Vũ Đức Toàn › Tình trạng Có mặt Vắng có lý do");
    expect(text).toContain("Điểm danh › Vũ Đức Toàn › Lý do — Đi công tác");
    expect(text).toContain("Đến muộn");
    expect(text).toContain("Điểm danh › Trần Văn Khách › Tình trạng — Khách mời");
    expect(text).toContain("Loại cuộc họp Sinh hoạt chi bộ thường kỳ Sinh hoạt chuyên đề");
    expect(text).toContain("Sinh hoạt kết hợp Không Có");
    expect(text).toContain("Nghị quyết, biểu quyết › Thông qua nhiệm vụ tháng 9 › Tán thành 5 6");
    expect(text).toContain("Nhiệm vụ › Chuẩn bị hồ sơ kết nạp › Trạng thái Chưa thực hiện Đang thực hiện");
    expect(text).toContain("Phát biểu, tham luận › Nguyễn Thị Thu Hà › Hình thức Tham luận Ý kiến phát biểu");
    expect(text).toContain("Chủ trì — Lê Văn Thắng");
  });

  it("shows the approval with the vote on the minutes and each amendment with its reason", () => {
    expect(text).toContain("Thông qua biên bản");
    expect(text).toContain("Biểu quyết thông qua biên bản: tán thành 6, không tán thành 0, không biểu quyết 0");
    expect(text).toContain("Đính chính");
    expect(text).toContain("Mục: Địa điểm Phòng họp tầng 2 → Phòng họp tầng 3 Lý do: Ghi nhầm tầng");
    expect(text).toContain("Mục: Nghị quyết 1");
    expect(text).toContain("Lý do: Ghi thiếu năm");
    expect(text).toContain("Tạo biên bản");
    expect(text).toContain("Lưu bản nháp");
  });
});

describe("the record page of the same record", () => {
  it("shows the reason of a late arrival (item 8) and the adoption line with the vote (item 7)", () => {
    const page = renderToStaticMarkup(createElement(MeetingView, { meeting: record })).replace(/<[^>]+>/g, "");
    const late = record.attendance.entries.find((e) => e.status === "LATE")!;
    expect(page).toContain(`${late.name}: đến muộn (Họp ở Sở)`);
    expect(page).toMatch(/Biên bản được thông qua lúc \d+ giờ \d+ ngày .+, với 6\/\d+ đồng chí tán thành\./);
  });
});
