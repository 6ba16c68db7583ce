import { z } from "zod";
import { MeetingKind } from "@/lib/enums";
import { isIsoDate } from "@/lib/vi/date";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

const optionalDate = z.string().refine(isIsoDate).optional().catch(undefined);

/**
 * The archive's filters as they live in the URL (shareable, bookmarkable). A bad value is dropped,
 * never an error page: the reader sees the archive without that filter.
 */
export const archiveQuerySchema = z.object({
  q: optionalText(200),
  unit: optionalText(64),
  kind: z
    .enum(Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]])
    .optional()
    .catch(undefined),
  from: optionalDate,
  to: optionalDate,
  directive: optionalText(100),
  person: optionalText(64),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ArchiveQuery = z.infer<typeof archiveQuerySchema>;

/** The query string of a filter state (empty values left out), for links that keep the filters. */
export function archiveHref(q: Partial<ArchiveQuery>, base = "/archive"): string {
  const params = new URLSearchParams();
  for (const key of ["q", "unit", "kind", "from", "to", "directive", "person", "page"] as const) {
    const v = q[key];
    if (v !== undefined && v !== "" && !(key === "page" && v === 1)) params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
