import { NextResponse } from "next/server";
import { apiActor, apiHandler, jsonBody, parseQuery } from "@/server/api";
import { postMeeting } from "@/features/meetings/api";
import { listMeetings } from "@/features/meetings/data";
import { meetingListQuerySchema } from "@/features/meetings/api-query";

export const runtime = "nodejs";

/**
 * GET /api/v1/meetings?q=&unit=&kind=&from=&to=&directive=&person=&status=&page=&pageSize=
 * → { items, total, totalCapped, page, pageSize }; total counts up to 1,000 matches, totalCapped says more match.
 * With q: ranked, each item with `snippet` and `highlights` ([start, end) offsets of the marked words), `score`. `unit` includes its subtree; `directive`
 * is a registry id or a reference as typed ("05-CT/TW"); an unknown or unseen unit/directive is 404.
 */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  const q = parseQuery(meetingListQuerySchema, new URL(request.url).searchParams);
  const list = await listMeetings(actor, {
    q: q.q,
    unitId: q.unit,
    subtree: true,
    kind: q.kind,
    from: q.from,
    to: q.to,
    directiveId: q.directive,
    personId: q.person,
    status: q.status,
    page: q.page,
    pageSize: q.pageSize,
  });
  return NextResponse.json(list);
});

/** POST /api/v1/meetings → 201 with the new draft. */
export const POST = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  return postMeeting(actor, await jsonBody(request));
});
