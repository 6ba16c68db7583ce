/**
 * Query parameters of the lookup routes (`/api/v1/lookup/members|units|directives`). `for` names
 * the chooser the lookup feeds; each maps to the policy action of the page that chooser sits on,
 * so a lookup never offers what that page could not show.
 */
import { z } from "zod";
import { LOOKUP_LIMIT, LOOKUP_MAX_LIMIT } from "@/lib/lookup";

/** Who may be chosen where: the members behind each person chooser. */
export const MEMBER_LOOKUPS = [
  "roster", // "member.read": archive person filter, roster pages
  "account", // "account.manage", members without an account: account ↔ member link
  "meeting", // "meeting.update" on the meeting: chair, secretary, presenters, speakers (unit, below, above)
  "attendance", // "meeting.update" on the meeting: the meeting unit's roster (unit and below)
  "task", // "task.update" on the meeting's unit: task owners (unit and below)
] as const;

/** Which units each unit chooser offers. */
export const UNIT_LOOKUPS = [
  "read", // "unit.read": archive and roster filters
  "tasks", // "task.read": the tasks page
  "audit", // "audit.read": the audit log's filter
  "account", // "account.manage", open units: grants
  "manage", // "member.manage", open units: a member's unit, transfers, imports
  "meeting", // "meeting.update" on the meeting, open units: the unit, below and above
  "task", // "task.update" on the meeting's unit, open units: task owners
] as const;

export type MemberLookupFor = (typeof MEMBER_LOOKUPS)[number];
export type UnitLookupFor = (typeof UNIT_LOOKUPS)[number];

const q = z
  .string()
  .max(100, { error: "Từ khóa quá dài (tối đa 100 ký tự)." })
  .transform((s) => s.normalize("NFC").trim())
  .default("");

const limit = z.coerce
  .number({ error: "Số kết quả không hợp lệ." })
  .int({ error: "Số kết quả không hợp lệ." })
  .min(1, { error: "Số kết quả không hợp lệ." })
  .max(LOOKUP_MAX_LIMIT, { error: `Tối đa ${LOOKUP_MAX_LIMIT} kết quả.` })
  .default(LOOKUP_LIMIT);

const meetingId = z
  .string()
  .trim()
  .min(1, { error: "Thiếu mã biên bản." })
  .max(64, { error: "Mã biên bản không hợp lệ." })
  .optional();

/** The meeting-bound lookups need `meetingId`; the others must not get one (it would be ignored). */
function meetingRule<F extends string>(needsMeeting: readonly F[]) {
  return (v: { for: F; meetingId?: string }, ctx: z.RefinementCtx) => {
    const needs = needsMeeting.includes(v.for);
    if (needs && !v.meetingId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "Thiếu mã biên bản." });
    if (!needs && v.meetingId)
      ctx.addIssue({ code: "custom", path: ["meetingId"], message: "Tham số này chỉ dùng khi chọn trong biên bản." });
  };
}

export const memberLookupQuerySchema = z
  .object({
    q,
    limit,
    for: z.enum(MEMBER_LOOKUPS, { error: "Loại danh sách không hợp lệ." }).default("roster"),
    meetingId,
  })
  .superRefine(meetingRule<MemberLookupFor>(["meeting", "attendance", "task"]));

export const unitLookupQuerySchema = z
  .object({
    q,
    limit,
    for: z.enum(UNIT_LOOKUPS, { error: "Loại danh sách không hợp lệ." }).default("read"),
    meetingId,
  })
  .superRefine(meetingRule<UnitLookupFor>(["meeting", "task"]));

export const directiveLookupQuerySchema = z.object({ q, limit });

export type MemberLookupQuery = z.output<typeof memberLookupQuerySchema>;
export type UnitLookupQuery = z.output<typeof unitLookupQuerySchema>;
export type DirectiveLookupQuery = z.output<typeof directiveLookupQuerySchema>;
