import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { isWellFormedText } from "@/lib/vi/unicode";
import { db } from "./db";
import { can, grantWithin, type Actor } from "./policy/policy";
import { verifyPassword } from "./password-core";
import { clearFailures, lockedMinutes, recordFailure } from "./throttle";

/** The actor of a user id, read fresh from the database (grants are never trusted from a token). */
export async function loadActor(userId: string, sessionVersion?: number): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      memberId: true,
      disabledAt: true,
      sessionVersion: true,
      grants: { select: { role: true, unitId: true, unit: { select: { path: true } } } },
    },
  });
  if (!user || user.disabledAt) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    memberId: user.memberId,
    grants: user.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unit.path })),
  };
}

export const SIGN_IN_FAILED = "Tên đăng nhập hoặc mật khẩu không đúng.";

export const credentialsSchema = z.object({
  username: z
    .string({ error: "Vui lòng nhập tên đăng nhập." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Vui lòng nhập tên đăng nhập." })
    .max(100)
    .refine(isWellFormedText, { error: SIGN_IN_FAILED }),
  password: z.string({ error: "Vui lòng nhập mật khẩu." }).min(1, { error: "Vui lòng nhập mật khẩu." }).max(200),
});

export function lockedMessage(minutes: number): string {
  return `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

export type SignInResult =
  | { ok: true; userId: string; displayName: string; sessionVersion: number }
  | { ok: false; message: string };

/** Checks a username and password, with throttling of failures. Used by next-auth's authorize. */
export async function signInWithPassword(input: unknown): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? SIGN_IN_FAILED };
  const { username, password } = parsed.data;

  const locked = await lockedMinutes(username);
  if (locked > 0) return { ok: false, message: lockedMessage(locked) };

  const user = await db().user.findUnique({
    where: { username },
    select: { id: true, displayName: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const valid = !!user && !user.disabledAt && (await verifyPassword(user.passwordHash, password));
  if (!valid || !user) {
    const lock = await recordFailure(username);
    return { ok: false, message: lock > 0 ? lockedMessage(lock) : SIGN_IN_FAILED };
  }
  await clearFailures(username);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, userId: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion };
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The actor behind an API token ("Authorization: Bearer sbb_…"), or null when unknown or revoked. */
export async function loadTokenActor(secret: string): Promise<Actor | null> {
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      name: true,
      role: true,
      unitId: true,
      revokedAt: true,
      createdById: true,
      unit: { select: { path: true } },
    },
  });
  if (!token || token.revokedAt) return null;
  // A token acts for its issuer: never beyond what the issuer may do now (disabled, or a right
  // revoked since, and the token stops working; a right given back, and it works again).
  const issuer = await loadActor(token.createdById);
  const unit = { unitId: token.unitId, unitPath: token.unit.path };
  if (!issuer || !can(issuer, "apiToken.manage", unit) || !grantWithin(issuer, token.role, unit)) return null;
  await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return {
    userId: token.createdById,
    username: `token:${token.id}`,
    displayName: token.name,
    memberId: null,
    tokenId: token.id,
    grants: [{ role: token.role, unitId: token.unitId, unitPath: token.unit.path }],
  };
}
