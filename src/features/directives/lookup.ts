import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/policy/policy";
import { z } from "zod";
import { lookupQueryFields, type LookupOption, type LookupPage } from "@/lib/lookup";
import { directiveQueryFilter } from "./data";
import { directiveLabel } from "@/lib/symbols/label";
import { directiveSummarySelect } from "@/server/directive-select";

export const directiveLookupQuerySchema = z.object({ q: lookupQueryFields.q, limit: lookupQueryFields.limit });
export type DirectiveLookupQuery = z.output<typeof directiveLookupQuerySchema>;

const optionSelect = directiveSummarySelect;

type OptionRow = Parameters<typeof directiveLabel>[0] & { id: string; issuer: string | null; subject: string | null };

function toOption(r: OptionRow): LookupOption {
  const detail = [r.subject, r.issuer].filter(Boolean).join(" · ");
  return { id: r.id, label: directiveLabel(r), ...(detail ? { detail } : {}) };
}

// Undated entries last on both databases (PostgreSQL would put NULL first in a descending order).
const newestFirst = [{ issuedOn: { sort: "desc" as const, nulls: "last" as const } }, { createdAt: "asc" as const }];

/**
 * GET /api/v1/lookup/directives: entries of the registry ("directive.read" is everywhere) matching a
 * reference or words, newest first; merged duplicates are left out (their survivor stands for them).
 */
export async function lookupDirectives(_actor: Actor, query: DirectiveLookupQuery): Promise<LookupPage> {
  const filter = directiveQueryFilter(query.q);
  if (filter.needsKeep) {
    const rows = (
      await db().directive.findMany({ where: filter.where, select: optionSelect, orderBy: newestFirst })
    ).filter(filter.keep);
    return { items: rows.slice(0, query.limit).map(toOption), total: rows.length, limit: query.limit };
  }
  const [total, rows] = await Promise.all([
    db().directive.count({ where: filter.where }),
    db().directive.findMany({ where: filter.where, select: optionSelect, orderBy: newestFirst, take: query.limit }),
  ]);
  return { items: rows.map(toOption), total, limit: query.limit };
}

/** The options of already chosen registry entries. */
export async function directiveOptions(ids: Array<string | null | undefined>): Promise<LookupOption[]> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return [];
  const rows = await db().directive.findMany({ where: { id: { in: wanted } }, select: optionSelect });
  return rows.map(toOption);
}
