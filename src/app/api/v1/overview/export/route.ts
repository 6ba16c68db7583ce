import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { AppError } from "@/server/errors";
import { canAnywhere } from "@/server/policy/policy";
import { getOverview } from "@/features/overview/data";
import { overviewCsv, overviewFileNames, overviewXlsx } from "@/features/overview/export";
import { overviewExportSchema, periodFromQuery } from "@/features/overview/schema";
import { attachmentHeader } from "@/features/overview/table";
import { toVnIsoDate } from "@/lib/vi/date";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/v1/overview/export?format=csv|xlsx&period=2023-Q3&staleDays=7 — the overview as a file. */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  if (!canAnywhere(actor, "overview.read")) throw new AppError("NOT_FOUND");
  const q = parseQuery(overviewExportSchema, new URL(request.url).searchParams);
  const report = await getOverview(actor, periodFromQuery(q, toVnIsoDate(new Date())), { staleDays: q.staleDays });
  const names = overviewFileNames(report, q.format);
  const headers = {
    "Content-Disposition": attachmentHeader(names.vietnamese, names.ascii),
    "Cache-Control": "private, no-store",
  };
  if (q.format === "csv") {
    return new Response(overviewCsv(report), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const body = await overviewXlsx(report);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
});
