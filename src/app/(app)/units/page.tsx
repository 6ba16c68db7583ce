import type { Metadata } from "next";
import { requireActor } from "@/server/auth";
import { listUnits } from "@/features/units/data";
import { unitKindLabels } from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Tổ chức Đảng" };

export default async function UnitsPage() {
  const actor = await requireActor();
  const units = await listUnits(actor);
  const minDepth = Math.min(...units.map((u) => u.depth), 0);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Tổ chức Đảng</h1>
      <ul className="rounded-lg border border-stone-200 bg-white p-4" data-testid="unit-tree">
        {units.map((u) => (
          <li key={u.id} style={{ paddingLeft: `${(u.depth - minDepth) * 1.5}rem` }} className="py-1.5">
            <span className="font-medium">{u.name}</span>{" "}
            <span className="text-xs text-stone-500">{unitKindLabels[u.kind]} · {u.memberCount} đảng viên{u.closed ? " · đã giải thể" : ""}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
