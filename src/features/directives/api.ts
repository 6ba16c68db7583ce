import "server-only";
import { z } from "zod";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/policy/policy";
import { searchMeetings } from "@/server/search/meetings";
import { getDirective, listDirectives } from "./data";
import { DirectiveKind } from "@/lib/enums";

/** Paging of the read API lists. */
export const pageQuerySchema = z.object({
  page: z.coerce
    .number({ error: "Số trang không hợp lệ." })
    .int({ error: "Số trang không hợp lệ." })
    .min(1, { error: "Số trang không hợp lệ." })
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: "Cỡ trang không hợp lệ." })
    .int({ error: "Cỡ trang không hợp lệ." })
    .min(1, { error: "Cỡ trang không hợp lệ." })
    .max(100, { error: "Cỡ trang tối đa 100." })
    .default(20),
});

export const directiveListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200, { error: "Từ khóa quá dài." }).optional(),
  kind: z
    .enum(Object.values(DirectiveKind) as [DirectiveKind, ...DirectiveKind[]], { error: "Loại văn bản không hợp lệ." })
    .optional(),
});

/** GET /api/v1/directives → the registry (shared by everyone), with counts of what the caller may read. */
export async function directiveList(actor: Actor, q: z.output<typeof directiveListQuerySchema>) {
  const all = await listDirectives(actor, { q: q.q, kind: q.kind });
  const start = (q.page - 1) * q.pageSize;
  return { items: all.slice(start, start + q.pageSize), total: all.length, page: q.page, pageSize: q.pageSize };
}

/** GET /api/v1/directives/{id} → the entry and the meetings citing it that the caller may read (paged). */
export async function directiveWithMeetings(actor: Actor, id: string, q: z.output<typeof pageQuerySchema>) {
  const d = await getDirective(actor, id);
  if (!d) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản.");
  const meetings = await searchMeetings(actor, { directiveId: d.id, page: q.page, pageSize: q.pageSize });
  return {
    id: d.id,
    kind: d.kind,
    number: d.number,
    symbol: d.symbol,
    issuedOn: d.issuedOn,
    issuer: d.issuer,
    term: d.term,
    plenum: d.plenum,
    congress: d.congress,
    subject: d.subject,
    label: d.label,
    mergedInto: d.mergedInto ? { id: d.mergedInto.id, label: d.mergedInto.label } : null,
    counts: d.counts,
    meetings,
  };
}
