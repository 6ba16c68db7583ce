/**
 * Totals over the tree as the reader sees it: for every unit, the members of the unit and of all
 * open units below it, and the open chi bộ among them (itself included). Pure; the nodes come in
 * tree order or any order, linked by `path` (a unit's path starts with each ancestor's path).
 */
import type { UnitKind } from "@/lib/enums";

export interface TotalsInput {
  id: string;
  path: string;
  kind: UnitKind;
  closed: boolean;
  memberCount: number;
}

export interface SubtreeTotals {
  members: number;
  chiBo: number;
}

const isChiBo = (k: UnitKind) => k === "CHI_BO" || k === "CHI_BO_CO_SO";

export function subtreeTotals(nodes: readonly TotalsInput[]): Map<string, SubtreeTotals> {
  const out = new Map<string, SubtreeTotals>();
  // longest paths first: each unit adds its own total to its nearest listed ancestor once
  const byPath = new Map(nodes.map((n) => [n.path, n]));
  const ordered = [...nodes].sort((a, b) => b.path.length - a.path.length);
  for (const n of ordered) {
    const own = out.get(n.id) ?? { members: 0, chiBo: 0 };
    own.members += n.memberCount;
    if (!n.closed && isChiBo(n.kind)) own.chiBo += 1;
    out.set(n.id, own);
    if (n.closed) continue;
    const parent = nearestAncestor(n.path, byPath);
    if (!parent) continue;
    const p = out.get(parent.id) ?? { members: 0, chiBo: 0 };
    p.members += own.members;
    p.chiBo += own.chiBo;
    out.set(parent.id, p);
  }
  return out;
}

function nearestAncestor<T>(path: string, byPath: ReadonlyMap<string, T>): T | undefined {
  const parts = path.split("/").filter(Boolean);
  for (let i = parts.length - 1; i > 0; i--) {
    const p = `/${parts.slice(0, i).join("/")}/`;
    const hit = byPath.get(p) ?? byPath.get(p.slice(0, -1));
    if (hit) return hit;
  }
  return undefined;
}
