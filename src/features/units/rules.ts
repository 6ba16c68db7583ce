/**
 * Pure rules of the organisation tree: which kind of unit may sit under which, and how a
 * materialised path is rewritten when a subtree moves. No database, no policy.
 */
import type { UnitKind } from "@/lib/enums";

/**
 * Kinds a parent may hold (Điều lệ Đảng: đảng bộ cấp trên cơ sở → đảng bộ / chi bộ cơ sở;
 * đảng bộ cơ sở → đảng bộ bộ phận, chi bộ trực thuộc; đảng bộ bộ phận → chi bộ). A chi bộ has
 * no units below it (tổ đảng are not units here).
 */
export const CHILD_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  DANG_BO: ["DANG_BO_CO_SO", "CHI_BO_CO_SO", "CHI_BO"],
  DANG_BO_CO_SO: ["DANG_BO_BO_PHAN", "CHI_BO"],
  DANG_BO_BO_PHAN: ["CHI_BO"],
  CHI_BO_CO_SO: [],
  CHI_BO: [],
};

export function mayHoldChild(parent: UnitKind, child: UnitKind): boolean {
  return CHILD_KINDS[parent].includes(child);
}

/** A unit may hold children at all (for hiding the "add" button). */
export function mayHaveChildren(kind: UnitKind): boolean {
  return CHILD_KINDS[kind].length > 0;
}

/** Is `candidate` the unit itself or one of its descendants? */
export function isSelfOrDescendant(unitPath: string, candidatePath: string): boolean {
  return candidatePath.startsWith(unitPath);
}

/** The new path of a unit of the moved subtree: the old prefix (up to the moved unit's parent) replaced. */
export function rewritePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new RangeError(`${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

/** Depth of a materialised path "/a/b/" → 1. */
export function depthOf(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}
