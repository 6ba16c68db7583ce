import { NextResponse } from "next/server";
import { apiError, apiHandler } from "@/server/api";
import { getApiActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { checkCode, clientAddress, limitLookups } from "@/features/verification/data";
import { checkMessage } from "@/features/verification/dto";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ code: string }> };

/**
 * GET /api/v1/verify/{code} → the public check (no sign-in): 200 with the record's identification,
 * 404 for an unknown code, 400 for a malformed one, 429 when an address asks too often.
 */
export const GET = apiHandler(async (request: Request, { params }: Ctx) => {
  try {
    await limitLookups(clientAddress(request.headers));
  } catch (e) {
    if (!isAppError(e)) throw e;
    const response = apiError("RATE_LIMITED", e.message);
    response.headers.set("Retry-After", String((e.details as { retryAfter: number }).retryAfter));
    return response;
  }
  const check = await checkCode(decodeURIComponent((await params).code), await getApiActor());
  const status = check.result === "found" ? 200 : check.result === "unknown" ? 404 : 400;
  return NextResponse.json({ ...check, message: checkMessage(check) }, { status });
});
