/**
 * Field-level differences between two versions of a record, for the history view:
 * [{ field: "agenda[1].title", old: "…", new: "…" }]. Pure.
 */
export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function flatten(value: unknown, prefix: string, out: Map<string, string | null>) {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || value instanceof Date) {
    out.set(prefix, value === null ? null : value instanceof Date ? value.toISOString() : String(value));
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, null);
    for (const [i, v] of value.entries()) flatten(v, `${prefix}[${i}]`, out);
    return;
  }
  const entries = Object.entries(value as Record<string, Json>);
  if (entries.length === 0) out.set(prefix, null);
  for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
}

export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string | null>();
  const b = new Map<string, string | null>();
  flatten(before, "", a);
  flatten(after, "", b);
  const fields = new Set([...a.keys(), ...b.keys()]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const o = a.get(field) ?? null;
    const n = b.get(field) ?? null;
    if (o !== n) changes.push({ field, old: o, new: n });
  }
  return changes.sort((x, y) => x.field.localeCompare(y.field, "en", { numeric: true }));
}
