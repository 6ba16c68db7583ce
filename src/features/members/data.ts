import "server-only";
import { db } from "@/server/db";
import { can, unitWhere, type Actor } from "@/server/policy/policy";
import { compareByGivenName, fullName } from "@/lib/vi/names";
import { foldForSearch } from "@/lib/vi/normalize";
import type { MemberCategory, MemberStatus } from "@/lib/enums";
import type { FormerMemberItem, MemberDetail, MemberListItem, UnitOption } from "./dto";

export type { FormerMemberItem, MemberDetail, MemberListItem, UnitOption } from "./dto";

export interface MemberListFilter {
  /** A unit and everything below it (a đảng bộ lists the members of its chi bộ). */
  unitId?: string;
  /** Folded search over the full name ("nguyen van" finds "Nguyễn Văn …"). */
  q?: string;
  status?: MemberStatus;
  category?: MemberCategory;
}

/** Members of the units the actor may see the roster of, sorted by given name (Vietnamese collation). */
export async function listMembers(actor: Actor, filter: MemberListFilter = {}): Promise<MemberListItem[]> {
  const q = filter.q ? foldForSearch(filter.q) : "";
  const scope = unitWhere(actor, "member.read");
  let within: { path: { startsWith: string } } | null = null;
  if (filter.unitId) {
    const unit = await db().unit.findUnique({ where: { id: filter.unitId }, select: { path: true } });
    if (!unit) return [];
    within = { path: { startsWith: unit.path } };
  }
  const rows = await db().member.findMany({
    where: {
      unit: within ? { AND: [scope, within] } : scope,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(q ? { nameFolded: { contains: q } } : {}),
    },
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      title: true,
      category: true,
      status: true,
      birthDate: true,
      partyCardNumber: true,
      unit: { select: { id: true, name: true } },
    },
  });
  return rows.map((r) => ({ ...r, fullName: fullName(r) })).sort(compareByGivenName);
}

/** Members who once belonged to a unit and have moved on: the unit's history keeps them. */
export async function listFormerMembers(actor: Actor, unitId: string): Promise<FormerMemberItem[]> {
  const unit = await db().unit.findFirst({
    where: { id: unitId, ...unitWhere(actor, "member.read") },
    select: { id: true },
  });
  if (!unit) return [];
  const rows = await db().membership.findMany({
    where: { unitId, endOn: { not: null }, member: { unitId: { not: unitId } } },
    select: {
      startOn: true,
      endOn: true,
      note: true,
      member: {
        select: { id: true, familyName: true, middleName: true, givenName: true, unit: { select: { name: true } } },
      },
    },
  });
  return rows
    .map((r) => ({
      id: r.member.id,
      familyName: r.member.familyName,
      middleName: r.member.middleName,
      givenName: r.member.givenName,
      fullName: fullName(r.member),
      startOn: r.startOn,
      endOn: r.endOn,
      note: r.note,
      nowIn: r.member.unit.name,
    }))
    .sort(compareByGivenName);
}

/**
 * One member with history, readable from the current unit's scope or from any unit the member
 * belonged to (a transfer keeps the member in both units' history). Out of scope → null.
 */
export async function getMember(actor: Actor, id: string): Promise<MemberDetail | null> {
  const scope = unitWhere(actor, "member.read");
  const row = await db().member.findFirst({
    where: { id, OR: [{ unit: scope }, { memberships: { some: { unit: scope } } }] },
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      gender: true,
      birthDate: true,
      admittedOn: true,
      officialOn: true,
      category: true,
      status: true,
      statusSince: true,
      title: true,
      partyCardNumber: true,
      unit: { select: { id: true, name: true, path: true, closedAt: true } },
      positions: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, kind: true, title: true, organ: true, startOn: true, endOn: true },
      },
      memberships: {
        orderBy: [{ startOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, startOn: true, endOn: true, note: true, unit: { select: { id: true, name: true } } },
      },
      statusChanges: {
        orderBy: [{ fromOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, status: true, fromOn: true, toOn: true, note: true },
      },
    },
  });
  if (!row) return null;
  const { unit, ...rest } = row;
  return {
    ...rest,
    fullName: fullName(row),
    unit: { id: unit.id, name: unit.name, closed: !!unit.closedAt },
    canManage: can(actor, "member.manage", { unitId: unit.id, unitPath: unit.path }),
  };
}

/** Open units where the actor may write the roster (for selects), in tree order. */
export async function managedUnits(actor: Actor): Promise<UnitOption[]> {
  const rows = await db().unit.findMany({
    where: { ...unitWhere(actor, "member.manage"), closedAt: null },
    select: { id: true, name: true, depth: true, path: true, sortOrder: true },
    orderBy: [{ path: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, name: r.name, depth: r.depth }));
}
