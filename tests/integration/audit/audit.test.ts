// The audit log: scoped by "audit.read" (subtree admins only), filtered and paginated.
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents, auditFilterOptions, AUDIT_PAGE_SIZE } from "@/features/audit/data";
import { auditQuerySchema } from "@/features/audit/schema";
import { createAccount, disableAccount, grantRole } from "@/features/accounts/mutations";
import { createAccountSchema } from "@/features/accounts/schema";
import { fromVnDateTime } from "@/lib/vi/date";
import { actorOf, testDb, unitId } from "../../helpers/db";
import { DAOTAO, KHOI, QLHS, SCHOOL, TCHC, makeAccount, seedWithSubtreeAdmins } from "../accounts/fixtures";

let created: { id: string };

beforeAll(async () => {
  await seedWithSubtreeAdmins();
  // an account made by the chi bộ's admin, then given a grant on a sibling chi bộ and disabled by
  // the school's admin (the chi bộ's admin may no longer disable it: it has a right outside)
  created = await createAccount(
    await actorOf("qt.tchc"),
    createAccountSchema.parse({
      username: "nk.moi",
      displayName: "Nhật ký mới",
      generatePassword: "on",
      role: "MEMBER",
      unitId: await unitId(TCHC),
    }),
  );
  await grantRole(await actorOf("qt.truong"), { userId: created.id, role: "MEMBER", unitId: await unitId(QLHS) });
  await disableAccount(await actorOf("qt.truong"), { userId: created.id });
});

async function actionsFor(username: string, query = {}) {
  const page = await listAuditEvents(await actorOf(username), query);
  return page.items.map((i) => `${i.action}@${i.unit?.name ?? "-"}`);
}

describe("who reads which events", () => {
  it("the chi bộ's admin: the chi bộ's events and its accounts' events, nothing of the siblings or the đảng bộ", async () => {
    const items = await actionsFor("qt.tchc");
    expect(items.filter((a) => a.startsWith("meeting."))).toEqual(expect.arrayContaining([`meeting.seed@${TCHC}`]));
    expect(items.some((a) => a.endsWith(`@${SCHOOL}`) || a.endsWith(`@${DAOTAO}`) || a.endsWith(`@${KHOI}`))).toBe(
      false,
    );
    expect(items).toEqual(expect.arrayContaining(["account.create@-", "account.disable@-"]));
    // the grant on the sibling chi bộ is the sibling's business
    expect(items).not.toContain(`account.grant@${QLHS}`);
  });

  it("the sibling chi bộ's admin and the other đảng bộ's admin see none of it", async () => {
    for (const username of ["qt.daotao", "qt.khoi"]) {
      const page = await listAuditEvents(await actorOf(username));
      expect(
        page.items.some((i) => i.entity.id === created.id),
        username,
      ).toBe(false);
      expect(
        page.items.some((i) => i.unit?.name === TCHC),
        username,
      ).toBe(false);
    }
    expect(await actionsFor("qt.khoi")).toEqual([`meeting.seed@${KHOI}`]);
  });

  it("the school's admin sees the whole school subtree, the account's grant included", async () => {
    const items = await actionsFor("qt.truong");
    expect(items).toEqual(
      expect.arrayContaining([
        `meeting.seed@${SCHOOL}`,
        `meeting.seed@${TCHC}`,
        `meeting.seed@${DAOTAO}`,
        `account.grant@${QLHS}`,
        "account.create@-",
      ]),
    );
    expect(items).not.toContain(`meeting.seed@${KHOI}`);
  });

  it("a secretary and a member read nothing", async () => {
    for (const username of ["thuky", "dangvien"]) {
      expect(await listAuditEvents(await actorOf(username)), username).toEqual({
        items: [],
        total: 0,
        page: 1,
        pageSize: AUDIT_PAGE_SIZE,
      });
      expect(await auditFilterOptions(await actorOf(username))).toEqual({ units: [], actors: [] });
    }
  });
});

describe("what an event shows", () => {
  it("the actor's name, the Vietnamese action, the entity and the details, without a password", async () => {
    const page = await listAuditEvents(await actorOf("qt.truong"), { accountId: created.id });
    expect(page.items.map((i) => i.actionLabel)).toEqual(["Khóa tài khoản", "Cấp quyền", "Tạo tài khoản"]);
    const [disable, grant, create] = page.items;
    expect(disable.actor?.name).toBe("Quản trị Đảng bộ trường");
    expect(create.actor?.name).toBe("Quản trị Chi bộ Tổ chức – Hành chính");
    expect(grant.actor?.name).toBe("Quản trị Đảng bộ trường");
    expect(create.entity).toMatchObject({
      type: "User",
      typeLabel: "Tài khoản",
      label: "Nhật ký mới (nk.moi)",
      href: `/admin/accounts/${created.id}`,
    });
    expect(grant.details).toEqual(
      expect.arrayContaining([
        { label: "Vai trò", value: "Đảng viên" },
        { label: "Tổ chức Đảng", value: QLHS },
      ]),
    );
    expect(create.details).toEqual(
      expect.arrayContaining([
        { label: "Quyền", value: `Đảng viên – ${TCHC}` },
        { label: "Mật khẩu", value: "do hệ thống tạo" },
      ]),
    );
    expect(JSON.stringify(page)).not.toMatch(/argon2|passwordHash/);
  });

  it("a meeting event names the record", async () => {
    const page = await listAuditEvents(await actorOf("qt.tchc"), { action: "meeting.seed" });
    expect(page.items.map((i) => i.entity.label).sort()).toEqual([
      "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023",
      "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023",
    ]);
    expect(page.items[0].actionLabel).toBe("Nạp biên bản mẫu");
  });
});

describe("filters and pages", () => {
  it("by unit subtree, by action or action group, by actor", async () => {
    const school = await actorOf("qt.truong");
    const byUnit = await listAuditEvents(school, { unitId: await unitId(QLHS) });
    expect(byUnit.items.map((i) => i.action).sort()).toEqual(["account.create", "account.disable", "account.grant"]);
    const group = await listAuditEvents(school, { action: "account." });
    expect(new Set(group.items.map((i) => i.action))).toEqual(
      new Set(["account.create", "account.grant", "account.disable"]),
    );
    const tchcAdmin = await actorOf("qt.tchc");
    const byActor = await listAuditEvents(school, { actorId: tchcAdmin.userId });
    expect(byActor.items.map((i) => i.action)).toEqual(["account.create"]);
    // a unit outside the scope filters to nothing rather than widening it
    expect((await listAuditEvents(await actorOf("qt.tchc"), { unitId: await unitId(KHOI) })).total).toBe(0);
  });

  it("by date range in Việt Nam days, and pages of 50 newest first", async () => {
    const cq = await unitId(TCHC);
    const at = (s: string) => fromVnDateTime(s)!;
    // 00:30 on 2 Jan in Việt Nam is still 1 Jan in UTC and in the test machine's zone
    await testDb().auditEvent.createMany({
      data: [
        { action: "meeting.update", entityType: "Meeting", unitId: cq, at: at("2024-01-01T23:59") },
        { action: "meeting.update", entityType: "Meeting", unitId: cq, at: at("2024-01-02T00:30") },
        { action: "meeting.update", entityType: "Meeting", unitId: cq, at: at("2024-01-02T23:59") },
        { action: "meeting.update", entityType: "Meeting", unitId: cq, at: at("2024-01-03T00:00") },
      ],
    });
    const admin = await actorOf("qt.tchc");
    const day = await listAuditEvents(admin, { from: "2024-01-02", to: "2024-01-02" });
    expect(day.items.map((i) => i.at)).toEqual([
      at("2024-01-02T23:59").toISOString(),
      at("2024-01-02T00:30").toISOString(),
    ]);
    expect((await listAuditEvents(admin, { from: "2024-01-02" })).items.map((i) => i.at)).toContain(
      at("2024-01-03T00:00").toISOString(),
    );

    await testDb().auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        action: "task.note",
        entityType: "Task",
        unitId: cq,
        at: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    });
    const p1 = await listAuditEvents(admin, { action: "task.note" });
    const p2 = await listAuditEvents(admin, { action: "task.note", page: 2 });
    expect(p1.total).toBe(60);
    expect(p1.items).toHaveLength(50);
    expect(p2.items).toHaveLength(10);
    expect(p1.items[0].at).toBe(new Date(Date.UTC(2025, 0, 1, 0, 59)).toISOString());
    expect(p2.items[9].at).toBe(new Date(Date.UTC(2025, 0, 1, 0, 0)).toISOString());
  });

  it("parses the URL query leniently", () => {
    expect(
      auditQuerySchema.parse({ page: "x", from: "2024-02-30", to: "2024-03-01", action: "account.grant'--" }),
    ).toEqual({ page: 1, to: "2024-03-01" });
    expect(auditQuerySchema.parse({})).toEqual({ page: 1 });
  });

  it("offers the units of the scope and the people who acted in it", async () => {
    const options = await auditFilterOptions(await actorOf("qt.tchc"));
    expect(options.units.map((u) => u.name)).toEqual([TCHC]);
    expect(options.actors.map((a) => a.name)).toEqual([
      "Quản trị Chi bộ Tổ chức – Hành chính (qt.tchc)",
      "Quản trị Đảng bộ trường (qt.truong)",
    ]);
  });
});

describe("an account outside the scope", () => {
  it("does not leak its events through the account filter", async () => {
    const other = await makeAccount("nk.khac", [["MEMBER", DAOTAO]]);
    await disableAccount(await actorOf("qt.daotao"), { userId: other.id });
    expect((await listAuditEvents(await actorOf("qt.tchc"), { accountId: other.id })).total).toBe(0);
    expect((await listAuditEvents(await actorOf("qt.daotao"), { accountId: other.id })).total).toBe(1);
  });
});
