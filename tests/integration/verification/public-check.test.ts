import { beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckView } from "@/features/verification/components/check-view";
import { amendMeeting } from "@/features/meetings/mutations";
import { sealExisting } from "@/features/verification";
import { checkCode, limitLookups, recordCode, recordVerification } from "@/features/verification/data";
import { checkMessage } from "@/features/verification/dto";
import { actorOf, meetingId, seeded, testDb } from "../../helpers/db";

const JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const AUG_DRAFT = "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023";

beforeAll(async () => {
  await seeded();
  await sealExisting(testDb());
});

describe("the public check of a code", () => {
  it("identifies an intact record without its content; a reader who may read it gets a link", async () => {
    const id = await meetingId(JULY);
    await amendMeeting(await actorOf("thuky"), id, {
      field: "place",
      newValue: "Phòng họp tầng 3",
      reason: "Ghi nhầm",
    });
    const code = (await recordCode(id))!;
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const seal = await testDb().recordSeal.findUniqueOrThrow({ where: { meetingId: id } });
    const anonymous = await checkCode(code.toLowerCase().replace("-", " "), null);
    expect(anonymous).toMatchObject({
      result: "found",
      code,
      intact: true,
      exists: true,
      unit: "Chi bộ Tổ chức – Hành chính",
      kind: "THUONG_KY",
      number: null,
      approved: true,
      amendments: 1,
      fingerprint: seal.fingerprint,
      link: null,
    });
    expect(anonymous.result === "found" && anonymous.latestAmendmentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // never content: no place, no title, no names
    const text = JSON.stringify(anonymous);
    for (const content of ["Phòng họp", "tháng 7 năm 2023", "Lê Văn Thắng"]) expect(text).not.toContain(content);
    expect(checkMessage(anonymous)).toMatch(/còn nguyên vẹn/);
    const html = renderToStaticMarkup(CheckView({ check: anonymous }));
    expect(html).toContain("05/07/2023");
    expect(html).toMatch(/đã đính chính 1 lần, lần gần nhất ngày \d\d\/\d\d\/\d{4}/);
    expect(await checkCode(code, await actorOf("thuky"))).toMatchObject({ link: `/meetings/${id}` });
    // a member of Chi bộ Đào tạo may not read the TCHC chi bộ's record: no link for them
    expect(await checkCode(code, await actorOf("dangvien"))).toMatchObject({ result: "found", link: null });
  });

  it("says plainly when a code is unknown or malformed", async () => {
    const unknown = await checkCode("22222-22222", null);
    expect(unknown).toEqual({ result: "unknown", code: "22222-22222" });
    expect(checkMessage(unknown)).toBe("Không có biên bản nào mang mã 22222-22222.");
    for (const bad of ["abc", "0OIL1-23456", "22222-22222-2", "<script>"]) {
      const r = await checkCode(bad, null);
      expect(r.result).toBe("malformed");
      expect(checkMessage(r)).toMatch(/không đúng dạng/);
    }
  });

  it("reports a record altered behind the app as not intact", async () => {
    const id = await meetingId("Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng");
    const code = (await recordCode(id))!;
    await testDb().$executeRaw`UPDATE "Meeting" SET "place" = ${"Nơi khác"} WHERE "id" = ${id}`;
    const r = await checkCode(code, null);
    expect(r).toMatchObject({ result: "found", intact: false });
    expect(checkMessage(r)).toMatch(/KHÔNG còn khớp/);
    expect(await recordVerification(id)).toMatchObject({ code, chainOk: false });
  });

  it("gives approved records { code, fingerprint, chainOk } and drafts none", async () => {
    const id = await meetingId(JULY);
    const v = await recordVerification(id);
    expect(v).toEqual({
      code: await recordCode(id),
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      chainOk: true,
    });
    expect(await recordVerification(await meetingId(AUG_DRAFT))).toBeNull();
  });

  it("limits lookups per address", async () => {
    for (let i = 0; i < 30; i++) await limitLookups("203.0.113.9");
    await expect(limitLookups("203.0.113.9")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(limitLookups("203.0.113.10")).resolves.toBeUndefined();
  });
});
