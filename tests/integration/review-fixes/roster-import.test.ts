// Roster import: a move does what transferMember does; a card number outside the admin's scope is
// refused without saying it exists.
import { beforeEach, describe, expect, it } from "vitest";
import { confirmRosterImport, previewRosterImport } from "@/features/members/roster-io/import";
import { changeMemberStatus, transferMember } from "@/features/members/mutations";
import { toVnIsoDate } from "@/lib/vi/date";
import type { Actor } from "@/server/policy/policy";
import { resetToDemo, testDb } from "../../helpers/db";
import { DAOTAO, KHOI_CB, TCHC, grantActor, unitByName } from "../../helpers/roster";
import { SCHOOL } from "../../helpers/roster";

let schoolAdmin: Actor;
let cbAdmin: Actor;

beforeEach(async () => {
  await resetToDemo();
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  cbAdmin = await grantActor("qt_daotao", "ADMIN", DAOTAO);
});

const HEADER = ["Họ và tên", "Số thẻ đảng viên", "Loại đảng viên", "Chi bộ"];

async function importRows(actor: Actor, rows: string[][]) {
  const table = [HEADER, ...rows];
  const preview = await previewRosterImport(actor, { table, defaultUnitId: null });
  if (preview.counts.create + preview.counts.update)
    await confirmRosterImport(actor, { table, defaultUnitId: null, fingerprint: preview.fingerprint });
  return preview;
}

/** A member's status rows and memberships, without ids and dates of writing. */
async function history(memberId: string) {
  const [statuses, memberships, member] = await Promise.all([
    testDb().memberStatusChange.findMany({
      where: { memberId },
      orderBy: [{ fromOn: "asc" }, { createdAt: "asc" }],
      select: { status: true, fromOn: true, toOn: true },
    }),
    testDb().membership.findMany({
      where: { memberId },
      orderBy: { createdAt: "asc" },
      select: { unitId: true, startOn: true, endOn: true },
    }),
    testDb().member.findUniqueOrThrow({
      where: { id: memberId },
      select: { unitId: true, status: true, statusSince: true },
    }),
  ]);
  return { statuses, memberships, member };
}

describe("a move made by the import", () => {
  it("closes the open status rows and writes a closed TRANSFERRED_OUT row, exactly as transferMember", async () => {
    const tchc = await unitByName(TCHC);
    const daotao = await unitByName(DAOTAO);
    const [a, b] = await testDb().member.findMany({
      where: { unitId: tchc.id, status: "ACTIVE" },
      orderBy: { id: "asc" },
      take: 2,
    });
    const today = toVnIsoDate(new Date());
    const since = "2024-01-01";
    for (const [m, card] of [
      [a, "IMP001"],
      [b, "IMP002"],
    ] as const) {
      await testDb().member.update({ where: { id: m.id }, data: { partyCardNumber: card } });
      // an open status row: miễn sinh hoạt since 2024, no end date
      await changeMemberStatus(schoolAdmin, {
        memberId: m.id,
        status: "EXEMPT",
        fromOn: since,
        toOn: null,
        note: null,
      });
    }
    await transferMember(schoolAdmin, { memberId: a.id, toUnitId: daotao.id, kind: "OFFICIAL", on: today, note: null });
    const preview = await importRows(schoolAdmin, [
      [`${b.familyName} ${b.middleName} ${b.givenName}`.replace(/\s+/g, " "), "IMP002", "", DAOTAO],
    ]);
    expect(preview.rows[0]).toMatchObject({ action: "update", errors: [] });

    const byTransfer = await history(a.id);
    const byImport = await history(b.id);
    expect(byImport.statuses.filter((s) => s.toOn === null)).toEqual([]);
    expect(byImport.statuses).toContainEqual({ status: "TRANSFERRED_OUT", fromOn: today, toOn: today });
    expect(byImport).toEqual(byTransfer);
    expect(byImport.member).toMatchObject({ unitId: daotao.id, status: "ACTIVE", statusSince: today });
  });
});

describe("a card number outside the admin's scope", () => {
  it("is refused with a message that does not say the card exists elsewhere", async () => {
    const other = await testDb().member.findFirstOrThrow({ where: { unit: { name: KHOI_CB } } });
    await testDb().member.update({ where: { id: other.id }, data: { partyCardNumber: "KHOI0001" } });
    const before = await testDb().member.findUniqueOrThrow({ where: { id: other.id } });
    const preview = await importRows(cbAdmin, [["Phạm Văn Thử", "KHOI0001", "Chính thức", DAOTAO]]);
    expect(preview.rows[0].action).toBe("error");
    const [message] = preview.rows[0].errors;
    expect(message).toBe(
      "Dòng 2: Số thẻ đảng viên “KHOI0001” không nhập được vào tổ chức Đảng này. Hãy kiểm tra lại số thẻ hoặc liên hệ cấp ủy cấp trên.",
    );
    expect(message).not.toMatch(/ngoài phạm vi|đã thuộc|đã tồn tại|đã được dùng/);
    expect(await testDb().member.findUniqueOrThrow({ where: { id: other.id } })).toEqual(before);
  });
});
