import { NextResponse } from "next/server";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/health → `{ "ok": true }`: the process is up and serving. Reads no session and no
 * database (monitors and load balancers call it often; the benchmarks use it as the JSON floor).
 */
export function GET(): NextResponse {
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
