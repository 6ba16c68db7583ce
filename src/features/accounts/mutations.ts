import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { authorize, canAnywhere, unitWhere, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { hashPassword, verifyPassword } from "@/server/password-core";
import { clearFailures, lockedMinutes, recordFailure, throttleKey } from "@/server/throttle";
import { lockedMessage } from "@/server/actor";
import { fullName } from "@/lib/vi/names";
import type { AccountState, CreatedAccount, PasswordResult } from "./dto";
import { accountHasTraces, accountScopeWhere, accountSelect, isFullyInScope, type AccountRow } from "./data";
import type {
  AccountIdInput,
  ChangeOwnPasswordInput,
  CreateAccountInput,
  GrantRoleInput,
  ResetPasswordInput,
  RevokeRoleInput,
} from "./schema";

// Audit rows of this feature carry usernames, roles and unit ids: never a password or a hash.

const accountNotFound = () => new AppError("NOT_FOUND", "Không tìm thấy tài khoản.");

/** Readable, unambiguous (no 0/o, 1/l/i), 16 random characters in 4 groups: about 79 bits. */
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = "";
    for (let i = 0; i < 4; i++) s += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join("-");
}

function requireAccountAdmin(actor: Actor) {
  if (!canAnywhere(actor, "account.manage")) throw new AppError("FORBIDDEN");
}

/**
 * The account for a command: invisible (no right in the actor's scope) is NOT_FOUND; with
 * `whole`, an account that also holds rights outside the actor's scope is FORBIDDEN.
 */
async function loadAccount(actor: Actor, userId: string, opts: { whole: boolean }): Promise<AccountRow> {
  requireAccountAdmin(actor);
  const row = await db().user.findFirst({ where: { id: userId, ...accountScopeWhere(actor) }, select: accountSelect });
  if (!row) throw accountNotFound();
  if (opts.whole && !isFullyInScope(actor, row)) {
    throw new AppError("FORBIDDEN", "Tài khoản này còn có quyền ở tổ chức Đảng ngoài phạm vi bạn quản trị.");
  }
  return row;
}

/** The unit of a grant: missing or outside scope is refused before anything is written. */
async function authorizeUnit(actor: Actor, unitId: string) {
  const unit = await db().unit.findUnique({
    where: { id: unitId },
    select: { id: true, path: true, name: true, closedAt: true },
  });
  if (!unit)
    throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.", {
      fields: { unitId: ["Không tìm thấy tổ chức Đảng."] },
    });
  const id = authorize(actor, "account.manage", { unitId: unit.id, unitPath: unit.path });
  if (unit.closedAt) {
    const message = "Tổ chức Đảng này đã thôi hoạt động; không cấp quyền mới được.";
    throw new AppError("VALIDATION", message, { fields: { unitId: [message] } });
  }
  return { ...unit, id };
}

// ───────────── create ─────────────

export async function createAccount(actor: Actor, input: CreateAccountInput): Promise<CreatedAccount> {
  requireAccountAdmin(actor);
  // every grant on a unit in scope (FORBIDDEN otherwise), duplicates dropped
  const seen = new Set<string>();
  const grants: Array<{ role: CreateAccountInput["grants"][number]["role"]; unitId: string; unitName: string }> = [];
  for (const g of input.grants) {
    const unit = await authorizeUnit(actor, g.unitId);
    const key = `${g.role}:${unit.id}`;
    if (!seen.has(key)) grants.push({ role: g.role, unitId: unit.id, unitName: unit.name });
    seen.add(key);
  }
  let member: { id: string; familyName: string; middleName: string; givenName: string } | null = null;
  if (input.memberId) {
    member = await db().member.findFirst({
      where: { id: input.memberId, unit: unitWhere(actor, "account.manage") },
      select: { id: true, familyName: true, middleName: true, givenName: true },
    });
    if (!member) {
      const message = "Không tìm thấy đảng viên trong phạm vi bạn quản trị.";
      throw new AppError("NOT_FOUND", message, { fields: { memberId: [message] } });
    }
  }
  const displayName = input.displayName ?? (member ? fullName(member) : "");
  const generatedPassword = input.generatePassword ? generatePassword() : null;
  const password = generatedPassword ?? input.password;
  if (!password) throw new AppError("VALIDATION", undefined, { fields: { password: ["Vui lòng nhập mật khẩu."] } });
  const passwordHash = await hashPassword(password);
  const usernameTaken = () =>
    new AppError("VALIDATION", undefined, {
      fields: { username: ["Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác."] },
    });
  const memberTaken = () =>
    new AppError("VALIDATION", undefined, { fields: { memberId: ["Đảng viên này đã có tài khoản."] } });

  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
        throw usernameTaken();
      if (member && (await tx.user.findUnique({ where: { memberId: member.id }, select: { id: true } })))
        throw memberTaken();
      const user = await tx.user.create({
        data: {
          username: input.username,
          displayName,
          passwordHash,
          memberId: member?.id ?? null,
          grants: { create: grants.map((g) => ({ role: g.role, unitId: g.unitId })) },
        },
        select: { id: true, username: true },
      });
      // failed sign-ins typed for this name before it existed must not lock the new account
      await tx.loginThrottle.deleteMany({ where: { key: throttleKey(input.username) } });
      // an account-level event (no unit): the audit log shows it to admins of the account's scope
      await writeAudit(
        tx,
        actor,
        "account.create",
        { type: "User", id: user.id },
        {
          username: user.username,
          displayName,
          memberId: member?.id ?? null,
          grants,
          passwordGenerated: !!generatedPassword,
        },
      );
      return { id: user.id, username: user.username, generatedPassword };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const target = JSON.stringify((e as { meta?: unknown }).meta ?? "");
      throw target.includes("member") ? memberTaken() : usernameTaken();
    }
    throw e;
  }
}

// ───────────── disable / enable ─────────────

/** Disables an account and ends its sessions at once (sessionVersion bump); its API tokens are revoked. */
export async function disableAccount(actor: Actor, input: AccountIdInput): Promise<AccountState> {
  if (input.userId === actor.userId) {
    requireAccountAdmin(actor);
    throw new AppError("FORBIDDEN", "Bạn không thể tự khóa tài khoản của mình.");
  }
  const account = await loadAccount(actor, input.userId, { whole: true });
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: account.id }, select: { disabledAt: true } });
    if (!current) throw accountNotFound();
    if (current.disabledAt) return { id: account.id, disabled: true };
    const now = new Date();
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
    const tokens = await tx.apiToken.updateMany({
      where: { createdById: account.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await writeAudit(
      tx,
      actor,
      "account.disable",
      { type: "User", id: account.id },
      { username: account.username, tokensRevoked: tokens.count },
    );
    return { id: account.id, disabled: true };
  });
}

export async function enableAccount(actor: Actor, input: AccountIdInput): Promise<AccountState> {
  const account = await loadAccount(actor, input.userId, { whole: true });
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: account.id }, select: { disabledAt: true } });
    if (!current) throw accountNotFound();
    if (!current.disabledAt) return { id: account.id, disabled: false };
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: null } });
    await writeAudit(tx, actor, "account.enable", { type: "User", id: account.id }, { username: account.username });
    return { id: account.id, disabled: false };
  });
}

// ───────────── passwords ─────────────

/** A new password for someone else's account: ends its sessions and lifts a sign-in lock. */
export async function resetPassword(actor: Actor, input: ResetPasswordInput): Promise<PasswordResult> {
  if (input.userId === actor.userId) {
    requireAccountAdmin(actor);
    throw new AppError("FORBIDDEN", "Hãy đổi mật khẩu của chính bạn ở trang “Đổi mật khẩu”.");
  }
  const account = await loadAccount(actor, input.userId, { whole: true });
  const generatedPassword = input.generatePassword ? generatePassword() : null;
  const password = generatedPassword ?? input.password;
  if (!password) throw new AppError("VALIDATION", undefined, { fields: { password: ["Vui lòng nhập mật khẩu."] } });
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: account.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await tx.loginThrottle.deleteMany({ where: { key: throttleKey(account.username) } });
    await writeAudit(
      tx,
      actor,
      "account.resetPassword",
      { type: "User", id: account.id },
      { username: account.username, passwordGenerated: !!generatedPassword },
    );
    return { id: account.id, generatedPassword };
  });
}

/**
 * The signed-in user's own password, with the current one. Wrong current passwords count as failed
 * sign-ins (the same lock). Every session of the account ends, this one included.
 */
export async function changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput): Promise<{ id: string }> {
  if (actor.tokenId) throw new AppError("FORBIDDEN");
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: { id: true, username: true, passwordHash: true, disabledAt: true },
  });
  if (!user || user.disabledAt) throw new AppError("UNAUTHENTICATED");
  // the sign-in lock also guards guessing the current password from an open session
  const locked = await lockedMinutes(user.username);
  if (locked > 0) throw new AppError("RATE_LIMITED", lockedMessage(locked));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(user.username);
    throw new AppError("VALIDATION", undefined, { fields: { currentPassword: ["Mật khẩu hiện tại không đúng."] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await clearFailures(user.username);
  return db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await writeAudit(tx, actor, "account.changePassword", { type: "User", id: user.id }, { username: user.username });
    return { id: user.id };
  });
}

// ───────────── grants ─────────────

export async function grantRole(actor: Actor, input: GrantRoleInput): Promise<{ grantId: string }> {
  const account = await loadAccount(actor, input.userId, { whole: false });
  const unit = await authorizeUnit(actor, input.unitId);
  const duplicate = () =>
    new AppError("VALIDATION", "Tài khoản đã có quyền này.", {
      fields: { role: ["Tài khoản đã có quyền này trên tổ chức Đảng đã chọn."] },
    });
  try {
    return await db().$transaction(async (tx) => {
      if (
        await tx.roleGrant.findFirst({
          where: { userId: account.id, role: input.role, unitId: unit.id },
          select: { id: true },
        })
      )
        throw duplicate();
      const grant = await tx.roleGrant.create({
        data: { userId: account.id, role: input.role, unitId: unit.id },
        select: { id: true },
      });
      await writeAudit(
        tx,
        actor,
        "account.grant",
        { type: "User", id: account.id, unitId: unit.id },
        { username: account.username, grantId: grant.id, role: input.role, unitId: unit.id, unitName: unit.name },
      );
      return { grantId: grant.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

/**
 * Takes a role away; effective on the account's next request (grants are read fresh). An account
 * keeps at least one grant (disable it instead), and no admin removes their own last ADMIN grant.
 */
export async function revokeRole(actor: Actor, input: RevokeRoleInput): Promise<{ userId: string }> {
  requireAccountAdmin(actor);
  const grant = await db().roleGrant.findUnique({
    where: { id: input.grantId },
    select: { id: true, role: true, userId: true, unit: { select: { id: true, path: true, name: true } } },
  });
  if (!grant) throw new AppError("NOT_FOUND", "Không tìm thấy quyền cần thu hồi.");
  // the account must be visible (else NOT_FOUND), the grant's unit in scope (else FORBIDDEN)
  const account = await loadAccount(actor, grant.userId, { whole: false });
  const unitId = authorize(actor, "account.manage", { unitId: grant.unit.id, unitPath: grant.unit.path });
  // an admin right of an account that also holds rights elsewhere (an admin above, say) is not
  // the subtree's to take: that would free the subtree from its oversight
  if (grant.role === "ADMIN" && !isFullyInScope(actor, account)) {
    throw new AppError(
      "FORBIDDEN",
      "Tài khoản này còn có quyền ở tổ chức Đảng ngoài phạm vi bạn quản trị; chỉ quản trị viên cấp trên mới thu hồi được quyền quản trị của tài khoản.",
    );
  }
  return db().$transaction(async (tx) => {
    const rest = await tx.roleGrant.findMany({
      where: { userId: account.id, id: { not: grant.id } },
      select: { role: true },
    });
    const stillThere = await tx.roleGrant.count({ where: { id: grant.id } });
    if (!stillThere) throw new AppError("NOT_FOUND", "Không tìm thấy quyền cần thu hồi.");
    if (rest.length === 0) {
      throw new AppError("VALIDATION", "Tài khoản phải còn ít nhất một quyền. Nếu không dùng nữa, hãy khóa tài khoản.");
    }
    if (account.id === actor.userId && grant.role === "ADMIN" && !rest.some((g) => g.role === "ADMIN")) {
      throw new AppError("FORBIDDEN", "Bạn không thể thu hồi quyền quản trị cuối cùng của chính mình.");
    }
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await writeAudit(
      tx,
      actor,
      "account.revoke",
      { type: "User", id: account.id, unitId },
      { username: account.username, grantId: grant.id, role: grant.role, unitId, unitName: grant.unit.name },
    );
    return { userId: account.id };
  });
}

// ───────────── delete (only an unused account) ─────────────

/**
 * Deletes an account made by mistake: only one that never signed in and never wrote anything.
 * Every other account is disabled instead, so what it wrote keeps its author.
 */
export async function deleteUnusedAccount(actor: Actor, input: AccountIdInput): Promise<{ id: string }> {
  if (input.userId === actor.userId) {
    requireAccountAdmin(actor);
    throw new AppError("FORBIDDEN", "Bạn không thể tự xóa tài khoản của mình.");
  }
  const account = await loadAccount(actor, input.userId, { whole: true });
  return db().$transaction(async (tx) => {
    if (await accountHasTraces(tx, account.id)) {
      throw new AppError(
        "VALIDATION",
        "Tài khoản đã đăng nhập hoặc đã ghi dữ liệu nên không thể xóa. Hãy khóa tài khoản.",
      );
    }
    await tx.roleGrant.deleteMany({ where: { userId: account.id } });
    await tx.user.delete({ where: { id: account.id } });
    // kept on the unit of the first grant, so admins there still see it once the account is gone
    await writeAudit(
      tx,
      actor,
      "account.delete",
      { type: "User", id: account.id, unitId: account.grants[0]?.unit.id ?? account.member?.unit.id ?? null },
      {
        username: account.username,
        displayName: account.displayName,
      },
    );
    return { id: account.id };
  });
}
