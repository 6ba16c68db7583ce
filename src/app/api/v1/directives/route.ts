import { NextResponse } from "next/server";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { directiveList, directiveListQuerySchema } from "@/features/directives/api";

export const runtime = "nodejs";

/** GET /api/v1/directives?q=&kind=&page=&pageSize= → { items, total, page, pageSize } */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  return NextResponse.json(
    await directiveList(actor, parseQuery(directiveListQuerySchema, new URL(request.url).searchParams)),
  );
});
