import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { amendMeeting, approveMeeting, startDraft, updateMeeting } from "@/features/meetings/mutations";
import { updateMeetingSchema } from "@/features/meetings/schema";
import { sealExisting, verifyArchive, verifyRecord } from "@/features/verification";
import { canonicalRecord, approvalForm } from "@/features/verification/canonical-record";
import { fingerprintOf } from "@/server/chain";
import { codeFromFingerprint } from "@/lib/verification/canonical";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, meetingId, resetToDemo, testDb, unitId } from "../../helpers/db";

const TCHC = "Chi bộ Tổ chức – Hành chính";
const JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const DANG_BO =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const KHOI = "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)";

beforeEach(async () => {
  await resetToDemo();
});

/** A September draft of the TCHC chi bộ with chair and secretary, approved. */
async function approveSeptember() {
  const thuky = await actorOf("thuky");
  const d = await startDraft(thuky, {
    unitId: await unitId(TCHC),
    kind: "THUONG_KY",
    startsAt: fromVnDateTime("2023-09-06T14:00")!,
  });
  const people = await testDb().member.findMany({
    where: { nameFolded: { in: ["le van thang", "nguyen thi thu ha"] } },
  });
  const v2 = await updateMeeting(
    thuky,
    d.id,
    updateMeetingSchema.parse({
      version: 1,
      place: "Phòng họp tầng 2",
      chair: { memberId: people.find((p) => p.givenName === "Thắng")!.id },
      secretary: { memberId: people.find((p) => p.givenName === "Hà")!.id },
    }),
  );
  return approveMeeting(thuky, d.id, { version: v2.version, minutesVote: { for: 7, against: 0, abstain: 0 } });
}

describe("sealing", () => {
  it("the one-time step seals the demo's approved records and audit events, and a second run seals nothing", async () => {
    const db = testDb();
    const approved = await db.meeting.count({ where: { status: "APPROVED" } });
    const unchained = await db.auditEvent.count({ where: { action: "meeting.seed" } });
    const first = await sealExisting(db);
    expect(first.records).toBe(approved);
    expect(first.auditEvents).toBeGreaterThanOrEqual(unchained);
    expect(await sealExisting(db)).toEqual({ records: 0, amendments: 0, auditEvents: 0 });
    const report = await verifyArchive(db);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.records).toBe(approved);
  });

  it("an approval is sealed in its transaction, chained to the unit's previous approved record", async () => {
    const db = testDb();
    await sealExisting(db);
    const july = await db.recordSeal.findUniqueOrThrow({ where: { meetingId: await meetingId(JULY) } });
    const sept = await approveSeptember();
    const seal = await db.recordSeal.findUniqueOrThrow({ where: { meetingId: sept.id } });
    expect(seal.chainSeq).toBe(july.chainSeq + 1);
    expect(seal.previous).toBe(july.fingerprint);
    const record = await canonicalRecord(db, sept.id);
    expect(record).toMatchObject({ place: "Phòng họp tầng 2", approval: { vote: { for: 7, against: 0, abstain: 0 } } });
    expect(JSON.stringify(record)).not.toContain(sept.id);
    expect(seal.fingerprint).toBe(fingerprintOf(approvalForm(record!, july.fingerprint)));
    expect(seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(seal.code).toBe(codeFromFingerprint(seal.fingerprint));
    // the approval's audit event is in the audit chain
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.approve", entityId: sept.id } });
    expect(await db.auditSeal.findUnique({ where: { eventId: event.id } })).not.toBeNull();
    expect((await verifyRecord(db, sept.id)).ok).toBe(true);
    expect((await verifyArchive(db)).ok).toBe(true);
  });

  it("each amendment's fingerprint covers the record's previous one", async () => {
    const db = testDb();
    const thuky = await actorOf("thuky");
    const id = await meetingId(JULY);
    // the record was approved before seals existed: the first amendment seals it first
    await amendMeeting(thuky, id, { field: "place", newValue: "Phòng họp tầng 3", reason: "Ghi nhầm tầng" });
    await amendMeeting(thuky, id, {
      field: "rating",
      newValue: "Hoàn thành xuất sắc nhiệm vụ",
      reason: "Ghi lại xếp loại",
    });
    const record = await db.recordSeal.findUniqueOrThrow({ where: { meetingId: id } });
    const seals = await db.amendmentSeal.findMany({ where: { meetingId: id }, orderBy: { position: "asc" } });
    expect(seals.map((s) => s.position)).toEqual([1, 2]);
    expect(seals[0].previous).toBe(record.fingerprint);
    expect(seals[1].previous).toBe(seals[0].fingerprint);
    expect(record).toMatchObject({ head: seals[1].fingerprint, amendments: 2 });
    await sealExisting(db);
    expect((await verifyArchive(db)).ok).toBe(true);
  });
});

describe("removing an approved record", () => {
  it("is named by its seal; removing the seal too shortens the chain below its recorded head", async () => {
    const db = testDb();
    await sealExisting(db);
    const sept = await approveSeptember();
    await db.$executeRaw`DELETE FROM "Revision" WHERE "meetingId" = ${sept.id}`;
    await db.$executeRaw`DELETE FROM "Task" WHERE "meetingId" = ${sept.id}`;
    await db.$executeRaw`DELETE FROM "Meeting" WHERE "id" = ${sept.id}`;
    const gone = await verifyArchive(db);
    expect(gone.breaks.map((b) => b.reason)).toEqual([
      "biên bản đã thông qua không còn trong cơ sở dữ liệu (đã bị xóa)",
    ]);
    expect(gone.breaks[0].where).toBe("biên bản thứ 2 của chuỗi");
    await db.$executeRaw`DELETE FROM "RecordSeal" WHERE "meetingId" = ${sept.id}`;
    const shorter = await verifyArchive(db);
    expect(shorter.breaks.map((b) => b.reason)).toEqual([
      "chuỗi ngắn hơn đã ghi: biên bản đã thông qua ở cuối chuỗi đã bị xóa",
    ]);
  });
});

describe("the canonical form as the README documents it", () => {
  /** RFC 8785 for strings, integers, booleans, null, arrays and objects, written from the README alone. */
  const jcs = (v: unknown): string =>
    v === null || typeof v !== "object"
      ? JSON.stringify(typeof v === "string" ? v.normalize("NFC") : v)
      : Array.isArray(v)
        ? `[${v.map(jcs).join(",")}]`
        : `{${Object.keys(v as object)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${jcs((v as Record<string, unknown>)[k])}`)
            .join(",")}}`;
  const sha = (v: unknown) => createHash("sha256").update(jcs(v), "utf8").digest("hex");
  const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  it("recomputes every approval's fingerprint and code, and an amendment's, by another program", async () => {
    const db = testDb();
    const id = await meetingId(JULY);
    await amendMeeting(await actorOf("thuky"), id, {
      field: "place",
      newValue: "Phòng họp tầng 3",
      reason: "Ghi nhầm tầng",
    });
    await approveSeptember();
    await sealExisting(db);
    for (const seal of await db.recordSeal.findMany()) {
      const record = JSON.parse(seal.content);
      expect(sha({ v: 1, type: "sobienban.record", previous: seal.previous, record })).toBe(seal.fingerprint);
      let n = BigInt(`0x${seal.fingerprint.slice(0, 16)}`) % 30n ** 10n;
      let code = "";
      for (let i = 0; i < 10; i++, n /= 30n) code = ALPHABET[Number(n % 30n)] + code;
      expect(code).toBe(seal.code);
    }
    const [a] = await db.amendment.findMany({ where: { meetingId: id } });
    const aSeal = await db.amendmentSeal.findUniqueOrThrow({ where: { amendmentId: a.id } });
    const form = {
      v: 1,
      type: "sobienban.amendment",
      previous: (await db.recordSeal.findUniqueOrThrow({ where: { meetingId: id } })).fingerprint,
      field: "place",
      old: a.oldValue,
      new: "Phòng họp tầng 3",
      reason: "Ghi nhầm tầng",
      date: a.createdAt.toISOString(),
      author: "thuky",
    };
    expect(sha(form)).toBe(aSeal.fingerprint);
  });
});

describe("verify names each break", () => {
  it("a place altered in SQL, a deleted amendment, two records' numbers swapped, an audit event edited", async () => {
    const db = testDb();
    const thuky = await actorOf("thuky");
    const july = await meetingId(JULY);
    await amendMeeting(thuky, july, { field: "place", newValue: "Phòng họp tầng 3", reason: "Ghi nhầm tầng" });
    await amendMeeting(thuky, july, {
      field: "rating",
      newValue: "Hoàn thành xuất sắc nhiệm vụ",
      reason: "Ghi lại xếp loại",
    });
    const sept = await approveSeptember();
    await sealExisting(db);
    expect((await verifyArchive(db)).ok).toBe(true);

    const [dangBo, khoi] = [await meetingId(DANG_BO), await meetingId(KHOI)];
    await db.$executeRaw`UPDATE "Meeting" SET "place" = ${"Hội trường khác"} WHERE "id" = ${sept.id}`;
    const first = await db.amendment.findFirstOrThrow({ where: { meetingId: july, field: "place" } });
    await db.$executeRaw`DELETE FROM "Amendment" WHERE "id" = ${first.id}`;
    await db.$executeRaw`UPDATE "Meeting" SET "number" = ${"05-BB/ĐUK"} WHERE "id" = ${dangBo}`;
    await db.$executeRaw`UPDATE "Meeting" SET "number" = ${"12-BB/ĐU"} WHERE "id" = ${khoi}`;
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.approve", entityId: sept.id } });
    await db.$executeRaw`UPDATE "AuditEvent" SET "action" = ${"meeting.view"} WHERE "id" = ${event.id}`;

    const report = await verifyArchive(db);
    expect(report.ok).toBe(false);
    const about = (id: string) => report.breaks.filter((b) => b.meetingId === id).map((b) => b.reason);
    expect(about(sept.id)).toEqual([expect.stringMatching(/nội dung khác với bản đã thông qua: địa điểm$/)]);
    expect(about(july)).toEqual(expect.arrayContaining([expect.stringMatching(/đính chính đã bị xóa/)]));
    expect(report.breaks.find((b) => b.meetingId === july && b.amendment === 1)).toBeTruthy();
    expect(about(dangBo)).toEqual([expect.stringMatching(/: số biên bản$/)]);
    expect(about(khoi)).toEqual([expect.stringMatching(/: số biên bản$/)]);
    expect(report.breaks.filter((b) => b.chain === "audit").map((b) => b.reason)).toEqual([
      "sự kiện nhật ký đã bị sửa",
    ]);
    expect((await verifyRecord(db, sept.id)).ok).toBe(false);
    expect(
      (await verifyRecord(db, await meetingId("Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng"))).ok,
    ).toBe(true);

    // the command line prints each break and exits 1; --unit limits the check to one chain
    const root = path.resolve(import.meta.dirname, "../../..");
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/cli.ts"), ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      });
    const r = cli("verify");
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/✗ Chi bộ Tổ chức – Hành chính: 2 biên bản, 2 đính chính — CÓ CHỖ ĐỨT/);
    expect(r.stdout).toMatch(
      /biên bản “Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023” ngày 06\/09\/2023 .*: nội dung khác .*: địa điểm/,
    );
    expect(r.stdout).toMatch(/tháng 7 năm 2023” .*, đính chính thứ 1: đính chính đã bị xóa khỏi cơ sở dữ liệu/);
    expect(r.stdout).toMatch(/biên bản số 05-BB\/ĐUK .*: số biên bản/);
    expect(r.stdout).toMatch(/biên bản số 12-BB\/ĐU .*: số biên bản/);
    expect(r.stdout).toMatch(/Nhật ký — sự kiện nhật ký thứ \d+: sự kiện nhật ký đã bị sửa/);
    expect(r.stdout).toMatch(/Kết quả: 5 chỗ đứt\./);
    const unit = cli("verify", "--unit", await unitId("Chi bộ Đào tạo"));
    expect(unit.status, unit.stderr).toBe(0);
    expect(unit.stdout).toMatch(/✓ Chi bộ Đào tạo: 1 biên bản, 0 đính chính — nguyên vẹn/);
    expect(cli("verify", "--unit").status).toBe(2);
    const last = await db.verificationRun.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(await db.verificationRun.count()).toBe(2);
    expect(last.ok).toBe(true);
  }, 60_000);
});
