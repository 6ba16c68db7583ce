import "server-only";
import { db } from "@/server/db";
import { unitWhere, type Actor } from "@/server/policy/policy";
import { compareByGivenName, fullName } from "@/lib/vi/names";
import { z } from "zod";
import { lookupQueryFields, meetingIdRule, wordPrefixWhere, type LookupOption, type LookupPage } from "@/lib/lookup";
import { meetingUnitFor } from "@/server/lookup";

/** Who may be chosen where: the members behind each person chooser (`for`). */
export const MEMBER_LOOKUPS = [
  "roster", // "member.read": archive person filter, roster pages
  "account", // "account.manage", members without an account: account ↔ member link
  "meeting", // "meeting.update" on the meeting: chair, secretary, presenters, speakers (unit, below, above)
  "attendance", // "meeting.update" on the meeting: the meeting unit's roster (unit and below)
  "task", // "task.update" on the meeting's unit: task owners (unit and below)
] as const;
export type MemberLookupFor = (typeof MEMBER_LOOKUPS)[number];

export const memberLookupQuerySchema = z
  .object({
    ...lookupQueryFields,
    for: z.enum(MEMBER_LOOKUPS, { error: "Loại danh sách không hợp lệ." }).default("roster"),
  })
  .superRefine(meetingIdRule<MemberLookupFor>(["meeting", "attendance", "task"]));
export type MemberLookupQuery = z.output<typeof memberLookupQuerySchema>;

/**
 * Members matching a prefix query are read in folded-name order up to this many, then ordered by
 * given name; a broader query says how many matched so the reader types on.
 */
const WINDOW = 400;

/** The members a chooser may offer, as a `where` on Member, from the policy exactly as its page. */
async function memberScope(actor: Actor, kind: MemberLookupFor, meetingId?: string) {
  switch (kind) {
    case "roster":
      return { unit: unitWhere(actor, "member.read") };
    case "account":
      return { unit: unitWhere(actor, "account.manage"), user: { is: null } };
    case "meeting": {
      const m = await meetingUnitFor(actor, meetingId ?? "", "meeting.update");
      return {
        status: { not: "TRANSFERRED_OUT" as const },
        unit: { OR: [{ path: { startsWith: m.path } }, { id: { in: m.ancestors } }] },
      };
    }
    case "attendance": {
      const m = await meetingUnitFor(actor, meetingId ?? "", "meeting.update");
      return { status: { not: "TRANSFERRED_OUT" as const }, unit: { path: { startsWith: m.path } } };
    }
    case "task": {
      const m = await meetingUnitFor(actor, meetingId ?? "", "task.update");
      return { status: { not: "TRANSFERRED_OUT" as const }, unit: { path: { startsWith: m.path } } };
    }
  }
}

const optionSelect = {
  id: true,
  familyName: true,
  middleName: true,
  givenName: true,
  title: true,
  unit: { select: { name: true } },
} as const;

type OptionRow = {
  id: string;
  familyName: string;
  middleName: string;
  givenName: string;
  title: string | null;
  unit: { name: string };
};

function toOption(r: OptionRow): LookupOption {
  return {
    id: r.id,
    label: fullName(r),
    detail: r.title ? `${r.title} · ${r.unit.name}` : r.unit.name,
    title: r.title,
  };
}

/** GET /api/v1/lookup/members: members in the chooser's scope whose name words begin with the query. */
export async function lookupMembers(actor: Actor, query: MemberLookupQuery): Promise<LookupPage> {
  const scope = await memberScope(actor, query.for, query.meetingId);
  const where = { AND: [scope, ...wordPrefixWhere(query.q, (c) => ({ nameFolded: c }))] };
  const [total, rows] = await Promise.all([
    db().member.count({ where }),
    db().member.findMany({
      where,
      select: optionSelect,
      orderBy: [{ nameFolded: "asc" }, { id: "asc" }],
      take: WINDOW,
    }),
  ]);
  const items = rows.sort(compareByGivenName).slice(0, query.limit).map(toOption);
  return { items, total, limit: query.limit };
}

/** The options of already chosen members (a filter in the URL), when the chooser may still offer them. */
export async function memberOptions(
  actor: Actor,
  ids: Array<string | null | undefined>,
  kind: MemberLookupFor,
  meetingId?: string,
): Promise<LookupOption[]> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return [];
  const scope = await memberScope(actor, kind, meetingId);
  const rows = await db().member.findMany({ where: { AND: [scope, { id: { in: wanted } }] }, select: optionSelect });
  return rows.sort(compareByGivenName).map(toOption);
}
