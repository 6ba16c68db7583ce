// Each account command: allowed for an admin of the subtree, refused (FORBIDDEN / NOT_FOUND) for
// an admin of a sibling subtree, a secretary and a member, with the tables unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAccount,
  deleteUnusedAccount,
  disableAccount,
  enableAccount,
  grantRole,
  resetPassword,
  revokeRole,
} from "@/features/accounts/mutations";
import { getAccount, listAccounts } from "@/features/accounts/data";
import { createAccountSchema } from "@/features/accounts/schema";
import { throttleKey } from "@/server/throttle";
import { actorOf, testDb, unitId } from "../../helpers/db";
import { CQ, DAOTAO, QLHS, SCHOOL, TCHC, errorOf, expectRefused, makeAccount, seedWithSubtreeAdmins } from "./fixtures";

beforeAll(async () => {
  await seedWithSubtreeAdmins();
});

/** Refused for the sibling chi bộ's admin, the other đảng bộ's admin, a secretary and a member. */
const OUTSIDERS: Array<[string, string[]]> = [
  ["qt.daotao", ["NOT_FOUND", "FORBIDDEN"]],
  ["qt.khoi", ["NOT_FOUND", "FORBIDDEN"]],
  ["thuky", ["FORBIDDEN"]],
  ["dangvien", ["FORBIDDEN"]],
];

function input(raw: Record<string, unknown>) {
  return createAccountSchema.parse(raw);
}

async function auditOf(userId: string, action: string) {
  return testDb().auditEvent.findMany({ where: { entityType: "User", entityId: userId, action } });
}

describe("listing accounts", () => {
  it("shows an admin the accounts with a grant or a member in the subtree, nothing else", async () => {
    const names = async (u: string) => (await listAccounts(await actorOf(u))).map((a) => a.username);
    expect(await names("qt.tchc")).toEqual(["qt.tchc", "thuky"]);
    expect(await names("qt.daotao")).toEqual(["dangvien", "qt.daotao"]);
    expect(await names("qt.khoi")).toEqual(["admin", "qt.khoi"]);
    expect(await names("qt.truong")).toEqual(["admin", "dangvien", "qt.daotao", "qt.tchc", "qt.truong", "thuky"]);
    expect(await names("thuky")).toEqual([]);
    expect(await names("dangvien")).toEqual([]);
  });

  it("shows member, grants with units, status and whether the whole account is in scope", async () => {
    const school = await actorOf("qt.truong");
    const list = await listAccounts(school);
    const thuky = list.find((a) => a.username === "thuky")!;
    expect(thuky).toMatchObject({
      displayName: "Nguyễn Thị Thu Hà",
      member: { name: "Nguyễn Thị Thu Hà", unitName: TCHC },
      disabled: false,
      manageable: true,
    });
    expect(thuky.grants).toEqual([
      expect.objectContaining({ role: "SECRETARY", unit: expect.objectContaining({ name: TCHC }), manageable: true }),
    ]);
    // the admin of both đảng bộ is visible to the school's admin, but not theirs to take over
    const root = list.find((a) => a.username === "admin")!;
    expect(root.manageable).toBe(false);
    // the grant on the other đảng bộ is counted, never named
    expect(root.grants.map((g) => g.unit.name).sort()).toEqual([SCHOOL]);
    expect(root.outsideGrants).toBe(1);
    expect(root.grants.every((g) => !g.manageable)).toBe(true);
    // a member grant inside the subtree of an account with rights elsewhere may be revoked
    await makeAccount("hai.chi.bo", [
      ["MEMBER", TCHC],
      ["MEMBER", CQ],
    ]);
    const two = (await listAccounts(school)).find((a) => a.username === "hai.chi.bo")!;
    expect(two.manageable).toBe(false);
    expect(two.grants.map((g) => [g.unit.name, g.manageable]).sort()).toEqual([[TCHC, true]]);
    expect(two.outsideGrants).toBe(1);
    expect(JSON.stringify(list)).not.toMatch(/argon2|passwordHash/);
  });

  it("reads an account outside the scope exactly like a missing one", async () => {
    const thuky = await testDb().user.findUniqueOrThrow({ where: { username: "thuky" } });
    expect(await getAccount(await actorOf("qt.daotao"), thuky.id)).toBeNull();
    expect(await getAccount(await actorOf("qt.khoi"), thuky.id)).toBeNull();
    expect(await getAccount(await actorOf("thuky"), thuky.id)).toBeNull();
    expect(await getAccount(await actorOf("qt.tchc"), "khong-co")).toBeNull();
    expect((await getAccount(await actorOf("qt.tchc"), thuky.id))?.username).toBe("thuky");
  });
});

describe("creating an account", () => {
  it("is allowed to the chi bộ's admin for a member of the chi bộ, with a generated password shown once", async () => {
    const admin = await actorOf("qt.tchc");
    const tchc = await unitId(TCHC);
    const member = await testDb().member.findFirstOrThrow({ where: { nameFolded: "le van thang" } });
    const created = await createAccount(
      admin,
      input({
        username: " LeVanThang ",
        displayName: "",
        memberId: member.id,
        generatePassword: "on",
        role: "SECRETARY",
        unitId: tchc,
      }),
    );
    expect(created.username).toBe("levanthang");
    expect(created.generatedPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const row = await testDb().user.findUniqueOrThrow({
      where: { id: created.id },
      include: { grants: true },
      omit: { passwordHash: false },
    });
    expect(row).toMatchObject({ displayName: "Lê Văn Thắng", memberId: member.id, disabledAt: null });
    expect(row.grants.map((g) => [g.role, g.unitId])).toEqual([["SECRETARY", tchc]]);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const [event] = await auditOf(created.id, "account.create");
    expect(event).toMatchObject({ actorId: admin.userId, unitId: null });
    expect(JSON.parse(event.data!)).toMatchObject({
      username: "levanthang",
      grants: [{ role: "SECRETARY", unitId: tchc, unitName: TCHC }],
      passwordGenerated: true,
    });
    expect(event.data).not.toContain(created.generatedPassword!);
  });

  it("is allowed to the đảng bộ's admin on a chi bộ below, with a typed password", async () => {
    const created = await createAccount(
      await actorOf("qt.truong"),
      input({
        username: "tv.qlhs",
        displayName: "Thành viên QLHS",
        password: "mot-mat-khau-dai",
        role: "MEMBER",
        unitId: await unitId(QLHS),
      }),
    );
    expect(created.generatedPassword).toBeNull();
    const [event] = await auditOf(created.id, "account.create");
    expect(event.data).not.toContain("mot-mat-khau-dai");
  });

  it.each(OUTSIDERS)("is refused to %s for a grant on the chi bộ", async (username, codes) => {
    const tchc = await unitId(TCHC);
    await expectRefused(username, codes, (actor) =>
      createAccount(
        actor,
        input({
          username: `moi.${username}`,
          displayName: "Người mới",
          password: "mot-mat-khau-dai",
          role: "MEMBER",
          unitId: tchc,
        }),
      ),
    );
  });

  it("refuses a grant outside the scope even with another inside, and a member of another subtree", async () => {
    const admin = await actorOf("qt.tchc");
    const qlhs = await unitId(QLHS);
    await expectRefused("qt.tchc", ["FORBIDDEN"], (a) =>
      createAccount(
        a,
        input({
          username: "hai.quyen",
          displayName: "Hai quyền",
          password: "mot-mat-khau-dai",
          role: ["MEMBER", "MEMBER"],
          unitId: [admin.grants[0].unitId, qlhs],
        }),
      ),
    );
    const other = await testDb().member.findFirstOrThrow({ where: { nameFolded: "nguyen van quyet" } }); // Chi bộ Đào tạo
    const err = await expectRefused("qt.tchc", ["NOT_FOUND"], (a) =>
      createAccount(
        a,
        input({
          username: "quyet",
          displayName: "",
          memberId: other.id,
          password: "mot-mat-khau-dai",
          role: "MEMBER",
          unitId: admin.grants[0].unitId,
        }),
      ),
    );
    expect((err as { fields?: Record<string, string[]> }).fields?.memberId?.[0]).toMatch(/phạm vi/);
  });

  it("refuses a username in use, and a member who already has an account, in Vietnamese", async () => {
    const tchc = await unitId(TCHC);
    const dup = await errorOf(
      createAccount(
        await actorOf("qt.tchc"),
        input({ username: "ThuKy", displayName: "Trùng", password: "mot-mat-khau-dai", role: "MEMBER", unitId: tchc }),
      ),
    );
    expect(dup.fields?.username).toEqual(["Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác."]);
    const ha = await testDb().member.findFirstOrThrow({ where: { nameFolded: "nguyen thi thu ha" } });
    const taken = await errorOf(
      createAccount(
        await actorOf("qt.tchc"),
        input({
          username: "thuha2",
          displayName: "",
          memberId: ha.id,
          password: "mot-mat-khau-dai",
          role: "MEMBER",
          unitId: tchc,
        }),
      ),
    );
    expect(taken.fields?.memberId).toEqual(["Đảng viên này đã có tài khoản."]);
  });

  it("validates the input with Vietnamese messages", () => {
    const r = createAccountSchema.safeParse({
      username: "Lê Văn",
      displayName: "",
      password: "ngan",
      role: "ROOT",
      unitId: "",
    });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(fields.username).toMatch(/chữ thường không dấu/);
    expect(fields.password).toBe("Mật khẩu phải có ít nhất 10 ký tự.");
    expect(fields["grants.0.role"]).toBe("Vui lòng chọn vai trò.");
    expect(fields["grants.0.unitId"]).toBe("Vui lòng chọn tổ chức Đảng.");
    const noName = createAccountSchema.safeParse({
      username: "abc",
      displayName: " ",
      generatePassword: "on",
      role: "MEMBER",
      unitId: "u1",
    });
    expect(noName.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["displayName", "Vui lòng nhập họ tên hiển thị."],
    ]);
    const noPassword = createAccountSchema.safeParse({
      username: "abc",
      displayName: "A",
      password: "",
      role: "MEMBER",
      unitId: "u1",
    });
    expect(noPassword.error?.issues.map((i) => i.path.join("."))).toEqual(["password"]);
    expect(
      createAccountSchema.safeParse({ username: "abc", displayName: "A", password: "mot-mat-khau-dai" }).error
        ?.issues[0].message,
    ).toBe("Vui lòng cấp ít nhất một quyền.");
  });
});

describe("disabling and enabling", () => {
  it("is allowed to the chi bộ's admin: sessions end at once, API tokens are revoked, both audited", async () => {
    const target = await makeAccount("tat.tchc", [["MEMBER", TCHC]]);
    const token = await testDb().apiToken.create({
      data: {
        name: "Thử",
        tokenHash: "h-tat-tchc",
        prefix: "sbb_",
        unitId: await unitId(TCHC),
        createdById: target.id,
      },
    });
    const admin = await actorOf("qt.tchc");
    expect(await disableAccount(admin, { userId: target.id })).toEqual({ id: target.id, disabled: true });
    const row = await testDb().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.disabledAt).not.toBeNull();
    expect(row.sessionVersion).toBe(1);
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
    expect(await auditOf(target.id, "account.disable")).toHaveLength(1);
    // a second disable changes nothing
    await disableAccount(admin, { userId: target.id });
    expect(await auditOf(target.id, "account.disable")).toHaveLength(1);

    expect(await enableAccount(admin, { userId: target.id })).toEqual({ id: target.id, disabled: false });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect(await auditOf(target.id, "account.enable")).toHaveLength(1);
  });

  it.each(OUTSIDERS)("disabling is refused to %s", async (username, codes) => {
    const target = await makeAccount(`tat.${username}`, [["MEMBER", TCHC]]);
    await expectRefused(username, codes, (actor) => disableAccount(actor, { userId: target.id }));
  });

  it.each(OUTSIDERS)("enabling is refused to %s", async (username, codes) => {
    const target = await makeAccount(`mo.${username}`, [["MEMBER", TCHC]]);
    await testDb().user.update({ where: { id: target.id }, data: { disabledAt: new Date() } });
    await expectRefused(username, codes, (actor) => enableAccount(actor, { userId: target.id }));
  });

  it("is refused for the own account and for an account with rights outside the scope", async () => {
    const self = await actorOf("qt.tchc");
    const err = await expectRefused("qt.tchc", ["FORBIDDEN"], (a) => disableAccount(a, { userId: self.userId }));
    expect((err as Error).message).toBe("Bạn không thể tự khóa tài khoản của mình.");
    const root = await testDb().user.findUniqueOrThrow({ where: { username: "admin" } });
    const wide = await expectRefused("qt.truong", ["FORBIDDEN"], (a) => disableAccount(a, { userId: root.id }));
    expect((wide as Error).message).toMatch(/ngoài phạm vi/);
    const both = await makeAccount("hai.noi", [
      ["MEMBER", TCHC],
      ["MEMBER", DAOTAO],
    ]);
    await expectRefused("qt.tchc", ["FORBIDDEN"], (a) => disableAccount(a, { userId: both.id }));
    await disableAccount(await actorOf("qt.truong"), { userId: both.id });
  });
});

describe("resetting a password", () => {
  it("is allowed to the chi bộ's admin: new password set, sessions ended, sign-in lock lifted, audited without the password", async () => {
    const target = await makeAccount("dat.lai", [["MEMBER", TCHC]]);
    await testDb().loginThrottle.create({
      data: {
        key: throttleKey("dat.lai"),
        failures: 0,
        windowStart: new Date(),
        lockedUntil: new Date(Date.now() + 600_000),
      },
    });
    const before = await testDb().user.findUniqueOrThrow({ where: { id: target.id }, omit: { passwordHash: false } });
    const r = await resetPassword(await actorOf("qt.tchc"), {
      userId: target.id,
      generatePassword: false,
      password: "mat-khau-moi-123",
    });
    expect(r).toEqual({ id: target.id, generatedPassword: null });
    const after = await testDb().user.findUniqueOrThrow({ where: { id: target.id }, omit: { passwordHash: false } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await testDb().loginThrottle.count({ where: { key: throttleKey("dat.lai") } })).toBe(0);
    const [event] = await auditOf(target.id, "account.resetPassword");
    expect(event.data).not.toContain("mat-khau-moi-123");
    expect(event.data).not.toContain("argon2");
    const generated = await resetPassword(await actorOf("qt.truong"), {
      userId: target.id,
      generatePassword: true,
      password: null,
    });
    expect(generated.generatedPassword).toMatch(/^[a-z2-9-]{19}$/);
  });

  it.each(OUTSIDERS)("is refused to %s", async (username, codes) => {
    const target = await makeAccount(`dl.${username}`, [["MEMBER", TCHC]]);
    await expectRefused(username, codes, (actor) =>
      resetPassword(actor, { userId: target.id, generatePassword: true, password: null }),
    );
  });

  it("is refused for the own account (the own password page is for that) and for a wider account", async () => {
    const self = await actorOf("qt.tchc");
    await expectRefused("qt.tchc", ["FORBIDDEN"], (a) =>
      resetPassword(a, { userId: self.userId, generatePassword: true, password: null }),
    );
    const root = await testDb().user.findUniqueOrThrow({ where: { username: "admin" } });
    await expectRefused("qt.truong", ["FORBIDDEN"], (a) =>
      resetPassword(a, { userId: root.id, generatePassword: true, password: null }),
    );
  });
});

describe("granting a role", () => {
  it("is allowed on a unit of the subtree, once", async () => {
    const target = await makeAccount("cap.quyen", [["MEMBER", TCHC]]);
    const admin = await actorOf("qt.tchc");
    const { grantId } = await grantRole(admin, { userId: target.id, role: "SECRETARY", unitId: await unitId(TCHC) });
    expect(await testDb().roleGrant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({
      userId: target.id,
      role: "SECRETARY",
    });
    const [event] = await auditOf(target.id, "account.grant");
    expect(event.unitId).toBe(await unitId(TCHC));
    expect(JSON.parse(event.data!)).toMatchObject({ role: "SECRETARY", unitName: TCHC });
    const dup = await errorOf(grantRole(admin, { userId: target.id, role: "SECRETARY", unitId: await unitId(TCHC) }));
    expect(dup.message).toBe("Tài khoản đã có quyền này.");
  });

  it.each(OUTSIDERS)("is refused to %s", async (username, codes) => {
    const target = await makeAccount(`cq.${username}`, [["MEMBER", TCHC]]);
    const tchc = await unitId(TCHC);
    await expectRefused(username, codes, (actor) =>
      grantRole(actor, { userId: target.id, role: "ADMIN", unitId: tchc }),
    );
  });

  it("is refused on a closed unit", async () => {
    const target = await makeAccount("cap.dong", [["MEMBER", TCHC]]);
    const qlhs = await unitId(QLHS);
    await testDb().unit.update({ where: { id: qlhs }, data: { closedAt: new Date() } });
    try {
      const err = await expectRefused("qt.truong", ["VALIDATION"], (a) =>
        grantRole(a, { userId: target.id, role: "MEMBER", unitId: qlhs }),
      );
      expect((err as Error).message).toMatch(/thôi hoạt động/);
    } finally {
      await testDb().unit.update({ where: { id: qlhs }, data: { closedAt: null } });
    }
  });

  it("is refused on a unit outside the subtree, even for an account in scope", async () => {
    const target = await makeAccount("cap.ngoai", [["MEMBER", TCHC]]);
    const daotao = await unitId(DAOTAO);
    const school = await unitId(SCHOOL);
    const cq = await unitId(CQ);
    await expectRefused("qt.tchc", ["FORBIDDEN"], (a) =>
      grantRole(a, { userId: target.id, role: "MEMBER", unitId: daotao }),
    );
    // a chi bộ admin cannot lift anyone (themself included) to the đảng bộ above
    await expectRefused("qt.tchc", ["FORBIDDEN"], async (a) =>
      grantRole(a, { userId: a.userId, role: "ADMIN", unitId: school }),
    );
    await expectRefused("qt.truong", ["FORBIDDEN"], (a) =>
      grantRole(a, { userId: target.id, role: "MEMBER", unitId: cq }),
    );
  });
});

describe("revoking a role", () => {
  it("is allowed on a unit of the subtree and audited", async () => {
    const target = await makeAccount("thu.hoi", [
      ["MEMBER", TCHC],
      ["SECRETARY", TCHC],
    ]);
    const grant = await testDb().roleGrant.findFirstOrThrow({ where: { userId: target.id, role: "SECRETARY" } });
    expect(await revokeRole(await actorOf("qt.tchc"), { grantId: grant.id })).toEqual({ userId: target.id });
    expect(await testDb().roleGrant.count({ where: { id: grant.id } })).toBe(0);
    const [event] = await auditOf(target.id, "account.revoke");
    expect(JSON.parse(event.data!)).toMatchObject({ role: "SECRETARY", unitName: TCHC, grantId: grant.id });
  });

  it.each(OUTSIDERS)("is refused to %s", async (username, codes) => {
    const target = await makeAccount(`th.${username}`, [
      ["MEMBER", TCHC],
      ["SECRETARY", TCHC],
    ]);
    const grant = await testDb().roleGrant.findFirstOrThrow({ where: { userId: target.id, role: "SECRETARY" } });
    await expectRefused(username, codes, (actor) => revokeRole(actor, { grantId: grant.id }));
  });

  it("refuses a grant on a unit outside the subtree of an account in scope", async () => {
    const target = await makeAccount("th.hai", [
      ["MEMBER", TCHC],
      ["MEMBER", DAOTAO],
    ]);
    const outside = await testDb().roleGrant.findFirstOrThrow({
      where: { userId: target.id, unitId: await unitId(DAOTAO) },
    });
    await expectRefused("qt.tchc", ["FORBIDDEN"], (a) => revokeRole(a, { grantId: outside.id }));
  });

  it("revokes a member's grant inside the subtree of an account with rights elsewhere, but never the admin right of such an account", async () => {
    const target = await makeAccount("th.ba", [
      ["MEMBER", TCHC],
      ["MEMBER", DAOTAO],
    ]);
    const inside = await testDb().roleGrant.findFirstOrThrow({
      where: { userId: target.id, unitId: await unitId(TCHC) },
    });
    await revokeRole(await actorOf("qt.tchc"), { grantId: inside.id });
    expect(await testDb().roleGrant.count({ where: { userId: target.id } })).toBe(1);

    const root = await testDb().user.findUniqueOrThrow({ where: { username: "admin" } });
    const schoolAdmin = await testDb().roleGrant.findFirstOrThrow({
      where: { userId: root.id, unitId: await unitId(SCHOOL) },
    });
    const err = await expectRefused("qt.truong", ["FORBIDDEN"], (a) => revokeRole(a, { grantId: schoolAdmin.id }));
    expect((err as Error).message).toMatch(/cấp trên/);
  });

  it("keeps at least one grant, and no admin revokes their own last ADMIN grant", async () => {
    const lone = await makeAccount("th.mot", [["MEMBER", TCHC]]);
    const only = await testDb().roleGrant.findFirstOrThrow({ where: { userId: lone.id } });
    const e1 = await expectRefused("qt.tchc", ["VALIDATION"], (a) => revokeRole(a, { grantId: only.id }));
    expect((e1 as Error).message).toMatch(/ít nhất một quyền/);

    const self = await makeAccount("qt.kep", [
      ["ADMIN", TCHC],
      ["MEMBER", TCHC],
    ]);
    const adminGrant = await testDb().roleGrant.findFirstOrThrow({ where: { userId: self.id, role: "ADMIN" } });
    const e2 = await expectRefused("qt.kep", ["FORBIDDEN"], (a) => revokeRole(a, { grantId: adminGrant.id }));
    expect((e2 as Error).message).toBe("Bạn không thể thu hồi quyền quản trị cuối cùng của chính mình.");
    // with another ADMIN grant left, the own one may go
    await makeAccount("qt.kep2", [
      ["ADMIN", TCHC],
      ["ADMIN", QLHS],
    ]);
    const kep2 = await actorOf("qt.kep2");
    const tchcGrant = await testDb().roleGrant.findFirstOrThrow({
      where: { userId: kep2.userId, unitId: await unitId(TCHC) },
    });
    await revokeRole(kep2, { grantId: tchcGrant.id });
    expect((await actorOf("qt.kep2")).grants.map((g) => g.unitId)).toEqual([await unitId(QLHS)]);
  });

  it("refuses an unknown grant as not found", async () => {
    await expectRefused("qt.truong", ["NOT_FOUND"], (a) => revokeRole(a, { grantId: "khong-co" }));
  });
});

describe("deleting an account", () => {
  it("is allowed only for an account that never signed in and wrote nothing, and audited", async () => {
    const admin = await actorOf("qt.tchc");
    const unused = await makeAccount("xoa.duoc", [["MEMBER", TCHC]]);
    expect((await getAccount(admin, unused.id))?.deletable).toBe(true);
    expect(await deleteUnusedAccount(admin, { userId: unused.id })).toEqual({ id: unused.id });
    expect(await testDb().user.count({ where: { id: unused.id } })).toBe(0);
    expect(await testDb().roleGrant.count({ where: { userId: unused.id } })).toBe(0);
    const [event] = await testDb().auditEvent.findMany({ where: { action: "account.delete", entityId: unused.id } });
    expect(event).toMatchObject({ actorId: admin.userId, unitId: await unitId(TCHC) });

    const signedIn = await makeAccount("xoa.khong", [["MEMBER", TCHC]]);
    await testDb().user.update({ where: { id: signedIn.id }, data: { lastLoginAt: new Date() } });
    expect((await getAccount(admin, signedIn.id))?.deletable).toBe(false);
    const e1 = await expectRefused("qt.tchc", ["VALIDATION"], (a) => deleteUnusedAccount(a, { userId: signedIn.id }));
    expect((e1 as Error).message).toMatch(/Hãy khóa tài khoản/);

    // a progress note keeps its author: the account stays
    const wrote = await makeAccount("xoa.daviet", [["SECRETARY", TCHC]]);
    await testDb().taskNote.create({
      data: {
        task: { connect: { id: (await testDb().task.findFirstOrThrow()).id } },
        authorId: wrote.id,
        note: "Đã làm",
      },
    });
    await expectRefused("qt.tchc", ["VALIDATION"], (a) => deleteUnusedAccount(a, { userId: wrote.id }));
  });

  it.each(OUTSIDERS)("is refused to %s", async (username, codes) => {
    const target = await makeAccount(`xoa.${username}`, [["MEMBER", TCHC]]);
    await expectRefused(username, codes, (actor) => deleteUnusedAccount(actor, { userId: target.id }));
  });

  it("is refused for the own account", async () => {
    const self = await makeAccount("qt.tuxoa", [["ADMIN", QLHS]]);
    await expectRefused("qt.tuxoa", ["FORBIDDEN"], (a) => deleteUnusedAccount(a, { userId: self.id }));
  });
});
