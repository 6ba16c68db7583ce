import { beforeEach, describe, expect, it } from "vitest";
import {
  approveMeeting,
  amendMeeting,
  createMeeting,
  deleteDraft,
  startDraft,
  updateMeeting,
} from "@/features/meetings/mutations";
import { getMeeting, listAmendments, listRevisions, openTasksForMeeting } from "@/features/meetings/data";
import { createMeetingSchema, updateMeetingSchema } from "@/features/meetings/schema";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, meetingId, resetToDemo, snapshot, testDb, unitId } from "../../helpers/db";

const TCHC = "Chi bộ Tổ chức – Hành chính";
const AUG_DRAFT = "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023";
const JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";

// Every test starts from the demo data alone.
beforeEach(async () => {
  await resetToDemo();
});

async function newDraft(kind: "THUONG_KY" | "CHUYEN_DE" = "THUONG_KY", copyLast = false) {
  return startDraft(await actorOf("thuky"), {
    unitId: await unitId(TCHC),
    kind,
    startsAt: fromVnDateTime("2023-09-06T14:00")!,
    copyLast,
  });
}

describe("starting a draft", () => {
  it("from the template of its kind, with the chi bộ's roster marked present", async () => {
    const d = await newDraft();
    expect(d.status).toBe("DRAFT");
    expect(d.version).toBe(1);
    expect(d.title).toBe("Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023");
    expect(d.agenda[2].title).toMatch(/Chỉ thị 05-CT\/TW/);
    expect(d.attendance.summary).toEqual({
      total: 8,
      official: 7,
      probationary: 1,
      exempt: 1,
      present: 8,
      absentExcused: 0,
      absentUnexcused: 0,
      guests: 0,
    });
  });

  it("by copying the unit's last meeting", async () => {
    const d = await newDraft("THUONG_KY", true);
    const aug = await getMeeting(await actorOf("thuky"), await meetingId(AUG_DRAFT));
    expect(d.agenda.map((a) => a.title)).toEqual(aug!.agenda.map((a) => a.title));
    expect(d.place).toBe(aug!.place);
    expect(d.chair?.name).toBe("Lê Văn Thắng");
  });

  it("shows the open tasks of earlier meetings in the review section", async () => {
    const d = await newDraft();
    const tasks = await openTasksForMeeting(await actorOf("thuky"), d.id);
    expect(tasks.map((t) => [t.title, t.owner, t.status])).toEqual([
      ["Chuẩn bị nội dung sinh hoạt chuyên đề quý III", "Nguyễn Thị Thu Hà", "OPEN"],
    ]);
  });

  it("is refused outside the secretary's chi bộ, leaving the database as it was", async () => {
    const before = await snapshot();
    const input = { unitId: await unitId("Chi bộ Đào tạo"), kind: "THUONG_KY" as const, startsAt: new Date() };
    await expect(startDraft(await actorOf("thuky"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startDraft(await actorOf("dangvien"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a record read from one place can be posted as a new draft", () => {
  it("accepts the GET shape, ignoring ids, status, version and computed fields", async () => {
    const admin = await actorOf("admin");
    const july = await getMeeting(admin, await meetingId(JULY));
    const json = JSON.parse(JSON.stringify(july));
    const parsed = createMeetingSchema.parse({ ...json, status: "APPROVED", version: 99 });
    const copy = await createMeeting(admin, parsed);
    expect(copy.id).not.toBe(july!.id);
    expect(copy.status).toBe("DRAFT");
    expect(copy.version).toBe(1);
    expect(copy.attendance.summary).toEqual(july!.attendance.summary);
    expect(copy.resolutions[0].vote).toEqual(july!.resolutions[0].vote);
    expect(copy.directives.map((d) => d.directiveId)).toEqual(july!.directives.map((d) => d.directiveId));
    expect(copy.tasks.map((t) => t.title)).toEqual(july!.tasks.map((t) => t.title));
  });
});

describe("saving a draft", () => {
  it("computes counts and votes from the roster, never from typed figures", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    const entries = d.attendance.entries.map((e) =>
      e.name === "Vũ Đức Toàn"
        ? { ...e, status: "ABSENT_EXCUSED" as const, reason: "Ốm" }
        : e.name === "Hoàng Minh Tuấn"
          ? { ...e, status: "ABSENT_UNEXCUSED" as const }
          : e,
    );
    const input = updateMeetingSchema.parse({
      version: d.version,
      attendance: {
        entries: [...entries, { name: "Nguyễn Văn Phong", title: "Đảng ủy viên phụ trách chi bộ", status: "GUEST" }],
        summary: { total: 999 },
      },
      resolutions: [{ title: "Thông qua nhiệm vụ tháng 9", vote: { for: 4, against: 1, abstain: 0 }, passed: true }],
    });
    const saved = await updateMeeting(thuky, d.id, input);
    expect(saved.version).toBe(2);
    expect(saved.attendance.summary).toEqual({
      total: 8,
      official: 7,
      probationary: 1,
      exempt: 1,
      present: 6,
      absentExcused: 1,
      absentUnexcused: 1,
      guests: 1,
    });
    // 7 official − 1 absent with reason = 6 entitled (the exempt member came)
    expect(saved.resolutions[0].vote).toMatchObject({ for: 4, eligible: 6, needed: 4, passed: true });
    expect(saved.resolutions[0].vote.reason).toBe(
      "Thông qua: 4/6 đảng viên chính thức có quyền biểu quyết tán thành (66,7%), quá một nửa.",
    );
  });

  it("refuses a stale version with the current record, and changes nothing", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    await updateMeeting(thuky, d.id, updateMeetingSchema.parse({ version: 1, place: "Phòng họp A" }));
    const before = await snapshot();
    const err = await updateMeeting(thuky, d.id, updateMeetingSchema.parse({ version: 1, place: "Phòng họp B" })).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: "CONFLICT" });
    expect(err.details).toMatchObject({ place: "Phòng họp A", version: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a member of another chi bộ in the attendance, leaving the database as it was", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    const stranger = await testDb().member.findFirstOrThrow({ where: { nameFolded: "pham van hung" } });
    const before = await snapshot();
    const input = updateMeetingSchema.parse({
      version: 1,
      title: "Đổi tên",
      attendance: { entries: [...d.attendance.entries, { memberId: stranger.id, status: "PRESENT" }] },
    });
    await expect(updateMeeting(thuky, d.id, input)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "attendance.entries.8.memberId": ["Đảng viên không thuộc tổ chức Đảng này."] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("gives Vietnamese messages per field on bad input", () => {
    const r = updateMeetingSchema.safeParse({
      version: 1,
      title: "  ",
      startsAt: "hôm qua",
      attendance: { entries: [{ memberId: "m1", status: "ABSENT_EXCUSED" }, { status: "GUEST" }] },
      resolutions: [{ title: "NQ", vote: { for: -1, against: 0, abstain: 0 } }],
    });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      title: "Vui lòng nhập tên cuộc họp.",
      startsAt: "Thời gian bắt đầu không hợp lệ.",
      "attendance.entries.0.reason": "Vui lòng ghi lý do vắng.",
      "attendance.entries.1.name": "Vui lòng nhập họ tên khách mời.",
      "resolutions.0.vote.for": "Số tán thành không được âm.",
    });
  });

  it("resolves cited directives to one registry entry whatever the spelling, or adds a new one", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    const before = await testDb().directive.count();
    const saved = await updateMeeting(
      thuky,
      d.id,
      updateMeetingSchema.parse({
        version: 1,
        directives: [
          { raw: "Chỉ thị số 05 – CT/TW, ngày 15/5/2016 của Bộ chính trị" },
          { raw: "Chỉ thị 05-CT/TW" },
          { raw: "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương" },
          { raw: "Nghị quyết 21 – NQ/TW ngày 16-6-2022" },
        ],
      }),
    );
    const ct05 = await testDb().directive.findFirstOrThrow({
      where: { kind: "CHI_THI", number: "05", symbol: "CT/TW" },
    });
    expect(saved.directives[0].directiveId).toBe(ct05.id);
    expect(saved.directives[1].directiveId).toBe(ct05.id);
    expect(saved.directives[2].directiveId).toBe(saved.directives[3].directiveId);
    expect(saved.directives[2]).toMatchObject({
      kind: "NGHI_QUYET",
      number: "21",
      symbol: "NQ/TW",
      issuedOn: "2022-06-16",
    });
    expect(await testDb().directive.count()).toBe(before + 1);
  });

  it("keeps a task's identity and progress notes when the record is saved again", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    const v2 = await updateMeeting(
      thuky,
      d.id,
      updateMeetingSchema.parse({ version: 1, tasks: [{ title: "Nộp báo cáo quý", dueOn: "2023-09-30" }] }),
    );
    const taskId = v2.tasks[0].id;
    await testDb().taskNote.create({ data: { taskId, note: "Đã xong phần số liệu." } });
    const tasks = v2.tasks.map((t) => ({ ...t, status: "IN_PROGRESS" }));
    const v3 = await updateMeeting(
      thuky,
      d.id,
      updateMeetingSchema.parse({
        version: 2,
        tasks: [...tasks, { title: "Việc mới" }],
        resolutions: [{ title: "NQ", vote: { for: 1, against: 0, abstain: 0 } }],
      }),
    );
    expect(v3.tasks.map((t) => [t.id === taskId, t.status])).toEqual([
      [true, "IN_PROGRESS"],
      [false, "OPEN"],
    ]);
    expect(await testDb().taskNote.count({ where: { taskId } })).toBe(1);
    // tasks are linked to a resolution only when asked (tasks[].resolutionId), never to the first one by default
    const linked = await testDb().task.findMany({ where: { meetingId: d.id }, select: { resolutionId: true } });
    expect(linked.map((t) => t.resolutionId)).toEqual([null, null]);
    const v4 = await updateMeeting(thuky, d.id, updateMeetingSchema.parse({ version: 3, tasks: [v3.tasks[1]] }));
    expect(v4.tasks.map((t) => t.title)).toEqual(["Việc mới"]);
    expect(await testDb().task.count({ where: { id: taskId } })).toBe(0);
  });

  it("records every change in the history as field diffs", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    await updateMeeting(
      thuky,
      d.id,
      updateMeetingSchema.parse({
        version: 1,
        place: "Phòng họp tầng 3",
        conclusions: [{ content: "Hoàn thành tốt nhiệm vụ." }],
      }),
    );
    const history = await listRevisions(thuky, d.id);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: "place", old: "", new: "Phòng họp tầng 3" },
        { field: "conclusions[0]", old: null, new: "Hoàn thành tốt nhiệm vụ." },
      ]),
    );
    await expect(listRevisions(await actorOf("dangvien"), d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("approval and what follows", () => {
  it("needs chair and secretary, then locks the record", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    await expect(approveMeeting(thuky, d.id, { version: 1, minutesVote: null })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        chair: ["Biên bản cần ghi rõ người chủ trì trước khi thông qua."],
        secretary: ["Biên bản cần ghi rõ thư ký trước khi thông qua."],
      },
    });
    const people = await testDb().member.findMany({
      where: { nameFolded: { in: ["le van thang", "nguyen thi thu ha"] } },
    });
    const chair = people.find((p) => p.givenName === "Thắng")!;
    const secretary = people.find((p) => p.givenName === "Hà")!;
    const v2 = await updateMeeting(
      thuky,
      d.id,
      updateMeetingSchema.parse({ version: 1, chair: { memberId: chair.id }, secretary: { memberId: secretary.id } }),
    );
    await expect(approveMeeting(thuky, d.id, { version: 1, minutesVote: null })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const approved = await approveMeeting(thuky, d.id, {
      version: v2.version,
      minutesVote: { for: 7, against: 0, abstain: 0 },
    });
    expect(approved.status).toBe("APPROVED");
    expect(approved.approval).toMatchObject({
      approvedBy: thuky.userId,
      minutesVote: { for: 7, against: 0, abstain: 0 },
    });

    const before = await snapshot();
    await expect(
      updateMeeting(thuky, d.id, updateMeetingSchema.parse({ version: approved.version, place: "X" })),
    ).rejects.toMatchObject({ code: "MINUTES_LOCKED" });
    await expect(deleteDraft(thuky, d.id)).rejects.toMatchObject({ code: "MINUTES_LOCKED" });
    await expect(approveMeeting(thuky, d.id, { version: approved.version, minutesVote: null })).rejects.toMatchObject({
      code: "MINUTES_LOCKED",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("corrections are dated amendments with a reason; the original stays as adopted", async () => {
    const thuky = await actorOf("thuky");
    const id = await meetingId(JULY);
    const a = await amendMeeting(thuky, id, {
      field: "place",
      newValue: "Phòng họp tầng 3, nhà hiệu bộ",
      reason: "Ghi nhầm tầng",
    });
    expect(a).toMatchObject({ field: "place", oldValue: "Phòng họp tầng 2, nhà hiệu bộ", reason: "Ghi nhầm tầng" });
    expect((await getMeeting(thuky, id))?.place).toBe("Phòng họp tầng 2, nhà hiệu bộ");
    expect(await listAmendments(await actorOf("admin"), id)).toHaveLength(1);
    await expect(amendMeeting(thuky, id, { field: "passwordHash", newValue: "x", reason: "y" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      amendMeeting(await actorOf("thuky"), await meetingId(AUG_DRAFT), { field: "place", newValue: "x", reason: "y" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("a draft can be deleted (softly), an approved record never", async () => {
    const thuky = await actorOf("thuky");
    const d = await newDraft();
    await deleteDraft(thuky, d.id);
    expect(await getMeeting(thuky, d.id)).toBeNull();
    expect(await testDb().meeting.count({ where: { id: d.id } })).toBe(1);
  });
});

// Every command × demo account × position of the target. Y = allowed, F = FORBIDDEN (readable, not
// writable), N = NOT_FOUND (not even readable). Positions: the secretary's own chi bộ draft, the
// own chi bộ's approved record, the sibling chi bộ's approved record, the đảng bộ's approved
// conference, the other đảng bộ's conference. Written by hand.
const TARGETS = [
  AUG_DRAFT,
  JULY,
  "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng",
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
  "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)",
];
const COMMAND_MATRIX: Record<string, Record<"admin" | "thuky" | "dangvien", string>> = {
  // update and delete succeed only on drafts; on approved records an allowed actor gets MINUTES_LOCKED (L)
  update: { admin: "YLLLL", thuky: "YLNFN", dangvien: "NNFFN" },
  delete: { admin: "YLLLL", thuky: "YLNFN", dangvien: "NNFFN" },
  amend: { admin: "VYYYY", thuky: "VYNFN", dangvien: "NNFFN" },
};

describe("authorization of every command on every target", () => {
  const cases = Object.entries(COMMAND_MATRIX).flatMap(([command, byUser]) =>
    (Object.keys(byUser) as Array<keyof typeof byUser>).flatMap((user) =>
      TARGETS.map((title, i) => ({ command, user, title, expected: byUser[user][i] })),
    ),
  );
  it.each(cases)("$user $command «$title» → $expected", async ({ command, user, title, expected }) => {
    const actor = await actorOf(user);
    const id = await meetingId(title);
    const before = await snapshot();
    const current = await testDb().meeting.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const run = () =>
      command === "update"
        ? updateMeeting(actor, id, updateMeetingSchema.parse({ version: current.version, rating: "Khá" }))
        : command === "delete"
          ? deleteDraft(actor, id)
          : amendMeeting(actor, id, { field: "rating", newValue: "Xuất sắc", reason: "Kiểm tra phân quyền" });
    const code = { F: "FORBIDDEN", N: "NOT_FOUND", L: "MINUTES_LOCKED", V: "VALIDATION" }[expected];
    if (expected === "Y") {
      await expect(run()).resolves.not.toThrow();
      // the allowed command wrote what it was asked to
      const after = await testDb().meeting.findUniqueOrThrow({ where: { id }, include: { amendments: true } });
      if (command === "update") expect([after.rating, after.version]).toEqual(["Khá", current.version + 1]);
      if (command === "delete") expect(after.deletedAt).not.toBeNull();
      if (command === "amend") {
        expect(after.amendments.map((a) => [a.field, a.newValue, a.authorId])).toContainEqual([
          "rating",
          "Xuất sắc",
          actor.userId,
        ]);
      }
      expect(await snapshot()).not.toEqual(before);
    } else {
      await expect(run()).rejects.toMatchObject({ code });
      expect(await snapshot()).toEqual(before);
    }
  });
});
