// Helpers of the tree and roster tests: subtree admins made in the test, and snapshots of the
// tables that tree and roster commands touch.
import { expect } from "vitest";
import { getDb } from "@/server/db";
import { loadActor } from "@/server/actor";
import type { Actor } from "@/server/policy/policy";
import type { Role } from "@/lib/enums";

export const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
export const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";
export const TCHC = "Chi bộ Tổ chức – Hành chính";
export const QLSV = "Chi bộ Quản lý học sinh, sinh viên";
export const DAOTAO = "Chi bộ Đào tạo";
export const KHOI_CB = "Chi bộ Cơ quan Đảng ủy Khối";

/** A user with one grant on a unit of the demo tree (by name), and its actor. */
export async function grantActor(username: string, role: Role, unitName: string): Promise<Actor> {
  const db = getDb();
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName }, select: { id: true } });
  const user = await db.user.upsert({
    where: { username },
    create: { username, displayName: username, passwordHash: "x", grants: { create: { role, unitId: unit.id } } },
    update: {},
    select: { id: true },
  });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`no actor ${username}`);
  return actor;
}

/** Fresh actor (grants reload their unit paths, as on every request). */
export async function reload(actor: Actor): Promise<Actor> {
  const a = await loadActor(actor.userId);
  if (!a) throw new Error("actor vanished");
  return a;
}

export async function rosterSnapshot() {
  const db = getDb();
  const [units, members, memberships, statusChanges, positions, audit] = await Promise.all([
    db.unit.findMany({ orderBy: { id: "asc" } }),
    db.member.findMany({ orderBy: { id: "asc" } }),
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.memberStatusChange.findMany({ orderBy: { id: "asc" } }),
    db.position.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { units, members, memberships, statusChanges, positions, audit };
}

export async function unitByName(name: string) {
  return getDb().unit.findFirstOrThrow({ where: { name } });
}

/** Runs a refused command and checks the code and that no roster table changed. */
export async function expectRefused(run: () => Promise<unknown>, codes: string[]) {
  const before = await rosterSnapshot();
  const err = await run().then(
    () => null,
    (e: unknown) => e as { code?: string; message?: string },
  );
  expect(err, "the command must be refused").not.toBeNull();
  expect(codes).toContain(err?.code);
  expect(await rosterSnapshot()).toEqual(before);
  return err;
}
