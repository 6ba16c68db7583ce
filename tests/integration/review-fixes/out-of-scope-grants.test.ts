// An admin of one chi bộ sees an account that also holds a right on a sibling chi bộ: the account
// pages and the audit log count that right, never name its unit nor show its id.
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createAccount } from "@/features/accounts/mutations";
import { createAccountSchema } from "@/features/accounts/schema";
import { getAccount, listAccounts } from "@/features/accounts/data";
import { listAuditEvents } from "@/features/audit/data";
import { AccountTable } from "@/features/accounts/components/account-table";
import { AuditTable } from "@/features/audit/components/audit-table";
import { loadActor } from "@/server/actor";
import { roleLabels } from "@/lib/vi/labels";
import type { Actor } from "@/server/policy/policy";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const DAOTAO = "Chi bộ Đào tạo";
const QLHS = "Chi bộ Quản lý học sinh, sinh viên";
const OUTSIDE = "một quyền ở tổ chức ngoài phạm vi của bạn";

let cbAdmin: Actor;
let schoolAdmin: Actor;
let account: { id: string };
let qlhsId: string;

beforeAll(async () => {
  await seeded();
  const user = await testDb().user.create({
    data: {
      username: "qt.daotao",
      displayName: "Quản trị Chi bộ Đào tạo",
      passwordHash: "x",
      grants: { create: { role: "ADMIN", unitId: await unitId(DAOTAO) } },
    },
    select: { id: true },
  });
  cbAdmin = (await loadActor(user.id))!;
  schoolAdmin = await actorOf("admin");
  qlhsId = await unitId(QLHS);
  account = await createAccount(
    schoolAdmin,
    createAccountSchema.parse({
      username: "hai.noi",
      displayName: "Tài khoản hai nơi",
      generatePassword: "on",
      grants: [
        { role: "MEMBER", unitId: await unitId(DAOTAO) },
        { role: "SECRETARY", unitId: qlhsId },
      ],
    }),
  );
});

const leaks = (text: string) => text.includes(QLHS) || text.includes(qlhsId);

describe("account pages", () => {
  it("list and detail show the grant in scope and count the other one", async () => {
    const detail = await getAccount(cbAdmin, account.id);
    expect(detail).not.toBeNull();
    expect(detail!.grants.map((g) => [g.role, g.unit.name])).toEqual([["MEMBER", DAOTAO]]);
    expect(detail!.outsideGrants).toBe(1);
    expect(detail!.manageable).toBe(false);
    expect(leaks(JSON.stringify(detail))).toBe(false);

    const listed = (await listAccounts(cbAdmin)).find((a) => a.id === account.id)!;
    expect(listed.outsideGrants).toBe(1);
    expect(leaks(JSON.stringify(listed))).toBe(false);
    const html = renderToStaticMarkup(createElement(AccountTable, { accounts: [listed] }));
    expect(html).toContain(OUTSIDE);
    expect(leaks(html)).toBe(false);
  });

  it("the school's admin, whose scope holds both, sees both grants by name", async () => {
    const detail = await getAccount(schoolAdmin, account.id);
    expect(detail!.grants.map((g) => g.unit.name).sort()).toEqual([DAOTAO, QLHS].sort());
    expect(detail!.outsideGrants).toBe(0);
  });
});

describe("audit log", () => {
  it("the account.create event names the grant in scope and counts the other one", async () => {
    const page = await listAuditEvents(cbAdmin, { accountId: account.id });
    const created = page.items.find((i) => i.action === "account.create");
    expect(created).toBeDefined();
    const grants = created!.details.find((d) => d.label === "Quyền");
    expect(grants?.value).toBe(`${roleLabels.MEMBER} – ${DAOTAO}; ${OUTSIDE}`);
    expect(leaks(JSON.stringify(page))).toBe(false);
    expect(leaks(renderToStaticMarkup(createElement(AuditTable, { items: page.items })))).toBe(false);
  });

  it("the school's admin reads both grants", async () => {
    const page = await listAuditEvents(schoolAdmin, { accountId: account.id });
    const grants = page.items.find((i) => i.action === "account.create")!.details.find((d) => d.label === "Quyền")!;
    expect(grants.value).toContain(QLHS);
    expect(grants.value).not.toContain(OUTSIDE);
  });
});
