import { NextResponse } from "next/server";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { lookupUnits, unitLookupQuerySchema } from "@/features/units/lookup";

export const runtime = "nodejs";

/**
 * GET /api/v1/lookup/units?q=&limit=&for=read|tasks|audit|account|manage|meeting|task&meetingId=
 * → { items: [{ id, label, detail }], total, limit }: the units one chooser may offer, higher levels first.
 */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  const query = parseQuery(unitLookupQuerySchema, new URL(request.url).searchParams);
  return NextResponse.json(await lookupUnits(actor, query), { headers: { "Cache-Control": "private, no-store" } });
});
