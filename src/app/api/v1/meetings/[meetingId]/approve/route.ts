import { apiActor, apiHandler, jsonBody } from "@/server/api";
import { postApproval } from "@/features/meetings/api";

export const runtime = "nodejs";

export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ meetingId: string }> }) => {
  const actor = await apiActor();
  const { meetingId } = await params;
  return postApproval(actor, meetingId, await jsonBody(request));
});
