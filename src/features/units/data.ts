import "server-only";
import { db } from "@/server/db";
import { unitWhere, type Actor } from "@/server/policy/policy";
import type { UnitKind } from "@/lib/enums";

export interface UnitNode {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  closed: boolean;
  memberCount: number;
}

/** Units the actor may see, in tree order (parents before children, siblings by sort order). */
export async function listUnits(actor: Actor): Promise<UnitNode[]> {
  const rows = await db().unit.findMany({
    where: unitWhere(actor, "unit.read"),
    select: {
      id: true,
      name: true,
      kind: true,
      parentId: true,
      path: true,
      depth: true,
      closedAt: true,
      sortOrder: true,
      _count: { select: { members: true } },
    },
  });
  const byParent = new Map<string | null, typeof rows>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const key = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), r]);
  }
  const out: UnitNode[] = [];
  const visit = (parent: string | null) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "vi"),
    );
    for (const c of children) {
      out.push({
        id: c.id,
        name: c.name,
        kind: c.kind,
        parentId: c.parentId,
        path: c.path,
        depth: c.depth,
        closed: !!c.closedAt,
        memberCount: c._count.members,
      });
      visit(c.id);
    }
  };
  visit(null);
  return out;
}
