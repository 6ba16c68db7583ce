import { getApiActor } from "@/server/auth";
import { apiHandler } from "@/server/api";
import { exportMinutes } from "@/features/documents/export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ meetingId: string }> };

/** GET /api/v1/meetings/{id}/export?format=docx|pdf → the biên bản as a download (named in Vietnamese). */
export const GET = apiHandler(async (request: Request, { params }: Ctx) => {
  return exportMinutes(await getApiActor(), (await params).meetingId, new URL(request.url).searchParams);
});
