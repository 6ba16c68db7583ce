// Test access to the per-file database and the demo data.
import { getDb } from "@/server/db";
import { seedDemo } from "@/server/seed/demo";
import { loadActor } from "@/server/actor";
import type { Actor } from "@/server/policy/policy";
import { Prisma } from "@/generated/sqlite/client";
import { switchToCopy } from "./db-copy";

export const testDb = getDb;

/**
 * The demo data: on a database nothing has been written to yet, this file switches to a fresh copy
 * of the seeded template (built once per run); otherwise it seeds in place, and only when the
 * database has no units (as `seedDemo` does).
 */
export async function seeded() {
  const db = getDb();
  const counts = await Promise.all([db.unit.count(), db.user.count(), db.member.count(), db.auditEvent.count()]);
  if (counts.every((n) => n === 0)) await switchToCopy("seeded");
  else await seedDemo(db);
  return getDb();
}

export async function actorOf(username: string): Promise<Actor> {
  const user = await getDb().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`no actor for ${username}`);
  return actor;
}

export async function unitId(name: string): Promise<string> {
  return (await getDb().unit.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

export async function meetingId(title: string): Promise<string> {
  return (await getDb().meeting.findFirstOrThrow({ where: { title }, select: { id: true } })).id;
}

function delegateName(model: string): string {
  return model[0].toLowerCase() + model.slice(1);
}

/** Rows sorted by their JSON: an order that does not depend on the table's key. */
function sorted<T>(rows: T[]): T[] {
  return rows
    .map((r) => [JSON.stringify(r), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, r]) => r);
}

/**
 * Every row of every table (Prisma's models, password hashes included), for "the database is
 * unchanged" checks. The first keys are the historical ones (meetings, attendance, audit, users,
 * grants, throttle); every model is also there under its client name (agendaItem, speech, …).
 */
export async function snapshot() {
  const db = getDb() as unknown as Record<string, { findMany(args?: object): Promise<unknown[]> }>;
  const models = Object.values(Prisma.ModelName).map(delegateName);
  const rows = await Promise.all(
    models.map((m) => db[m].findMany(m === "user" ? { omit: { passwordHash: false } } : undefined).then(sorted)),
  );
  const all = Object.fromEntries(models.map((m, i) => [m, rows[i]]));
  return {
    meetings: all.meeting,
    attendance: all.attendance,
    audit: all.auditEvent,
    users: all.user,
    grants: all.roleGrant,
    throttle: all.loginThrottle,
    ...all,
  };
}

/** A fresh copy of the migrated, empty database. */
export async function emptyDb() {
  await switchToCopy("empty");
  return getDb();
}

/** A fresh copy of the seeded demo database (for tests that must not see each other's writes). */
export async function resetToDemo() {
  await switchToCopy("seeded");
  return getDb();
}
