import { NextResponse } from "next/server";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { lookupMembers, memberLookupQuerySchema } from "@/features/members/lookup";

export const runtime = "nodejs";

/**
 * GET /api/v1/lookup/members?q=&limit=&for=roster|account|meeting|attendance|task&meetingId=
 * → { items: [{ id, label, detail, title }], total, limit }: the members one chooser may offer, best first.
 */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  const query = parseQuery(memberLookupQuerySchema, new URL(request.url).searchParams);
  return NextResponse.json(await lookupMembers(actor, query), { headers: { "Cache-Control": "private, no-store" } });
});
