import { beforeEach, describe, expect, it } from "vitest";
import { apiHandler } from "@/server/api";
import { getAmendments, patchMeeting, postAmendment, postApproval, postMeeting } from "@/features/meetings/api";
import { getMeeting } from "@/features/meetings/data";
import { actorOf, meetingId, resetToDemo, snapshot, unitId } from "../../helpers/db";

const JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";

beforeEach(async () => {
  await resetToDemo();
});

async function call(fn: () => Promise<Response>) {
  const res = await apiHandler(fn)();
  return { status: res.status, body: await res.json() };
}

async function newDraftBody() {
  return {
    unit: { id: await unitId("Chi bộ Tổ chức – Hành chính") },
    kind: "THUONG_KY",
    title: "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023",
    startsAt: "2023-09-06T14:00",
    place: "Phòng họp tầng 2",
    agenda: [{ title: "Thông tin thời sự" }],
  };
}

describe("POST /api/v1/meetings", () => {
  it("creates a draft: 201 with the record", async () => {
    const r = await call(async () => postMeeting(await actorOf("thuky"), await newDraftBody()));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: "DRAFT",
      version: 1,
      title: "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023",
      startsAt: "2023-09-06T07:00:00.000Z",
    });
    expect(r.body.attendance.summary).toEqual({
      total: 0,
      official: 0,
      probationary: 0,
      exempt: 0,
      present: 0,
      absentExcused: 0,
      absentUnexcused: 0,
      guests: 0,
    });
  });

  it("accepts what GET returns, so a record read in one place is posted as a new draft", async () => {
    const admin = await actorOf("admin");
    const july = JSON.parse(JSON.stringify(await getMeeting(admin, await meetingId(JULY))));
    const r = await call(async () => postMeeting(admin, july));
    expect(r.status).toBe(201);
    expect(r.body.id).not.toBe(july.id);
    expect(r.body).toMatchObject({ status: "DRAFT", version: 1, title: july.title });
    expect(r.body.attendance.summary).toEqual(july.attendance.summary);
    expect(r.body.resolutions[0].vote).toEqual(july.resolutions[0].vote);
  });

  it("answers 400 with Vietnamese messages per field, 403 outside scope, and writes nothing", async () => {
    const before = await snapshot();
    const bad = await call(async () =>
      postMeeting(await actorOf("thuky"), { ...(await newDraftBody()), title: "", startsAt: "2023-13-45T99:00" }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "VALIDATION",
      fields: { title: ["Vui lòng nhập tên cuộc họp."], startsAt: ["Thời gian bắt đầu không hợp lệ."] },
    });
    const elsewhere = await call(async () =>
      postMeeting(await actorOf("thuky"), { ...(await newDraftBody()), unit: { id: await unitId("Chi bộ Đào tạo") } }),
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.message).toBe("Bạn không có quyền thực hiện thao tác này.");
    const nowhere = await call(async () =>
      postMeeting(await actorOf("thuky"), { ...(await newDraftBody()), unit: { id: "no-such-unit" } }),
    );
    expect(nowhere.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});

describe("PATCH, approve, amendments", () => {
  it("saves with the version; a stale version is 409 with the current record", async () => {
    const thuky = await actorOf("thuky");
    const created = await call(async () => postMeeting(thuky, await newDraftBody()));
    const id = created.body.id;
    const first = await call(() => patchMeeting(thuky, id, { version: 1, place: "Phòng A" }));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, place: "Phòng A", agenda: [{ title: "Thông tin thời sự" }] });
    const before = await snapshot();
    const stale = await call(() => patchMeeting(thuky, id, { version: 1, place: "Phòng B" }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("CONFLICT");
    expect(stale.body.current).toMatchObject({ version: 2, place: "Phòng A" });
    const noVersion = await call(() => patchMeeting(thuky, id, { place: "Phòng C" }));
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.fields).toHaveProperty("version");
    expect(await snapshot()).toEqual(before);
  });

  it("approves, after which PATCH answers 409 in Vietnamese and corrections go through amendments", async () => {
    const thuky = await actorOf("thuky");
    const july = await getMeeting(thuky, await meetingId(JULY));
    const body = JSON.parse(JSON.stringify(july));
    const draft = (await call(() => postMeeting(thuky, body))).body;
    const approved = await call(() =>
      postApproval(thuky, draft.id, { version: draft.version, minutesVote: { for: 5, against: 0, abstain: 0 } }),
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: "APPROVED",
      approval: { minutesVote: { for: 5, against: 0, abstain: 0 } },
    });

    const locked = await call(() => patchMeeting(thuky, draft.id, { version: approved.body.version, place: "X" }));
    expect(locked.status).toBe(409);
    expect(locked.body.error).toMatchObject({
      code: "MINUTES_LOCKED",
      message: "Biên bản đã được thông qua nên không thể sửa trực tiếp. Hãy lập đính chính.",
    });

    const amended = await call(() =>
      postAmendment(thuky, draft.id, {
        field: "conclusions.0.content",
        newValue: "Chi bộ hoàn thành tốt nhiệm vụ tháng 6.",
        reason: "Bổ sung cho rõ",
      }),
    );
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ field: "conclusions.0.content", reason: "Bổ sung cho rõ" });
    const list = await call(() => getAmendments(thuky, draft.id));
    expect(list.body.items).toHaveLength(1);
    const missingReason = await call(() => postAmendment(thuky, draft.id, { field: "place", newValue: "Y" }));
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.fields.reason).toEqual(["Vui lòng ghi lý do đính chính."]);
  });

  it("out of scope is 404 for readers who cannot see the record", async () => {
    const dangvien = await actorOf("dangvien");
    const id = await meetingId(JULY);
    expect((await call(() => patchMeeting(dangvien, id, { version: 1, place: "X" }))).status).toBe(404);
    expect((await call(() => postApproval(dangvien, id, { version: 1 }))).status).toBe(404);
    expect((await call(() => getAmendments(dangvien, id))).status).toBe(404);
  });
});
