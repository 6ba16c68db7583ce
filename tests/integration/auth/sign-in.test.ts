import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, loadTokenActor, hashToken, signInWithPassword, SIGN_IN_FAILED } from "@/server/actor";
import { MAX_FAILURES } from "@/server/throttle";
import { seeded, testDb, unitId } from "../../helpers/db";

beforeAll(async () => {
  await seeded();
});

describe("sign-in with username and password", () => {
  it("accepts the demo accounts with argon2 hashes", async () => {
    for (const username of ["admin", "thuky", "dangvien"]) {
      const r = await signInWithPassword({ username, password: "sobienban" });
      expect(r.ok, username).toBe(true);
    }
    const hash = await testDb().user.findUniqueOrThrow({
      where: { username: "admin" },
      select: { passwordHash: true },
    });
    expect(hash.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("accepts a username typed with capitals and spaces", async () => {
    expect((await signInWithPassword({ username: "  ThuKy ", password: "sobienban" })).ok).toBe(true);
  });

  it("refuses a wrong password or unknown user with one Vietnamese message", async () => {
    expect(await signInWithPassword({ username: "thuky", password: "sai" })).toEqual({
      ok: false,
      message: SIGN_IN_FAILED,
    });
    expect(await signInWithPassword({ username: "khongco", password: "sobienban" })).toEqual({
      ok: false,
      message: SIGN_IN_FAILED,
    });
    expect(await signInWithPassword({ username: "", password: "x" })).toEqual({
      ok: false,
      message: "Vui lòng nhập tên đăng nhập.",
    });
  });

  it("locks a username after repeated failures, even for the right password, then says how long", async () => {
    let last = { ok: true } as Awaited<ReturnType<typeof signInWithPassword>>;
    for (let i = 0; i < MAX_FAILURES; i++)
      last = await signInWithPassword({ username: "dangvien", password: `sai${i}` });
    expect(last).toEqual({ ok: false, message: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút." });
    const locked = await signInWithPassword({ username: "dangvien", password: "sobienban" });
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.message).toMatch(/thử lại sau \d+ phút/);
    // another account is not affected
    expect((await signInWithPassword({ username: "admin", password: "sobienban" })).ok).toBe(true);
    // once the lock has passed, the right password works again
    await testDb().loginThrottle.update({
      where: { key: "dangvien" },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await signInWithPassword({ username: "dangvien", password: "sobienban" })).ok).toBe(true);
  });

  it("refuses a disabled account", async () => {
    await testDb().user.update({ where: { username: "thuky" }, data: { disabledAt: new Date() } });
    expect((await signInWithPassword({ username: "thuky", password: "sobienban" })).ok).toBe(false);
    const user = await testDb().user.findUniqueOrThrow({ where: { username: "thuky" } });
    expect(await loadActor(user.id)).toBeNull();
    await testDb().user.update({ where: { username: "thuky" }, data: { disabledAt: null } });
  });

  it("never returns the password hash by default", async () => {
    const user = await testDb().user.findUniqueOrThrow({ where: { username: "admin" } });
    expect("passwordHash" in user).toBe(false);
  });
});

describe("the actor is read fresh from the database", () => {
  it("sees a revoked grant on the next load", async () => {
    const user = await testDb().user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
    const before = await loadActor(user.id);
    expect(before?.grants.map((g) => g.role)).toEqual(["ADMIN", "ADMIN"]);
    const khoi = await unitId("Đảng bộ Khối các trường Đại học, Cao đẳng");
    await testDb().roleGrant.deleteMany({ where: { userId: user.id, unitId: khoi } });
    const after = await loadActor(user.id);
    expect(after?.grants).toHaveLength(1);
  });

  it("ends sessions of an older session version", async () => {
    const user = await testDb().user.findUniqueOrThrow({
      where: { username: "dangvien" },
      select: { id: true, sessionVersion: true },
    });
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();
    await testDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
  });

  it("resolves an API token to its unit and role, and not once revoked", async () => {
    const admin = await testDb().user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
    const unit = await unitId("Chi bộ Đào tạo");
    const token = await testDb().apiToken.create({
      data: {
        name: "Tích hợp thử",
        tokenHash: hashToken("sbb_secret_1"),
        prefix: "sbb_sec",
        unitId: unit,
        role: "MEMBER",
        createdById: admin.id,
      },
    });
    const actor = await loadTokenActor("sbb_secret_1");
    expect(actor?.grants).toEqual([expect.objectContaining({ role: "MEMBER", unitId: unit })]);
    expect(await loadTokenActor("sbb_wrong")).toBeNull();
    await testDb().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    expect(await loadTokenActor("sbb_secret_1")).toBeNull();
  });
});
