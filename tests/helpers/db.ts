// Test access to the per-file database and the demo data.
import { getDb } from "@/server/db";
import { seedDemo } from "@/server/seed/demo";
import { loadActor } from "@/server/actor";
import type { Actor } from "@/server/policy/policy";

export const testDb = getDb;

export async function seeded() {
  await seedDemo(getDb());
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

/** Every row of the tables that a command may touch, for "the database is unchanged" checks. */
export async function snapshot() {
  const db = getDb();
  const [meetings, attendance, audit, users, grants, throttle] = await Promise.all([
    db.meeting.findMany({ orderBy: { id: "asc" } }),
    db.attendance.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.roleGrant.findMany({ orderBy: { id: "asc" } }),
    db.loginThrottle.findMany({ orderBy: { key: "asc" } }),
  ]);
  return { meetings, attendance, audit, users, grants, throttle };
}

/** Empties every table and seeds the demo data again (for tests that must not see each other's writes). */
export async function resetToDemo() {
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.taskNote.deleteMany();
    await tx.task.deleteMany();
    await tx.amendment.deleteMany();
    await tx.revision.deleteMany();
    await tx.bulletin.deleteMany();
    await tx.directiveCitation.deleteMany();
    await tx.attendance.deleteMany();
    await tx.agendaItem.deleteMany();
    await tx.report.deleteMany();
    await tx.speech.deleteMany();
    await tx.conclusion.deleteMany();
    await tx.resolution.deleteMany();
    await tx.meeting.deleteMany();
    await tx.directive.deleteMany();
    await tx.apiToken.deleteMany();
    await tx.roleGrant.deleteMany();
    await tx.user.deleteMany();
    await tx.position.deleteMany();
    await tx.member.deleteMany();
    await tx.auditEvent.deleteMany();
    await tx.loginThrottle.deleteMany();
    // seals of issue #18 (no foreign keys: emptied with what they seal)
    await tx.recordSeal.deleteMany();
    await tx.amendmentSeal.deleteMany();
    await tx.auditSeal.deleteMany();
    await tx.chainHead.deleteMany();
    await tx.verificationRun.deleteMany();
    await tx.unit.updateMany({ data: { parentId: null } });
    await tx.unit.deleteMany();
  });
  await seedDemo(db);
  return db;
}
