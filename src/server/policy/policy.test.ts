import { describe, expect, it } from "vitest";
import { ACTIONS, type Action } from "./matrix";
import { authorize, can, grantWithin, unitWhere, type Actor, type UnitRef } from "./policy";
import type { Role } from "@/lib/enums";

// The tree the matrix is checked on:
//   R (/R/)           đảng bộ: the parent of the granted unit
//   ├─ A (/R/A/)      the granted unit ("own")
//   │   └─ A1         a unit below it ("child")
//   └─ B (/R/B/)      a sibling ("sibling")
//   X (/X/)           another đảng bộ ("other")
const POSITIONS: Record<string, UnitRef> = {
  own: { unitId: "A", unitPath: "/R/A/" },
  child: { unitId: "A1", unitPath: "/R/A/A1/" },
  sibling: { unitId: "B", unitPath: "/R/B/" },
  parent: { unitId: "R", unitPath: "/R/" },
  other: { unitId: "X", unitPath: "/X/" },
};
const ORDER = ["own", "child", "sibling", "parent", "other"] as const;

// Written out by hand, NOT derived from matrix.ts. Letters follow ORDER: Y = allowed, N = denied.
const EXPECTED: Record<Action, Record<Role, string>> = {
  "meeting.read": { ADMIN: "YYNNN", SECRETARY: "YNNYN", MEMBER: "YNNYN" },
  "meeting.readDraft": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.create": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.update": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.delete": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.approve": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.amend": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.history": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "meeting.export": { ADMIN: "YYNNN", SECRETARY: "YNNYN", MEMBER: "YNNYN" },
  "bulletin.manage": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "archive.search": { ADMIN: "YYNNN", SECRETARY: "YNNYN", MEMBER: "YNNYN" },
  "unit.read": { ADMIN: "YYNNN", SECRETARY: "YNNYN", MEMBER: "YNNYN" },
  "unit.manage": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "member.read": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "YNNNN" },
  "member.manage": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "account.manage": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "audit.read": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "directive.read": { ADMIN: "YYYYY", SECRETARY: "YYYYY", MEMBER: "YYYYY" },
  "directive.manage": { ADMIN: "YYYYY", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "task.read": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "YNNNN" },
  "task.update": { ADMIN: "YYNNN", SECRETARY: "YNNNN", MEMBER: "NNNNN" },
  "apiToken.manage": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
  "overview.read": { ADMIN: "YYNNN", SECRETARY: "NNNNN", MEMBER: "NNNNN" },
};

function actorWith(role: Role): Actor {
  return {
    userId: "u",
    username: "u",
    displayName: "U",
    memberId: null,
    grants: [{ role, unitId: "A", unitPath: "/R/A/" }],
  };
}

const cells = ACTIONS.flatMap((action) =>
  (["ADMIN", "SECRETARY", "MEMBER"] as Role[]).flatMap((role) =>
    ORDER.map((pos, i) => ({ action, role, pos, allowed: EXPECTED[action][role][i] === "Y" })),
  ),
);

describe("policy matrix (role × action × position)", () => {
  it("has a hand-written expectation for every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(cells).toHaveLength(ACTIONS.length * 3 * 5);
  });

  it.each(cells)("$role $action on $pos unit → $allowed", ({ action, role, pos, allowed }) => {
    expect(can(actorWith(role), action, POSITIONS[pos])).toBe(allowed);
    if (allowed) expect(authorize(actorWith(role), action, POSITIONS[pos])).toBe(POSITIONS[pos].unitId);
    else expect(() => authorize(actorWith(role), action, POSITIONS[pos])).toThrow(/quyền/);
  });
});

describe("fail-closed", () => {
  it("denies without an actor, and says the session expired", () => {
    expect(can(null, "meeting.read", POSITIONS.own)).toBe(false);
    expect(() => authorize(null, "meeting.read", POSITIONS.own)).toThrow(/đăng nhập/);
  });

  it("denies an unknown action and an unknown role", () => {
    expect(can(actorWith("ADMIN"), "meeting.burn" as Action, POSITIONS.own)).toBe(false);
    const odd = { ...actorWith("ADMIN"), grants: [{ role: "ROOT" as Role, unitId: "A", unitPath: "/R/A/" }] };
    expect(can(odd, "meeting.read", POSITIONS.own)).toBe(false);
    expect(unitWhere(odd, "meeting.read")).toEqual({ id: { in: [] } });
  });

  it("denies an actor with no grants and a target whose path does not match its id", () => {
    expect(can({ ...actorWith("ADMIN"), grants: [] }, "meeting.read", POSITIONS.own)).toBe(false);
    expect(can(actorWith("ADMIN"), "meeting.read", { unitId: "A1", unitPath: "/R/A/" })).toBe(false);
    expect(can(actorWith("ADMIN"), "meeting.read", { unitId: "", unitPath: "" })).toBe(false);
  });

  it("does not let a path prefix that is not a whole segment reach another unit", () => {
    const admin = { ...actorWith("ADMIN"), grants: [{ role: "ADMIN" as Role, unitId: "A", unitPath: "/R/A/" }] };
    expect(can(admin, "meeting.read", { unitId: "AB", unitPath: "/R/AB/" })).toBe(false);
  });

  it("unites several grants", () => {
    const both: Actor = {
      ...actorWith("MEMBER"),
      grants: [
        { role: "MEMBER", unitId: "A", unitPath: "/R/A/" },
        { role: "SECRETARY", unitId: "B", unitPath: "/R/B/" },
      ],
    };
    expect(can(both, "meeting.update", POSITIONS.sibling)).toBe(true);
    expect(can(both, "meeting.update", POSITIONS.own)).toBe(false);
  });
});

describe("unitWhere", () => {
  it("builds filters per scope", () => {
    expect(unitWhere(actorWith("MEMBER"), "meeting.read")).toEqual({ id: { in: ["R", "A"] } });
    expect(unitWhere(actorWith("SECRETARY"), "meeting.readDraft")).toEqual({ id: { in: ["A"] } });
    expect(unitWhere(actorWith("ADMIN"), "meeting.read")).toEqual({
      OR: [{ id: { in: [] } }, { path: { startsWith: "/R/A/" } }],
    });
    expect(unitWhere(actorWith("MEMBER"), "directive.read")).toEqual({});
    expect(unitWhere(actorWith("MEMBER"), "meeting.update")).toEqual({ id: { in: [] } });
  });
});

describe("grantWithin: a token never reaches further than its issuer", () => {
  const actor = (grants: Actor["grants"]): Actor => ({
    userId: "u",
    username: "u",
    displayName: "U",
    memberId: null,
    grants,
  });
  const school = { unitId: "s", unitPath: "/s/" };
  const chiBo = { unitId: "c", unitPath: "/s/c/" };
  const rootAdmin = actor([{ role: "ADMIN", unitId: "s", unitPath: "/s/" }]);
  const chiBoAdmin = actor([{ role: "ADMIN", unitId: "c", unitPath: "/s/c/" }]);
  it.each([
    ["root admin, MEMBER on the chi bộ", rootAdmin, "MEMBER", chiBo, true],
    ["root admin, SECRETARY on the chi bộ", rootAdmin, "SECRETARY", chiBo, true],
    ["root admin, ADMIN on the root", rootAdmin, "ADMIN", school, true],
    ["chi bộ admin, ADMIN on the chi bộ", chiBoAdmin, "ADMIN", chiBo, true],
    // a MEMBER grant reads the đảng bộ above; the chi bộ's admin cannot
    ["chi bộ admin, MEMBER on the chi bộ", chiBoAdmin, "MEMBER", chiBo, false],
    ["chi bộ admin, ADMIN on the root", chiBoAdmin, "ADMIN", school, false],
    ["nobody", null, "MEMBER", chiBo, false],
  ] as const)("%s → %s", (_name, outer, role, unit, expected) => {
    expect(grantWithin(outer, role, unit)).toBe(expected);
  });
});
