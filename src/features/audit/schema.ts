/** The audit log's filter, kept in the URL (searchParams) and parsed here. Isomorphic. */
import { z } from "zod";
import { isIsoDate } from "@/lib/vi/date";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

const isoDate = z
  .string()
  .trim()
  .optional()
  .catch(undefined)
  .transform((v) => (v && isIsoDate(v) ? v : undefined));

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  unitId: optional(64),
  /** An exact action ("account.grant") or a group ending in "." ("account."). */
  action: optional(64).pipe(
    z
      .string()
      .regex(/^[a-zA-Z.]+$/)
      .optional()
      .catch(undefined),
  ),
  actorId: optional(64),
  accountId: optional(64),
  from: isoDate,
  to: isoDate,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** searchParams (string | string[]) → the first value of each key. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(params)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}
