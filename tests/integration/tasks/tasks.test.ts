import { beforeAll, describe, expect, it } from "vitest";
import { getTask, listMyTasks, listUnitTasks, taskFormOptions } from "@/features/tasks/data";
import { lookupMembers } from "@/features/members/lookup";
import { addTaskNote, createTask } from "@/features/tasks/mutations";
import { openTasksForMeeting } from "@/features/meetings/data";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, meetingId, seeded, testDb, unitId } from "../../helpers/db";

const TCHC = "Chi bộ Tổ chức – Hành chính";
const DAOTAO_UNIT = "Chi bộ Đào tạo";
const TCHC_JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const DAOTAO = "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng";
const QIII = "Chuẩn bị nội dung sinh hoạt chuyên đề quý III";
const PHAT_TRIEN = "Lập hồ sơ giới thiệu quần chúng ưu tú";
const NOW = new Date("2023-09-15T03:00:00Z");

beforeAll(async () => {
  await seeded();
});

async function meetingOn(unitName: string, start: string, title: string, status: "DRAFT" | "APPROVED" = "DRAFT") {
  return (
    await testDb().meeting.create({
      data: { unitId: await unitId(unitName), kind: "THUONG_KY", title, startsAt: fromVnDateTime(start)!, status },
      select: { id: true },
    })
  ).id;
}

async function memberId(name: string) {
  const [family, ...rest] = name.split(" ");
  const given = rest.pop()!;
  return (
    await testDb().member.findFirstOrThrow({
      where: { familyName: family, givenName: given, middleName: rest.join(" ") },
    })
  ).id;
}

describe("my tasks and a unit's tasks", () => {
  it("a member sees the own chi bộ's tasks, overdue marked, and never a sibling's", async () => {
    const member = await actorOf("dangvien");
    const tasks = await listMyTasks(member, {}, NOW);
    expect(tasks.map((t) => t.title)).toEqual([PHAT_TRIEN]);
    expect(tasks[0]).toMatchObject({ overdue: false, ownedByMe: false, unit: { name: DAOTAO_UNIT } });
    const later = await listMyTasks(member, {}, new Date("2023-10-02T03:00:00Z"));
    expect(later[0].overdue).toBe(true);
    expect(await listUnitTasks(member, await unitId(TCHC))).toEqual([]);
    const sibling = await testDb().task.findFirstOrThrow({ where: { title: QIII } });
    expect(await getTask(member, sibling.id)).toBeNull();
  });

  it("a secretary sees the tasks owned and the own chi bộ's, mine first, completed ones only on request", async () => {
    const secretary = await actorOf("thuky");
    const open = await listMyTasks(secretary, {}, NOW);
    expect(open.map((t) => [t.title, t.ownedByMe, t.overdue])).toEqual([[QIII, true, true]]); // due 31/8, overdue on 15/9
    const all = await listMyTasks(secretary, { show: "all" }, NOW);
    expect(all.map((t) => t.title).sort()).toEqual(
      [QIII, "Chuẩn bị tham luận cho hội nghị sơ kết của Đảng bộ", "Hoàn thiện hồ sơ tuyển sinh năm 2023"].sort(),
    );
    expect(all.every((t) => t.unit.name === TCHC)).toBe(true);
  });

  it("an admin reads every unit's tasks in the subtree", async () => {
    const admin = await actorOf("admin");
    const tasks = await listMyTasks(admin, { show: "all" }, NOW);
    expect(new Set(tasks.map((t) => t.unit.name))).toEqual(
      new Set([TCHC, DAOTAO_UNIT, "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên"]),
    );
  });
});

describe("progress notes", () => {
  it("the owner adds a dated note with a status change, audited; others are refused without a trace", async () => {
    const db = testDb();
    const task = await db.task.findFirstOrThrow({ where: { title: PHAT_TRIEN } });
    const auditBefore = await db.auditEvent.count();
    await expect(
      addTaskNote(await actorOf("dangvien"), { taskId: task.id, note: "Đã xong", status: "DONE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addTaskNote(await actorOf("thuky"), { taskId: task.id, note: "Đã xong", status: "DONE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.taskNote.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(auditBefore);

    const qiii = await db.task.findFirstOrThrow({ where: { title: QIII } });
    const secretary = await actorOf("thuky");
    await addTaskNote(secretary, { taskId: qiii.id, note: "Đã xin ý kiến chi ủy về chủ đề", status: "IN_PROGRESS" });
    await addTaskNote(secretary, { taskId: qiii.id, note: "Đã gửi đề cương cho đảng viên", status: null });
    const detail = await getTask(secretary, qiii.id);
    expect(detail!.status).toBe("IN_PROGRESS");
    expect(detail!.notes.map((n) => [n.note, n.status])).toEqual([
      ["Đã xin ý kiến chi ủy về chủ đề", "IN_PROGRESS"],
      ["Đã gửi đề cương cho đảng viên", null],
    ]);
    expect(detail!.notes[0].author).toBe("Nguyễn Thị Thu Hà");
    expect(await db.auditEvent.count({ where: { action: "task.note", entityId: qiii.id } })).toBe(2);
  });

  it("an admin may update any task in the subtree; DONE sets the completion time", async () => {
    const db = testDb();
    const task = await db.task.findFirstOrThrow({ where: { title: PHAT_TRIEN } });
    await addTaskNote(await actorOf("admin"), {
      taskId: task.id,
      note: "Đã lập xong hồ sơ 3 quần chúng",
      status: "DONE",
    });
    const row = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.status).toBe("DONE");
    expect(row.completedAt).not.toBeNull();
  });
});

describe("creating tasks from a resolution", () => {
  it("a secretary assigns a task on the own chi bộ's record with owner, deadline and directive; scope and owners are checked", async () => {
    const db = testDb();
    const july = await meetingId(TCHC_JULY);
    const resolution = await db.resolution.findFirst({ where: { meetingId: july }, select: { id: true } });
    const ct05 = (await db.directive.findFirstOrThrow({ where: { number: "05", symbol: "CT/TW" } })).id;
    const secretary = await actorOf("thuky");
    const { id } = await createTask(secretary, {
      meetingId: july,
      resolutionId: resolution?.id ?? null,
      directiveId: ct05,
      title: "Tổ chức học tập chuyên đề năm 2023",
      ownerMemberId: await memberId("Lê Văn Thắng"),
      ownerUnitId: null,
      ownerName: null,
      dueOn: "2023-10-31",
    });
    const task = await db.task.findUniqueOrThrow({ where: { id } });
    expect(task).toMatchObject({ unitId: await unitId(TCHC), directiveId: ct05, dueOn: "2023-10-31", status: "OPEN" });
    expect(await db.auditEvent.count({ where: { action: "task.create", entityId: id } })).toBe(1);

    const base = {
      meetingId: july,
      resolutionId: null,
      directiveId: null,
      title: "X",
      ownerMemberId: null,
      ownerUnitId: null,
      ownerName: "Ai đó",
      dueOn: null,
    };
    await expect(
      createTask(await actorOf("dangvien"), { ...base, meetingId: await meetingId(DAOTAO) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createTask(secretary, { ...base, meetingId: await meetingId(DAOTAO) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createTask(secretary, { ...base, ownerName: null, ownerMemberId: await memberId("Phạm Văn Hùng") }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      createTask(secretary, { ...base, ownerName: null, ownerUnitId: await unitId(DAOTAO_UNIT) }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await db.task.delete({ where: { id } });
  });
});

describe("the assign-a-task form", () => {
  it("offers the meeting's resolutions, the unit's members and the cited directives first, only to those who may assign", async () => {
    const july = await meetingId(TCHC_JULY);
    const options = await taskFormOptions(await actorOf("thuky"), july);
    expect(options!.resolutions.length).toBeGreaterThan(0);
    const owners = await lookupMembers(await actorOf("thuky"), { for: "task", meetingId: july, q: "", limit: 50 });
    expect(owners.items.map((m) => m.label)).toContain("Lê Văn Thắng");
    expect(owners.items.map((m) => m.label)).not.toContain("Phạm Văn Hùng");
    expect(options!.cited.map((d) => d.label)).toEqual(["Chỉ thị số 05-CT/TW ngày 15/5/2016"]);
    expect(await taskFormOptions(await actorOf("dangvien"), await meetingId(DAOTAO))).toBeNull();
    expect(await taskFormOptions(await actorOf("thuky"), await meetingId(DAOTAO))).toBeNull();
  });
});

describe("carry-forward into the next meeting's review", () => {
  it("open tasks of earlier meetings appear in the next record of the same unit until done, and only there", async () => {
    const db = testDb();
    const secretary = await actorOf("thuky");
    const september = await meetingOn(TCHC, "2023-09-06T14:00", "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023");
    const review = await openTasksForMeeting(secretary, september);
    expect(review.map((t) => t.title)).toEqual([QIII]);

    // A task assigned in September is reviewed in October, not in September itself.
    const { id } = await createTask(secretary, {
      meetingId: september,
      resolutionId: null,
      directiveId: null,
      title: "Rà soát hồ sơ đảng viên",
      ownerMemberId: null,
      ownerUnitId: null,
      ownerName: "Chi ủy",
      dueOn: "2023-10-15",
    });
    expect((await openTasksForMeeting(secretary, september)).map((t) => t.id)).not.toContain(id);
    const october = await meetingOn(TCHC, "2023-10-04T14:00", "Sinh hoạt chi bộ thường kỳ tháng 10 năm 2023");
    expect((await openTasksForMeeting(secretary, october)).map((t) => t.title).sort()).toEqual(
      [QIII, "Rà soát hồ sơ đảng viên"].sort(),
    );

    // Done tasks drop out; another chi bộ's next meeting never shows them.
    const qiii = await db.task.findFirstOrThrow({ where: { title: QIII } });
    await addTaskNote(secretary, { taskId: qiii.id, note: "Đã tổ chức sinh hoạt chuyên đề", status: "DONE" });
    expect((await openTasksForMeeting(secretary, october)).map((t) => t.title)).toEqual(["Rà soát hồ sơ đảng viên"]);
    const daoTaoNext = await meetingOn(DAOTAO_UNIT, "2023-10-05T14:00", "Sinh hoạt chi bộ Đào tạo tháng 10 năm 2023");
    const admin = await actorOf("admin");
    expect((await openTasksForMeeting(admin, daoTaoNext)).map((t) => t.title)).not.toContain("Rà soát hồ sơ đảng viên");
  });
});
