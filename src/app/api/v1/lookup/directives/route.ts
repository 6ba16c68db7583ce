import { NextResponse } from "next/server";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { lookupDirectives, directiveLookupQuerySchema } from "@/features/directives/lookup";

export const runtime = "nodejs";

/** GET /api/v1/lookup/directives?q=&limit= → { items: [{ id, label, detail }], total, limit }: the registry, newest first. */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  const query = parseQuery(directiveLookupQuerySchema, new URL(request.url).searchParams);
  return NextResponse.json(await lookupDirectives(actor, query), { headers: { "Cache-Control": "private, no-store" } });
});
