/**
 * The one policy module. Pure and synchronous: who (actor grants) may do what (action) where
 * (unit). Fail-closed: an unknown action, role or scope denies. Data functions call these at
 * their entrance; reads turn them into `where` clauses so nothing is filtered after a query.
 */
import type { Role } from "@/lib/enums";
import { AppError } from "../errors";
import { ACTIONS, MATRIX, type Action, type Scope } from "./matrix";

export type { Action, Scope } from "./matrix";

export interface Grant {
  role: Role;
  unitId: string;
  /** Materialised path of the granted unit: "/rootId/childId/". */
  unitPath: string;
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  memberId: string | null;
  grants: Grant[];
  /** Set when the request came with an API token rather than a session. */
  tokenId?: string;
}

export interface UnitRef {
  unitId: string;
  unitPath: string;
}

declare const authorizedUnit: unique symbol;
/** A unit id that `authorize` has cleared for an action. Only `authorize` makes one. */
export type AuthorizedUnitId = string & { readonly [authorizedUnit]: true };

export function scopeOf(action: string, role: string): Scope {
  const row = (MATRIX as Record<string, Record<string, Scope> | undefined>)[action];
  const scope = row?.[role];
  return scope ?? "none";
}

function ancestorIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** Does one scope, anchored at a grant, reach the target unit? */
function reaches(scope: Scope, grant: Grant, target: UnitRef): boolean {
  switch (scope) {
    case "all":
      return true;
    case "own":
      return grant.unitId === target.unitId;
    case "subtree":
      return target.unitPath.startsWith(grant.unitPath);
    case "own-and-ancestors":
      return grant.unitPath.startsWith(target.unitPath) && ancestorIds(grant.unitPath).includes(target.unitId);
    default:
      return false;
  }
}

/** May the actor do this action on this unit? */
export function can(actor: Actor | null | undefined, action: Action, target: UnitRef): boolean {
  if (!actor) return false;
  if (!target.unitId || !target.unitPath?.endsWith(`/${target.unitId}/`)) return false;
  return actor.grants.some((g) => reaches(scopeOf(action, g.role), g, target));
}

/** May the actor do this action anywhere at all (menus, page guards)? */
export function canAnywhere(actor: Actor | null | undefined, action: Action): boolean {
  return !!actor && actor.grants.some((g) => scopeOf(action, g.role) !== "none");
}

/** Throws FORBIDDEN unless allowed; returns the unit id branded as authorized. */
export function authorize(actor: Actor | null | undefined, action: Action, target: UnitRef): AuthorizedUnitId {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor, action, target)) throw new AppError("FORBIDDEN");
  return target.unitId as AuthorizedUnitId;
}

/**
 * A Prisma `UnitWhereInput`-shaped filter of the units where the actor may do the action.
 * Denies with an impossible filter (`id in []`) rather than an empty object.
 */
export type UnitFilter =
  | Record<string, never>
  | { id: { in: string[] } }
  | { OR: Array<{ id: { in: string[] } } | { path: { startsWith: string } }> };

export function unitWhere(actor: Actor | null | undefined, action: Action): UnitFilter {
  if (!actor) return { id: { in: [] } };
  const ids = new Set<string>();
  const prefixes = new Set<string>();
  for (const g of actor.grants) {
    const scope = scopeOf(action, g.role);
    if (scope === "all") return {};
    if (scope === "own") ids.add(g.unitId);
    else if (scope === "own-and-ancestors") for (const id of ancestorIds(g.unitPath)) ids.add(id);
    else if (scope === "subtree") prefixes.add(g.unitPath);
  }
  if (prefixes.size === 0) return { id: { in: [...ids] } };
  return {
    OR: [{ id: { in: [...ids] } }, ...[...prefixes].map((p) => ({ path: { startsWith: p } }))],
  };
}

/**
 * Which meetings the actor may read: approved records in "meeting.read" scope, plus drafts in
 * "meeting.readDraft" scope. Deleted drafts are never visible.
 */
export function meetingReadWhere(actor: Actor | null | undefined) {
  return {
    deletedAt: null,
    OR: [
      { status: "APPROVED" as const, unit: unitWhere(actor, "meeting.read") },
      { unit: unitWhere(actor, "meeting.readDraft") },
    ],
  };
}

/** Unit ids the actor holds any grant on, with roles (for navigation). */
export function rolesOf(actor: Actor | null | undefined): Set<Role> {
  return new Set((actor?.grants ?? []).map((g) => g.role));
}

/**
 * Does a grant of `role` on `unit` reach nowhere the `outer` actor does not? Checked for every
 * action on the unit itself, each unit above it and a unit below it — the only places a grant's
 * scope can reach. Used so an API token never reads or writes more than the admin who issued it
 * can, now as when it was issued.
 */
export function grantWithin(outer: Actor | null | undefined, role: Role, unit: UnitRef): boolean {
  if (!outer) return false;
  const inner: Actor = {
    userId: "",
    username: "",
    displayName: "",
    memberId: null,
    grants: [{ role, unitId: unit.unitId, unitPath: unit.unitPath }],
  };
  const ids = ancestorIds(unit.unitPath);
  const targets: UnitRef[] = ids.map((id, i) => ({ unitId: id, unitPath: `/${ids.slice(0, i + 1).join("/")}/` }));
  targets.push({ unitId: "below", unitPath: `${unit.unitPath}below/` });
  return ACTIONS.every((action) => targets.every((t) => !can(inner, action, t) || can(outer, action, t)));
}
