// What the account commands do to signing in and to what the account sees next.
import { beforeAll, describe, expect, it } from "vitest";
import {
  changeOwnPassword,
  createAccount,
  disableAccount,
  enableAccount,
  grantRole,
  resetPassword,
  revokeRole,
} from "@/features/accounts/mutations";
import { changeOwnPasswordSchema, createAccountSchema } from "@/features/accounts/schema";
import { listMeetings } from "@/features/meetings/data";
import { loadActor, signInWithPassword, SIGN_IN_FAILED } from "@/server/actor";
import { actorOf, testDb, unitId } from "../../helpers/db";
import { DAOTAO, FIXTURE_PASSWORD, TCHC, errorOf, makeAccount, seedWithSubtreeAdmins } from "./fixtures";

beforeAll(async () => {
  await seedWithSubtreeAdmins();
});

const TCHC_JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const TCHC_AUG_DRAFT = "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023";
const SCHOOL_CONF =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";

async function user(username: string) {
  return testDb().user.findUniqueOrThrow({ where: { username }, select: { id: true, sessionVersion: true } });
}

describe("a created account", () => {
  it("signs in with the generated password and gets the granted role", async () => {
    const created = await createAccount(
      await actorOf("qt.tchc"),
      createAccountSchema.parse({
        username: "moi.tao",
        displayName: "Người mới",
        generatePassword: "on",
        role: "SECRETARY",
        unitId: await unitId(TCHC),
      }),
    );
    const r = await signInWithPassword({ username: "moi.tao", password: created.generatedPassword });
    expect(r).toMatchObject({ ok: true, userId: created.id, displayName: "Người mới", sessionVersion: 0 });
    const titles = (await listMeetings((await loadActor(created.id, 0))!, { pageSize: 100 })).items
      .map((m) => m.title)
      .sort();
    expect(titles).toEqual([SCHOOL_CONF, TCHC_AUG_DRAFT, TCHC_JULY].sort());
  });
});

describe("a disabled account", () => {
  it("cannot sign in, and its session (old sessionVersion) has no actor any more; enabled again, it signs in", async () => {
    const target = await makeAccount("bi.khoa", [["MEMBER", TCHC]]);
    const before = await user("bi.khoa");
    expect((await signInWithPassword({ username: "bi.khoa", password: FIXTURE_PASSWORD })).ok).toBe(true);
    expect(await loadActor(target.id, before.sessionVersion)).not.toBeNull();

    await disableAccount(await actorOf("qt.tchc"), { userId: target.id });
    expect(await signInWithPassword({ username: "bi.khoa", password: FIXTURE_PASSWORD })).toEqual({
      ok: false,
      message: SIGN_IN_FAILED,
    });
    expect(await loadActor(target.id, before.sessionVersion)).toBeNull();
    expect(await loadActor(target.id)).toBeNull();

    await enableAccount(await actorOf("qt.tchc"), { userId: target.id });
    // the old session stays ended (its version was bumped); a new sign-in works
    expect(await loadActor(target.id, before.sessionVersion)).toBeNull();
    const again = await signInWithPassword({ username: "bi.khoa", password: FIXTURE_PASSWORD });
    expect(again).toMatchObject({ ok: true, sessionVersion: before.sessionVersion + 1 });
  });
});

describe("a reset password", () => {
  it("works, the old one does not, the old session ends, and a sign-in lock is lifted", async () => {
    const target = await makeAccount("quen.mk", [["MEMBER", TCHC]]);
    const before = await user("quen.mk");
    for (let i = 0; i < 5; i++) await signInWithPassword({ username: "quen.mk", password: `sai-${i}` });
    expect((await signInWithPassword({ username: "quen.mk", password: FIXTURE_PASSWORD })).ok).toBe(false); // locked

    const { generatedPassword } = await resetPassword(await actorOf("qt.truong"), {
      userId: target.id,
      generatePassword: true,
      password: null,
    });
    expect(await loadActor(target.id, before.sessionVersion)).toBeNull();
    expect((await signInWithPassword({ username: "quen.mk", password: FIXTURE_PASSWORD })).ok).toBe(false);
    expect((await signInWithPassword({ username: "quen.mk", password: generatedPassword })).ok).toBe(true);
  });
});

describe("the own password", () => {
  it("changes with the current one, ends the sessions, and is refused with a wrong current one", async () => {
    const target = await makeAccount("tu.doi", [["MEMBER", DAOTAO]]);
    const me = (await loadActor(target.id))!;
    const wrong = await errorOf(
      changeOwnPassword(
        me,
        changeOwnPasswordSchema.parse({
          currentPassword: "khong-dung-dau",
          newPassword: "mat-khau-cua-toi",
          confirmPassword: "mat-khau-cua-toi",
        }),
      ),
    );
    expect(wrong.fields?.currentPassword).toEqual(["Mật khẩu hiện tại không đúng."]);
    expect((await signInWithPassword({ username: "tu.doi", password: FIXTURE_PASSWORD })).ok).toBe(true);

    await changeOwnPassword(
      me,
      changeOwnPasswordSchema.parse({
        currentPassword: FIXTURE_PASSWORD,
        newPassword: "mat-khau-cua-toi",
        confirmPassword: "mat-khau-cua-toi",
      }),
    );
    expect(await loadActor(target.id, 0)).toBeNull();
    expect((await signInWithPassword({ username: "tu.doi", password: FIXTURE_PASSWORD })).ok).toBe(false);
    expect((await signInWithPassword({ username: "tu.doi", password: "mat-khau-cua-toi" })).ok).toBe(true);
    const [event] = await testDb().auditEvent.findMany({
      where: { action: "account.changePassword", entityId: target.id },
    });
    expect(event.data).not.toContain("mat-khau-cua-toi");
  });

  it("counts wrong current passwords as failed sign-ins and stops checking once locked", async () => {
    const target = await makeAccount("doan.mk", [["MEMBER", DAOTAO]]);
    const me = (await loadActor(target.id))!;
    const attempt = (current: string) =>
      changeOwnPassword(
        me,
        changeOwnPasswordSchema.parse({
          currentPassword: current,
          newPassword: "mat-khau-cua-toi",
          confirmPassword: "mat-khau-cua-toi",
        }),
      );
    for (let i = 0; i < 5; i++) expect((await errorOf(attempt(`doan-sai-${i}`))).code).toBe("VALIDATION");
    const locked = await errorOf(attempt(FIXTURE_PASSWORD));
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.message).toMatch(/thử lại sau \d+ phút/);
    expect((await signInWithPassword({ username: "doan.mk", password: FIXTURE_PASSWORD })).ok).toBe(false);
  });

  it("validates: confirmation must match, the new one must differ and be long enough", () => {
    const issues = (v: object) =>
      changeOwnPasswordSchema.safeParse(v).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(
      issues({ currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-moi-1", confirmPassword: "khac" }),
    ).toEqual([["confirmPassword", "Mật khẩu nhập lại không khớp."]]);
    expect(
      issues({ currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-cu-1", confirmPassword: "mat-khau-cu-1" }),
    ).toEqual([["newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại."]]);
    expect(issues({ currentPassword: "x", newPassword: "ngan", confirmPassword: "ngan" })).toEqual([
      ["newPassword", "Mật khẩu phải có ít nhất 10 ký tự."],
    ]);
  });
});

describe("grants read fresh", () => {
  it("a revoked grant changes what listMeetings returns on the next load, a new grant too", async () => {
    const target = await makeAccount("doi.quyen", [
      ["MEMBER", DAOTAO],
      ["SECRETARY", TCHC],
    ]);
    const titles = async () =>
      (await listMeetings((await loadActor(target.id, 0))!, { pageSize: 100 })).items.map((m) => m.title);
    expect(await titles()).toContain(TCHC_AUG_DRAFT);

    const secretary = await testDb().roleGrant.findFirstOrThrow({ where: { userId: target.id, role: "SECRETARY" } });
    await revokeRole(await actorOf("qt.tchc"), { grantId: secretary.id });
    expect(await titles()).not.toContain(TCHC_AUG_DRAFT);
    expect(await titles()).not.toContain(TCHC_JULY);

    await grantRole(await actorOf("qt.truong"), { userId: target.id, role: "SECRETARY", unitId: await unitId(TCHC) });
    expect(await titles()).toContain(TCHC_AUG_DRAFT);
  });
});

describe("the audit trail of account changes", () => {
  it("has a row per change, by the acting admin, and never a password or a hash", async () => {
    const events = await testDb().auditEvent.findMany({ where: { action: { startsWith: "account." } } });
    const actions = new Set(events.map((e) => e.action));
    for (const a of [
      "account.create",
      "account.disable",
      "account.enable",
      "account.resetPassword",
      "account.changePassword",
      "account.grant",
      "account.revoke",
    ]) {
      expect(actions, a).toContain(a);
    }
    const hashes = await testDb().user.findMany({ select: { passwordHash: true } });
    const all = JSON.stringify(events);
    expect(all).not.toMatch(/argon2|passwordHash|"password"/);
    for (const secret of [FIXTURE_PASSWORD, "mat-khau-cua-toi", ...hashes.map((h) => h.passwordHash)])
      expect(all).not.toContain(secret);
    expect(events.every((e) => e.actorId)).toBe(true);
  });
});
