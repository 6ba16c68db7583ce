// Amendments chain (issue #12 item 2): each records the reading standing when it was made, is
// based on what the user saw (stale → 409 with the reading now, on the action and the API), the
// record exposes the `current` reading of every amended field, and amendments are never deleted.
import { beforeEach, describe, expect, it } from "vitest";
import { apiHandler } from "@/server/api";
import { errorState } from "@/server/action";
import { getAmendments, postAmendment } from "@/features/meetings/api";
import { getMeeting, listAmendments } from "@/features/meetings/data";
import { amendMeeting } from "@/features/meetings/mutations";
import { amendmentSchema } from "@/features/meetings/schema";
import { actorOf, meetingId, resetToDemo, testDb } from "../../helpers/db";

const JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";

beforeEach(async () => {
  await resetToDemo();
});

const amend = (input: Record<string, unknown>) =>
  amendmentSchema.parse({ reason: "Ghi nhầm khi lập biên bản", ...input });

describe("chained amendments", () => {
  it("each amendment's old value is the reading standing when it was made; the record shows the current reading", async () => {
    const thuky = await actorOf("thuky");
    const id = await meetingId(JULY);
    const adopted = (await getMeeting(thuky, id))!;
    expect(adopted.current).toEqual({});
    const a1 = await amendMeeting(thuky, id, amend({ field: "place", newValue: "Phòng họp tầng 3", basedOn: null }));
    expect(a1.oldValue).toBe(adopted.place);
    const after1 = (await getMeeting(thuky, id))!;
    expect(after1.place).toBe(adopted.place); // the record stays as adopted
    expect(after1.current.place).toMatchObject({ value: "Phòng họp tầng 3", amendmentId: a1.id, amendments: 1 });
    // a wrong correction is corrected by a later one of the same field; the chain shows both
    const a2 = await amendMeeting(
      thuky,
      id,
      amend({ field: "place", newValue: "Phòng họp tầng 4", basedOn: a1.id, reason: "Đính chính lại lần 1" }),
    );
    expect(a2.oldValue).toBe("Phòng họp tầng 3");
    const a3 = await amendMeeting(
      thuky,
      id,
      amend({ field: "place", newValue: "Hội trường", expectedValue: "Phòng họp tầng 4" }),
    );
    expect(a3.oldValue).toBe("Phòng họp tầng 4");
    const chain = (await listAmendments(thuky, id)).filter((a) => a.field === "place");
    expect(chain.map((a) => [a.oldValue, a.newValue])).toEqual([
      [adopted.place, "Phòng họp tầng 3"],
      ["Phòng họp tầng 3", "Phòng họp tầng 4"],
      ["Phòng họp tầng 4", "Hội trường"],
    ]);
    const now = (await getMeeting(thuky, id))!;
    expect(now.current).toEqual({
      place: { value: "Hội trường", amendmentId: a3.id, amendedAt: a3.createdAt, amendments: 3 },
    });
    // the GET of the API carries it
    const res = await apiHandler(async () => getAmendments(thuky, id))();
    expect((await res.json()).items).toHaveLength(3);
  });

  it("a stale amendment is a 409 with the reading now, through the API and the server action's error state", async () => {
    const thuky = await actorOf("thuky");
    const id = await meetingId(JULY);
    const adopted = (await getMeeting(thuky, id))!;
    const first = await amendMeeting(thuky, id, amend({ field: "rating", newValue: "Xuất sắc", basedOn: null }));
    const before = await testDb().amendment.count();
    // based on the text as adopted, which is no longer the reading
    const res = await apiHandler(async () =>
      postAmendment(thuky, id, { field: "rating", newValue: "Khá", reason: "Sai xếp loại", basedOn: null }),
    )();
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.message).toMatch(/đã được đính chính/);
    expect(body.current).toEqual({ field: "rating", value: "Xuất sắc", amendmentId: first.id, seq: 1 });
    // the same through the value the user saw
    const stale = amendMeeting(thuky, id, amend({ field: "rating", newValue: "Khá", expectedValue: adopted.rating }));
    const error = await stale.catch((e) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    const state = errorState(error);
    expect(state).toMatchObject({ status: "error", code: "CONFLICT", current: { field: "rating", value: "Xuất sắc" } });
    expect(await testDb().amendment.count()).toBe(before);
  });

  it("20 parallel amendments of one field on the same base: exactly one is accepted, the others are 409", async () => {
    const thuky = await actorOf("thuky");
    const id = await meetingId(JULY);
    const adopted = (await getMeeting(thuky, id))!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        amendMeeting(thuky, id, amend({ field: "closing", newValue: `Bế mạc, bản sửa ${i + 1}`, basedOn: null })),
      ),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(accepted).toHaveLength(1);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(19).fill("CONFLICT"));
    const rows = await testDb().amendment.findMany({ where: { meetingId: id, field: "closing" } });
    expect(rows.map((r) => [r.oldValue, r.seq])).toEqual([[adopted.closing, 1]]);
    // then 20 more, each based on what it saw last: a chain, each old value the previous new value
    let basedOn = rows[0].id;
    let standing = rows[0].newValue;
    for (let i = 0; i < 5; i++) {
      const round = await Promise.allSettled(
        Array.from({ length: 4 }, (_, j) =>
          amendMeeting(thuky, id, amend({ field: "closing", newValue: `Vòng ${i + 1}, bản ${j + 1}`, basedOn })),
        ),
      );
      const won = round.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<{
        id: string;
        oldValue: string | null;
        newValue: string | null;
      }>[];
      expect(won).toHaveLength(1);
      expect(won[0].value.oldValue).toBe(standing);
      basedOn = won[0].value.id;
      standing = won[0].value.newValue;
    }
    expect((await getMeeting(thuky, id))!.current.closing.value).toBe(standing);
  });
});
