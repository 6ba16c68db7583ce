// The archive generator (`cli generate`): deterministic for a seed, refuses a database with data, and
// writes records the app reads back as its own (both databases).
import { beforeAll, describe, expect, it } from "vitest";
import { generateArchive, type GeneratedArchive, NotEmptyError } from "../../../scripts/generate";
import { verifyPassword } from "@/server/password-core";
import { getMeeting } from "@/features/meetings/data";
import { searchMeetings } from "@/server/search/meetings";
import { actorOf, testDb } from "../../helpers/db";

const url = () => process.env.DATABASE_URL as string;

/** Every generated row, in a fixed order, without the password hashes (salted). */
async function contents() {
  const db = testDb();
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    units: await db.unit.findMany(byId),
    members: await db.member.findMany(byId),
    directives: await db.directive.findMany(byId),
    meetings: await db.meeting.findMany(byId),
    attendance: await db.attendance.findMany(byId),
    reports: await db.report.findMany(byId),
    speeches: await db.speech.findMany(byId),
    citations: await db.directiveCitation.findMany(byId),
    conclusions: await db.conclusion.findMany(byId),
    tasks: await db.task.findMany(byId),
    users: await db.user.findMany({ ...byId, select: { id: true, username: true, memberId: true } }),
    grants: await db.roleGrant.findMany(byId),
  };
}

async function emptyDatabase() {
  const db = testDb();
  await db.$transaction(async (tx) => {
    await tx.task.deleteMany();
    await tx.directiveCitation.deleteMany();
    await tx.meeting.deleteMany();
    await tx.directive.deleteMany();
    await tx.roleGrant.deleteMany();
    await tx.user.deleteMany();
    await tx.member.deleteMany();
    await tx.unit.updateMany({ data: { parentId: null } });
    await tx.unit.deleteMany();
  });
}

let first: GeneratedArchive;

beforeAll(async () => {
  first = await generateArchive({ url: url(), meetings: 120, seed: 11, batch: 50 });
}, 120_000);

describe("cli generate", () => {
  it("reports the rows it wrote and the ids a benchmark needs", async () => {
    const db = testDb();
    expect(first.meetings).toBe(120);
    expect(await db.meeting.count()).toBe(120);
    expect(first.rows.Meeting).toBe(120);
    expect(first.rows.Attendance).toBe(await db.attendance.count());
    expect(await db.member.count()).toBeGreaterThan(3000);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: first.meetingId } });
    expect(meeting).toMatchObject({ status: "APPROVED", unitId: first.memberUnitId });
    const draft = await db.meeting.findUniqueOrThrow({ where: { id: first.draftId } });
    expect(draft).toMatchObject({ status: "DRAFT", unitId: first.memberUnitId });
    const most = await db.attendance.groupBy({ by: ["memberId"], _count: { _all: true } });
    const top = Math.max(...most.map((m) => m._count._all));
    expect(first.longServingAttendance).toBe(top);
    expect(await db.attendance.count({ where: { memberId: first.longServingMemberId } })).toBe(top);
    expect(await db.directiveCitation.count({ where: { directiveId: first.mostCitedDirectiveId } })).toBe(
      first.mostCitedDirectiveCitations,
    );
  });

  it("creates admin (whole tree), thuky (secretary) and dangvien (member of one chi bộ) with the demo password", async () => {
    const db = testDb();
    const users = await db.user.findMany({
      select: { username: true, passwordHash: true, memberId: true, grants: { select: { role: true, unitId: true } } },
      orderBy: { username: "asc" },
    });
    expect(users.map((u) => [u.username, u.grants])).toEqual([
      ["admin", [{ role: "ADMIN", unitId: first.rootUnitId }]],
      ["dangvien", [{ role: "MEMBER", unitId: first.memberUnitId }]],
      ["thuky", [{ role: "SECRETARY", unitId: first.memberUnitId }]],
    ]);
    for (const u of users) expect(await verifyPassword(u.passwordHash, "sobienban")).toBe(true);
    expect(users.find((u) => u.username === "dangvien")?.memberId).toBe(first.memberId);
  });

  it("writes records the app reads as its own: the record page and the search", async () => {
    const member = await actorOf("dangvien");
    const m = await getMeeting(member, first.meetingId);
    expect(m?.attendance.entries.length).toBeGreaterThan(5);
    expect(m?.reports.length).toBeGreaterThan(0);
    expect(Number.isNaN(new Date(m?.startsAt ?? "").getTime())).toBe(false);
    const admin = await actorOf("admin");
    const hits = await searchMeetings(admin, { directiveId: first.mostCitedDirectiveId, pageSize: 100 });
    expect(hits.total).toBe(
      await testDb().meeting.count({ where: { citations: { some: { directiveId: first.mostCitedDirectiveId } } } }),
    );
    const words = await searchMeetings(admin, { q: first.words.common });
    expect(words.total).toBeGreaterThan(0);
  });

  it("refuses a database that already has data", async () => {
    await expect(generateArchive({ url: url(), meetings: 5, seed: 11 })).rejects.toBeInstanceOf(NotEmptyError);
  });

  it("writes the same rows again for the same seed, other rows for another seed", async () => {
    const before = await contents();
    await emptyDatabase();
    const again = await generateArchive({ url: url(), meetings: 120, seed: 11, batch: 7 });
    expect(await contents()).toEqual(before);
    expect({ ...again, seconds: 0, meetingsPerSecond: 0, phases: null }).toEqual({
      ...first,
      seconds: 0,
      meetingsPerSecond: 0,
      phases: null,
    });
    await emptyDatabase();
    const other = await generateArchive({ url: url(), meetings: 120, seed: 12 });
    expect(other.meetingId).not.toBe(first.meetingId);
    expect((await contents()).meetings.map((m) => m.title)).not.toEqual(before.meetings.map((m) => m.title));
  }, 120_000);
});
