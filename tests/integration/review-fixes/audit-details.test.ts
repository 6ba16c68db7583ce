// Audit details read in Vietnamese: no raw keys, no ids or paths, enum values through their labels.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { listAuditEvents } from "@/features/audit/data";
import { AuditTable } from "@/features/audit/components/audit-table";
import { auditDetails } from "@/features/audit/labels";
import { createUnit, moveUnit } from "@/features/units/mutations";
import { changeMemberStatus, transferMember } from "@/features/members/mutations";
import { confirmRosterImport, previewRosterImport } from "@/features/members/roster-io/import";
import { memberStatusLabels, transferKindLabels, unitKindLabels } from "@/lib/vi/labels";
import type { Actor } from "@/server/policy/policy";
import type { AuditItem } from "@/features/audit/data";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";
const TCHC = "Chi bộ Tổ chức – Hành chính";
const DAOTAO = "Chi bộ Đào tạo";

const RAW_KEYS = [
  "fromParentId",
  "toParentId",
  "fromPath",
  "toPath",
  "units",
  "kind",
  "name",
  "parentId",
  "fromUnitId",
  "toUnitId",
  "created",
  "updated",
  "unchanged",
  "skipped",
  "fileName",
  "prefix",
  "role",
  "status",
  "category",
  "fromOn",
  "toOn",
  "label",
  "on",
];
const CODES = [
  "EXEMPT",
  "ACTIVE",
  "OFFICIAL",
  "TEMPORARY",
  "DANG_BO",
  "CHI_BO",
  "CHI_BO_CO_SO",
  "DANG_BO_CO_SO",
  "DANG_BO_BO_PHAN",
  "SECRETARY",
  "ADMIN",
  "MEMBER",
];

let admin: Actor;
let ids: string[];

beforeAll(async () => {
  await seeded();
  admin = await actorOf("admin");
});

async function event(action: string): Promise<AuditItem> {
  const page = await listAuditEvents(admin, { action });
  expect(page.items.length, action).toBeGreaterThan(0);
  return page.items[0];
}

/** No raw key, id, path or enum code in the rendered details. */
async function expectReadable(item: AuditItem) {
  ids = (await testDb().unit.findMany({ select: { id: true } })).map((u) => u.id);
  ids.push(...(await testDb().member.findMany({ select: { id: true } })).map((m) => m.id));
  // what the page shows (links may carry ids in their href, the text never does)
  const html = renderToStaticMarkup(createElement(AuditTable, { items: [item] })).replace(/<[^>]*>/g, " ");
  const detailText = item.details.map((d) => `${d.label}: ${d.value}`).join("\n");
  for (const key of RAW_KEYS) expect(detailText, key).not.toMatch(new RegExp(`\\b${key}\\b`));
  for (const code of CODES) expect(detailText, code).not.toMatch(new RegExp(`\\b${code}\\b`));
  for (const id of ids) expect(html.includes(id), `id ${id} in the page`).toBe(false);
  if (item.entity.id) expect(item.entity.label, "the entity is named").toBeTruthy();
  expect(item.entity.typeLabel).not.toMatch(/^[A-Za-z]+$/);
  expect(detailText).not.toMatch(/[{}"]|\/[a-z0-9]{10,}\//);
}

describe("the details of tree and roster events", () => {
  it("unit.move: the old and new parent by name, the number of units, no ids or paths", async () => {
    const unit = await createUnit(admin, {
      parentId: await unitId(SCHOOL),
      name: "Chi bộ Thư viện",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    await moveUnit(admin, { unitId: unit.id, newParentId: await unitId(KHOI) });
    const item = await event("unit.move");
    await expectReadable(item);
    expect(item.details).toEqual([
      { label: "Từ cấp trên", value: SCHOOL },
      { label: "Sang cấp trên", value: KHOI },
      { label: "Số tổ chức được chuyển", value: "1" },
    ]);
    const created = await event("unit.create");
    await expectReadable(created);
    expect(created.details).toEqual([
      { label: "Tên tổ chức", value: "Chi bộ Thư viện" },
      { label: "Loại tổ chức", value: unitKindLabels.CHI_BO },
      { label: "Trực thuộc", value: SCHOOL },
    ]);
  });

  it("member.status: the status by its label and the dates in Vietnamese form", async () => {
    const m = await testDb().member.findFirstOrThrow({ where: { unit: { name: TCHC }, status: "ACTIVE" } });
    await changeMemberStatus(admin, { memberId: m.id, status: "EXEMPT", fromOn: "2024-03-01", toOn: null, note: null });
    const item = await event("member.status");
    await expectReadable(item);
    expect(item.details).toEqual([
      { label: "Tình trạng", value: memberStatusLabels.EXEMPT },
      { label: "Từ ngày", value: "01/03/2024" },
    ]);
  });

  it("member.transfer and member.import: kinds by label, units by name", async () => {
    const m = await testDb().member.findFirstOrThrow({ where: { unit: { name: TCHC }, status: "ACTIVE" } });
    await transferMember(admin, {
      memberId: m.id,
      toUnitId: await unitId(DAOTAO),
      kind: "OFFICIAL",
      on: "2025-01-15",
      note: null,
    });
    const transfer = await event("member.transfer");
    await expectReadable(transfer);
    expect(transfer.details).toEqual([
      { label: "Hình thức", value: transferKindLabels.OFFICIAL },
      { label: "Từ tổ chức", value: TCHC },
      { label: "Đến tổ chức", value: DAOTAO },
      { label: "Ngày", value: "15/01/2025" },
    ]);
    const table = [
      ["Họ và tên", "Loại đảng viên", "Chi bộ"],
      ["Phạm Văn Nhập", "Chính thức", DAOTAO],
    ];
    const preview = await previewRosterImport(admin, { table, defaultUnitId: null });
    await confirmRosterImport(admin, {
      table,
      defaultUnitId: null,
      fingerprint: preview.fingerprint,
      fileName: "danh-sach.csv",
    });
    const imported = await event("member.import");
    await expectReadable(imported);
    expect(imported.details).toEqual(
      expect.arrayContaining([
        { label: "Thêm mới", value: "1" },
        { label: "Tệp", value: "danh-sach.csv" },
        { label: "Chi bộ", value: DAOTAO },
      ]),
    );
  });

  it("a unit outside the reader's scope is not named; unknown keys and nested objects never show raw", () => {
    const names = new Map([["u1", "Chi bộ A"]]);
    expect(
      auditDetails(
        { fromParentId: "u1", toParentId: "u2", fromPath: "/u1/", somethingNew: "x", nested: { a: 1 } },
        { action: "unit.move", unitNames: names },
      ),
    ).toEqual([
      { label: "Từ cấp trên", value: "Chi bộ A" },
      { label: "Sang cấp trên", value: "một tổ chức ngoài phạm vi của bạn" },
    ]);
  });
});
