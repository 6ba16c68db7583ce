import { NextResponse } from "next/server";
import { apiActor, apiHandler } from "@/server/api";
import { listUnits } from "@/features/units/data";

export const runtime = "nodejs";

/** GET /api/v1/units → the units the caller may see: { items: [{ id, name, kind, parentId }], total, page, pageSize } */
export const GET = apiHandler(async () => {
  const actor = await apiActor();
  const units = await listUnits(actor);
  const items = units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parentId, closed: u.closed }));
  return NextResponse.json({ items, total: items.length, page: 1, pageSize: items.length });
});
