// The roster export filtered by a unit holds what the filtered roster list shows: the unit and its subtree.
import { beforeAll, describe, expect, it } from "vitest";
import { rosterForExport } from "@/features/members/roster-io/export";
import { listMembers } from "@/features/members/data";
import type { Actor } from "@/server/policy/policy";
import { seeded, testDb } from "../../helpers/db";
import { DAOTAO, SCHOOL, TCHC, grantActor, unitByName } from "../../helpers/roster";

let schoolAdmin: Actor;
let cbAdmin: Actor;

beforeAll(async () => {
  await seeded();
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  cbAdmin = await grantActor("qt_daotao", "ADMIN", DAOTAO);
});

const key = (r: { familyName: string; middleName: string; givenName: string }) =>
  `${r.familyName}|${r.middleName}|${r.givenName}`;

describe("rosterForExport with a unit", () => {
  it("the school's đảng bộ exports the members of its chi bộ, the same people as the list", async () => {
    const school = await unitByName(SCHOOL);
    const exported = await rosterForExport(schoolAdmin, school.id);
    const units = new Set(exported.rows.map((r) => r.unitName));
    const subtree = await testDb().unit.findMany({
      where: { path: { startsWith: school.path } },
      select: { name: true },
    });
    expect([...units].every((u) => subtree.some((s) => s.name === u))).toBe(true);
    expect(units.has(TCHC) && units.has(DAOTAO)).toBe(true);
    const listed = await listMembers(schoolAdmin, { unitId: school.id });
    expect(exported.rows.map(key)).toEqual(listed.map(key));
    expect(exported.rows.length).toBeGreaterThan(0);
    expect(exported.unitName).toBe(SCHOOL);
  });

  it("a chi bộ exports only its own members; a unit outside the scope is not found", async () => {
    const daotao = await unitByName(DAOTAO);
    const exported = await rosterForExport(cbAdmin, daotao.id);
    expect(new Set(exported.rows.map((r) => r.unitName))).toEqual(new Set([DAOTAO]));
    const school = await unitByName(SCHOOL);
    await expect(rosterForExport(cbAdmin, school.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
