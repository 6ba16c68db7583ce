import "server-only";
import { db } from "@/server/db";
import { unitWhere, type Actor } from "@/server/policy/policy";
import { compareByGivenName, fullName } from "@/lib/vi/names";
import type { MemberCategory, MemberStatus } from "@/lib/enums";

export interface MemberListItem {
  id: string;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  title: string | null;
  category: MemberCategory;
  status: MemberStatus;
  unit: { id: string; name: string };
}

/** Members of the units the actor may see the roster of, sorted by given name (Vietnamese collation). */
export async function listMembers(actor: Actor, filter: { unitId?: string } = {}): Promise<MemberListItem[]> {
  const rows = await db().member.findMany({
    where: { unit: unitWhere(actor, "member.read"), ...(filter.unitId ? { unitId: filter.unitId } : {}) },
    select: {
      id: true, familyName: true, middleName: true, givenName: true, title: true, category: true, status: true,
      unit: { select: { id: true, name: true } },
    },
  });
  return rows.map((r) => ({ ...r, fullName: fullName(r) })).sort(compareByGivenName);
}
