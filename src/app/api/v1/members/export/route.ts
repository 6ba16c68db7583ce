import { z } from "zod";
import { apiActor, apiHandler, parseQuery } from "@/server/api";
import { attachmentHeader } from "@/features/overview/table";
import { rosterCsv, rosterFileNames, rosterForExport, rosterXlsx } from "@/features/members/roster-io/export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "Định dạng phải là csv hoặc xlsx." }).default("csv"),
  unitId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});

/** GET /api/v1/members/export?format=csv|xlsx&unitId=… — the roster the caller manages, in the import's columns. */
export const GET = apiHandler(async (request: Request) => {
  const actor = await apiActor();
  const q = parseQuery(querySchema, new URL(request.url).searchParams);
  const roster = await rosterForExport(actor, q.unitId);
  const names = rosterFileNames(roster, q.format);
  const headers = {
    "Content-Disposition": attachmentHeader(names.vietnamese, names.ascii),
    "Cache-Control": "private, no-store",
  };
  if (q.format === "csv")
    return new Response(rosterCsv(roster), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const body = await rosterXlsx(roster);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
});
