import { NextResponse } from "next/server";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { directiveWithMeetings, pageQuerySchema } from "@/features/directives/api";

export const runtime = "nodejs";

type Ctx = { params: Promise<{ directiveId: string }> };

/** GET /api/v1/directives/{id}?page= → the registry entry with `meetings: { items, total, page, pageSize }` citing it. */
export const GET = apiHandler(async (request: Request, { params }: Ctx) => {
  const actor = await apiActor();
  const q = parseQuery(pageQuerySchema, new URL(request.url).searchParams);
  return NextResponse.json(await directiveWithMeetings(actor, (await params).directiveId, q));
});
