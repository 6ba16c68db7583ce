// Subtree admins and throwaway accounts on parts of the demo tree, made directly with Prisma.
//
//   SCHOOL (Đảng bộ trường …)         qt.truong: ADMIN
//   ├─ TCHC (Chi bộ Tổ chức – HC)     qt.tchc: ADMIN; thuky: SECRETARY
//   ├─ QLHS (Chi bộ Quản lý HS, SV)
//   └─ DAOTAO (Chi bộ Đào tạo)        qt.daotao: ADMIN; dangvien: MEMBER
//   KHOI (Đảng bộ Khối …)             qt.khoi: ADMIN
//   └─ CQ (Chi bộ Cơ quan ĐUK)
//   admin: ADMIN on SCHOOL and KHOI
import { expect } from "vitest";
import { hashPassword } from "@/server/password-core";
import { isAppError } from "@/server/errors";
import type { Role } from "@/lib/enums";
import { actorOf, seeded, snapshot, testDb, unitId } from "../../helpers/db";

export const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
export const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";
export const TCHC = "Chi bộ Tổ chức – Hành chính";
export const QLHS = "Chi bộ Quản lý học sinh, sinh viên";
export const DAOTAO = "Chi bộ Đào tạo";
export const CQ = "Chi bộ Cơ quan Đảng ủy Khối";

export const FIXTURE_PASSWORD = "mat-khau-thu-nghiem";

let fixtureHash: string | undefined;

/** An account with grants given as [role, unit name]; optionally linked to a member by full name. */
export async function makeAccount(
  username: string,
  grants: Array<[Role, string]>,
  opts: { member?: string; displayName?: string } = {},
) {
  fixtureHash ??= await hashPassword(FIXTURE_PASSWORD);
  let memberId: string | null = null;
  if (opts.member) {
    const members = await testDb().member.findMany({
      select: { id: true, familyName: true, middleName: true, givenName: true },
    });
    const m = members.find((x) => [x.familyName, x.middleName, x.givenName].filter(Boolean).join(" ") === opts.member);
    if (!m) throw new Error(`no member ${opts.member}`);
    memberId = m.id;
  }
  const grantRows = [];
  for (const [role, unit] of grants) grantRows.push({ role, unitId: await unitId(unit) });
  return testDb().user.create({
    data: {
      username,
      displayName: opts.displayName ?? username,
      passwordHash: fixtureHash,
      memberId,
      grants: { create: grantRows },
    },
    select: { id: true, username: true },
  });
}

/** The demo data plus one admin per part of the tree. */
export async function seedWithSubtreeAdmins() {
  await seeded();
  await makeAccount("qt.truong", [["ADMIN", SCHOOL]], { displayName: "Quản trị Đảng bộ trường" });
  await makeAccount("qt.khoi", [["ADMIN", KHOI]], { displayName: "Quản trị Đảng bộ Khối" });
  await makeAccount("qt.tchc", [["ADMIN", TCHC]], { displayName: "Quản trị Chi bộ Tổ chức – Hành chính" });
  await makeAccount("qt.daotao", [["ADMIN", DAOTAO]], { displayName: "Quản trị Chi bộ Đào tạo" });
}

/** Every row a command of this feature may touch, password hashes included (the client omits them by default). */
export async function tables() {
  const db = testDb();
  const [base, hashes, tokens] = await Promise.all([
    snapshot(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true } }),
    db.apiToken.findMany({ orderBy: { id: "asc" } }),
  ]);
  expect(
    hashes.every((h) => h.passwordHash.startsWith("$argon2id$")),
    "the hashes are in the snapshot",
  ).toBe(true);
  return { ...base, hashes, tokens };
}

/** Runs a command that must be refused with one of the codes, and checks nothing was written. */
export async function expectRefused(
  username: string,
  codes: string[],
  command: (actor: Awaited<ReturnType<typeof actorOf>>) => Promise<unknown>,
) {
  const actor = await actorOf(username);
  const before = await tables();
  let error: unknown;
  try {
    await command(actor);
  } catch (e) {
    error = e;
  }
  expect(error, `${username} should be refused`).toBeDefined();
  expect(isAppError(error) ? error.code : String(error), username).toSatisfy((c: string) => codes.includes(c));
  expect(await tables(), `${username}: tables unchanged`).toEqual(before);
  return error;
}

export async function errorOf(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; fields?: Record<string, string[]> }> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message, fields: e.fields };
    throw e;
  }
  throw new Error("expected the command to fail");
}
