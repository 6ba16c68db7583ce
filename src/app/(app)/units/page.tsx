import type { Metadata } from "next";
import { requireActor } from "@/server/auth";
import { can, canAnywhere } from "@/server/policy/policy";
import { listUnits } from "@/features/units/data";
import { CHILD_KINDS, isSelfOrDescendant, mayHoldChild } from "@/features/units/rules";
import { subtreeTotals } from "@/features/units/tree";
import { UnitTreeEditor, type TreeNode } from "@/features/units/components/unit-tree-editor";

export const metadata: Metadata = { title: "Tổ chức Đảng" };

export default async function UnitsPage() {
  const actor = await requireActor();
  const units = await listUnits(actor);
  const manage = (u: { id: string; path: string }) => can(actor, "unit.manage", { unitId: u.id, unitPath: u.path });
  const totals = subtreeTotals(units);
  const nodes: TreeNode[] = units.map((u) => {
    const canManage = manage(u);
    const total = totals.get(u.id) ?? { members: u.memberCount, chiBo: 0 };
    const parent = units.find((p) => p.id === u.parentId);
    return {
      id: u.id,
      name: u.name,
      kind: u.kind,
      depth: u.depth,
      closed: u.closed,
      memberCount: u.memberCount,
      totalMembers: total.members,
      chiBoCount: total.chiBo,
      parentId: units.some((p) => p.id === u.parentId) ? u.parentId : null,
      hasChildren: units.some((c) => c.parentId === u.id),
      hasParent: !!u.parentId,
      canManage,
      childKinds: canManage ? [...CHILD_KINDS[u.kind]] : [],
      // moving needs "unit.manage" on the unit, its old parent and the new one (the command checks again)
      moveTargets:
        canManage && parent && manage(parent)
          ? units
              .filter(
                (t) =>
                  t.id !== u.parentId &&
                  !t.closed &&
                  manage(t) &&
                  mayHoldChild(t.kind, u.kind) &&
                  !isSelfOrDescendant(u.path, t.path),
              )
              .map((t) => ({ id: t.id, name: t.name }))
          : [],
    };
  });
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">Tổ chức Đảng</h1>
      <p className="mb-3 text-sm text-stone-600">
        {canAnywhere(actor, "unit.manage")
          ? "Thêm, đổi tên, chuyển hoặc giải thể các tổ chức trong phạm vi quản lý. Tổ chức đã giải thể vẫn giữ nguyên hồ sơ, biên bản."
          : "Cây tổ chức Đảng trong phạm vi của bạn."}
      </p>
      <UnitTreeEditor nodes={nodes} />
    </div>
  );
}
