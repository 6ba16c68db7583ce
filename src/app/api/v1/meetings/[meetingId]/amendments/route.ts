import { apiActor, apiHandler, jsonBody } from "@/server/api";
import { getAmendments, postAmendment } from "@/features/meetings/api";

export const runtime = "nodejs";

export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ meetingId: string }> }) => {
  const actor = await apiActor();
  const { meetingId } = await params;
  return getAmendments(actor, meetingId);
});

export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ meetingId: string }> }) => {
  const actor = await apiActor();
  const { meetingId } = await params;
  return postAmendment(actor, meetingId, await jsonBody(request));
});
