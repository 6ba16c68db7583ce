// Child rows keep their identity across saves (issue #12 item 5): unchanged rows keep their ids,
// changed rows are updated in place, new rows inserted, removed rows deleted; tasks keep the
// resolution they carry out, and the JSON API shows and accepts `tasks[].resolutionId`.
import { beforeEach, describe, expect, it } from "vitest";
import { apiHandler } from "@/server/api";
import { patchMeeting } from "@/features/meetings/api";
import { getMeeting } from "@/features/meetings/data";
import type { MeetingDetail } from "@/features/meetings/dto";
import { startDraft, updateMeeting } from "@/features/meetings/mutations";
import { updateMeetingSchema } from "@/features/meetings/schema";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, resetToDemo, unitId } from "../../helpers/db";

beforeEach(async () => {
  await resetToDemo();
});

type Json = ReturnType<typeof JSON.parse>;

/** Every child row id of a record, by list. */
function rowIds(m: MeetingDetail) {
  return {
    attendance: m.attendance.entries.map((e) => e.id),
    agenda: m.agenda.map((a) => a.id),
    reports: m.reports.map((r) => r.id),
    speeches: m.speeches.map((s) => s.id),
    directives: m.directives.map((d) => d.id),
    conclusions: m.conclusions.map((c) => c.id),
    resolutions: m.resolutions.map((r) => r.id),
    tasks: m.tasks.map((t) => t.id),
  };
}

/** The record as a client without ids sends it back (ids dropped everywhere but tasks, as the editor does). */
function withoutIds(m: Json): Json {
  const strip = (rows: Json[]) => rows.map(({ id: _id, ...rest }: Json) => rest);
  return {
    ...m,
    attendance: { entries: strip(m.attendance.entries) },
    agenda: strip(m.agenda),
    reports: strip(m.reports),
    speeches: strip(m.speeches),
    directives: strip(m.directives),
    conclusions: strip(m.conclusions),
    resolutions: strip(m.resolutions),
    tasks: m.tasks.map(({ resolutionId: _r, ...t }: Json) => t),
  };
}

async function draftWithEverything() {
  const thuky = await actorOf("thuky");
  const d = await startDraft(thuky, {
    unitId: await unitId("Chi bộ Tổ chức – Hành chính"),
    kind: "THUONG_KY",
    startsAt: fromVnDateTime("2023-09-06T14:00")!,
  });
  const saved = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: d.version,
      reports: [{ title: "Báo cáo kết quả tháng 8", content: "Hoàn thành kế hoạch." }],
      speeches: [{ kind: "Y_KIEN", speaker: { name: "Trần Văn Bình" }, content: "Nhất trí với báo cáo." }],
      directives: [{ raw: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" }],
      conclusions: [{ content: "Chi bộ thống nhất nhiệm vụ tháng 9." }],
      resolutions: [
        { title: "Thông qua nhiệm vụ tháng 9", vote: { for: 6, against: 0, abstain: 0 } },
        { title: "Thông qua kế hoạch sinh hoạt chuyên đề quý IV", vote: { for: 6, against: 0, abstain: 0 } },
      ],
      tasks: [{ title: "Chuẩn bị chuyên đề quý IV", status: "OPEN" }],
    }),
  );
  // link the task to the second resolution through the API, as a client that read the ids would
  const body = JSON.parse(JSON.stringify(saved));
  body.tasks[0].resolutionId = saved.resolutions[1].id;
  const res = await apiHandler(async () => patchMeeting(thuky, d.id, body))();
  expect(res.status).toBe(200);
  const linked = (await res.json()) as MeetingDetail;
  expect(linked.tasks[0].resolutionId).toBe(saved.resolutions[1].id);
  return linked;
}

describe("child rows across saves", () => {
  it("a task linked to the second of two resolutions stays linked after ten saves that edit other sections", async () => {
    const thuky = await actorOf("thuky");
    const start = await draftWithEverything();
    const ids = rowIds(start);
    let m = start;
    for (let i = 0; i < 10; i++) {
      const body = JSON.parse(JSON.stringify(m));
      body.opening = `Khai mạc, lần sửa ${i + 1}`;
      body.agenda[0].content = `Diễn biến mục 1, lần sửa ${i + 1}`;
      body.conclusions[0].content = `Chi bộ thống nhất nhiệm vụ tháng 9 (lần ${i + 1}).`;
      body.attendance.entries[1].status = i % 2 ? "PRESENT" : "LATE";
      // every other save comes from a client that sends no ids (the editor today)
      const input = updateMeetingSchema.parse(i % 2 ? withoutIds(body) : body);
      m = await updateMeeting(thuky, m.id, input);
    }
    expect(m.version).toBe(start.version + 10);
    expect(m.tasks[0].resolutionId).toBe(start.resolutions[1].id);
    // the same rows, updated in place: no id changed, not even of the rows that were edited
    expect(rowIds(m)).toEqual(ids);
    const read = await getMeeting(thuky, m.id);
    expect(read!.tasks.map((t) => t.resolutionId)).toEqual([start.resolutions[1].id]);
    expect(read!.agenda[0].content).toBe("Diễn biến mục 1, lần sửa 10");
  });

  it("inserts new rows, deletes removed ones and keeps the others, reordered or not", async () => {
    const thuky = await actorOf("thuky");
    const m = await draftWithEverything();
    const body = JSON.parse(JSON.stringify(m));
    const [a0, a1, a2, ...rest] = body.agenda;
    body.agenda = [a2, { title: "Mục mới" }, a0, ...rest]; // a1 removed, a new one, a2 moved first
    const saved = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(body));
    // a client without ids: the same reordering keeps the ids of the rows it did not change
    const again = withoutIds(JSON.parse(JSON.stringify(saved)));
    again.agenda = [again.agenda[2], ...again.agenda.slice(0, 2), ...again.agenda.slice(3)];
    const reordered = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(again));
    expect(reordered.agenda.map((a) => a.id).sort()).toEqual(saved.agenda.map((a) => a.id).sort());
    expect(reordered.agenda[0].id).toBe(saved.agenda[2].id);
    expect(saved.agenda[0].id).toBe(m.agenda[2].id);
    expect(saved.agenda[2].id).toBe(m.agenda[0].id);
    expect(m.agenda.map((a) => a.id)).not.toContain(saved.agenda[1].id);
    expect(saved.agenda.map((a) => a.id)).not.toContain(m.agenda[1].id);
    expect(saved.agenda.slice(3).map((a) => a.id)).toEqual(m.agenda.slice(3).map((a) => a.id));
    expect(a1).toBeDefined();
  });

  it("removing the resolution a task carries out leaves the task, unlinked; null unlinks; a foreign id is refused", async () => {
    const thuky = await actorOf("thuky");
    const m = await draftWithEverything();
    const body = JSON.parse(JSON.stringify(m));
    body.resolutions = [body.resolutions[0]];
    const saved = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(body));
    expect(saved.tasks.map((t) => [t.id, t.resolutionId])).toEqual([[m.tasks[0].id, null]]);

    const relink = JSON.parse(JSON.stringify(saved));
    relink.tasks[0].resolutionId = saved.resolutions[0].id;
    const linked = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(relink));
    expect(linked.tasks[0].resolutionId).toBe(saved.resolutions[0].id);

    const foreign = JSON.parse(JSON.stringify(linked));
    foreign.tasks[0].resolutionId = "not-a-resolution-of-this-record";
    const res = await apiHandler(async () => patchMeeting(thuky, m.id, foreign))();
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual({
      "tasks.0.resolutionId": ["Nghị quyết không thuộc biên bản này."],
    });

    const unlink = JSON.parse(JSON.stringify(linked));
    unlink.tasks[0].resolutionId = null;
    const cleared = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(unlink));
    expect(cleared.tasks[0].resolutionId).toBeNull();
  });

  it("a new task is not linked to a resolution unless asked", async () => {
    const thuky = await actorOf("thuky");
    const m = await draftWithEverything();
    const body = JSON.parse(JSON.stringify(m));
    body.tasks.push({ title: "Nhiệm vụ mới", status: "OPEN" });
    const saved = await updateMeeting(thuky, m.id, updateMeetingSchema.parse(body));
    expect(saved.tasks.map((t) => t.resolutionId)).toEqual([m.resolutions[1].id, null]);
  });
});
