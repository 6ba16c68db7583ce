import "server-only";
import { db } from "@/server/db";
import { unitWhere, type Actor } from "@/server/policy/policy";
import { compareVi } from "@/lib/vi/names";
import { z } from "zod";
import { lookupQueryFields, meetingIdRule, wordPrefixWhere, type LookupOption, type LookupPage } from "@/lib/lookup";
import { meetingUnitFor } from "@/server/lookup";

/** Which units each unit chooser (`for`) offers. */
export const UNIT_LOOKUPS = [
  "read", // "unit.read": archive and roster filters
  "tasks", // "task.read": the tasks page
  "audit", // "audit.read": the audit log's filter
  "account", // "account.manage", open units: grants
  "manage", // "member.manage", open units: a member's unit, transfers, imports
  "meeting", // "meeting.update" on the meeting, open units: the unit, below and above
  "task", // "task.update" on the meeting's unit, open units: task owners
] as const;
export type UnitLookupFor = (typeof UNIT_LOOKUPS)[number];

export const unitLookupQuerySchema = z
  .object({
    ...lookupQueryFields,
    for: z.enum(UNIT_LOOKUPS, { error: "Loại danh sách không hợp lệ." }).default("read"),
  })
  .superRefine(meetingIdRule<UnitLookupFor>(["meeting", "task"]));
export type UnitLookupQuery = z.output<typeof unitLookupQuerySchema>;

/** Matching units read before ordering (a đảng bộ of hundreds of chi bộ stays well inside). */
const WINDOW = 400;

const open = { closedAt: null };

/** The units a chooser may offer, as a `where` on Unit, from the policy exactly as its page. */
async function unitScope(actor: Actor, kind: UnitLookupFor, meetingId?: string) {
  switch (kind) {
    case "read":
      return unitWhere(actor, "unit.read");
    case "tasks":
      return unitWhere(actor, "task.read");
    case "audit":
      return unitWhere(actor, "audit.read");
    case "account":
      return { AND: [unitWhere(actor, "account.manage"), open] };
    case "manage":
      return { AND: [unitWhere(actor, "member.manage"), open] };
    case "meeting": {
      const m = await meetingUnitFor(actor, meetingId ?? "", "meeting.update");
      return { AND: [open, { OR: [{ path: { startsWith: m.path } }, { id: { in: m.ancestors } }] }] };
    }
    case "task": {
      const m = await meetingUnitFor(actor, meetingId ?? "", "task.update");
      return { AND: [open, { path: { startsWith: m.path } }] };
    }
  }
}

const optionSelect = {
  id: true,
  name: true,
  depth: true,
  sortOrder: true,
  closedAt: true,
  parent: { select: { name: true } },
} as const;

type OptionRow = {
  id: string;
  name: string;
  depth: number;
  sortOrder: number;
  closedAt: Date | null;
  parent: { name: string } | null;
};

/** Higher levels first, then the tree's own order, then Vietnamese alphabetical order. */
function byLevel(a: OptionRow, b: OptionRow): number {
  return a.depth - b.depth || a.sortOrder - b.sortOrder || compareVi(a.name, b.name);
}

function toOption(r: OptionRow): LookupOption {
  const detail = [r.parent ? `thuộc ${r.parent.name}` : "", r.closedAt ? "đã giải thể" : ""].filter(Boolean);
  return { id: r.id, label: r.name, ...(detail.length ? { detail: detail.join(" · ") } : {}) };
}

/** GET /api/v1/lookup/units: units in the chooser's scope whose name words begin with the query. */
export async function lookupUnits(actor: Actor, query: UnitLookupQuery): Promise<LookupPage> {
  const scope = await unitScope(actor, query.for, query.meetingId);
  const where = { AND: [scope, ...wordPrefixWhere(query.q, (c) => ({ nameFolded: c }))] };
  const [total, rows] = await Promise.all([
    db().unit.count({ where }),
    db().unit.findMany({ where, select: optionSelect, orderBy: [{ depth: "asc" }, { id: "asc" }], take: WINDOW }),
  ]);
  return { items: rows.sort(byLevel).slice(0, query.limit).map(toOption), total, limit: query.limit };
}

/** The options of already chosen units (a filter in the URL), when the chooser may still offer them. */
export async function unitOptions(
  actor: Actor,
  ids: Array<string | null | undefined>,
  kind: UnitLookupFor,
  meetingId?: string,
): Promise<LookupOption[]> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return [];
  const scope = await unitScope(actor, kind, meetingId);
  const rows = await db().unit.findMany({ where: { AND: [scope, { id: { in: wanted } }] }, select: optionSelect });
  return rows.sort(byLevel).map(toOption);
}
