import { NextResponse } from "next/server";
import { AppError } from "@/server/errors";
import { apiActor, apiHandler, jsonBody } from "@/server/api";
import { getMeeting } from "@/features/meetings/data";
import { patchMeeting } from "@/features/meetings/api";
import { recordVerification } from "@/features/verification/data";

export const runtime = "nodejs";

type Ctx = { params: Promise<{ meetingId: string }> };

/** GET /api/v1/meetings/{id} → the whole structured record (404 when missing or out of scope), `verification` when approved. */
export const GET = apiHandler(async (_request: Request, { params }: Ctx) => {
  const actor = await apiActor();
  const meeting = await getMeeting(actor, (await params).meetingId);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  // approved records carry their seal: { code, fingerprint, chainOk } (issue #18)
  if (meeting.status !== "APPROVED") return NextResponse.json(meeting);
  return NextResponse.json({ ...meeting, verification: await recordVerification(meeting.id) });
});

/** PATCH /api/v1/meetings/{id} with `version` → the saved record; 409 with `current` when stale or approved. */
export const PATCH = apiHandler(async (request: Request, { params }: Ctx) => {
  const actor = await apiActor();
  return patchMeeting(actor, (await params).meetingId, await jsonBody(request));
});
