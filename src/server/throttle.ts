import "server-only";
import { foldForSearch } from "@/lib/vi/normalize";
import { db } from "./db";

/** Failed sign-ins allowed per window before the username is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export function throttleKey(username: string): string {
  return foldForSearch(username).replace(/ /g, "") || "-";
}

/** Minutes left on a lock, or 0 when sign-in may be tried. */
export async function lockedMinutes(username: string, now = new Date()): Promise<number> {
  const row = await db().loginThrottle.findUnique({ where: { key: throttleKey(username) } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000);
}

/** Records a failure; returns the minutes of the lock it caused (0 when not locked yet). */
export async function recordFailure(username: string, now = new Date()): Promise<number> {
  const key = throttleKey(username);
  return db().$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const windowOpen = row && now.getTime() - row.windowStart.getTime() < WINDOW_MINUTES * 60_000;
    const failures = windowOpen ? row.failures + 1 : 1;
    const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await tx.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures: lockedUntil ? 0 : failures, windowStart: windowOpen ? row.windowStart : now, lockedUntil },
    });
    return lockedUntil ? LOCK_MINUTES : 0;
  });
}

export async function clearFailures(username: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: throttleKey(username) } });
}
