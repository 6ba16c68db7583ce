import { z } from "zod";
import { foldedTokens } from "./vi/normalize";

/**
 * The shape of the small lookup routes (`/api/v1/lookup/…`) that feed every search-as-you-type
 * chooser. Isomorphic: the combobox and the data layer share it.
 */

/** One choice: what the reader sees (`label`, `detail`) and what a form submits (`id`). */
export interface LookupOption {
  id: string;
  label: string;
  /** A second line that tells namesakes apart: a member's position and unit, a unit's parent. */
  detail?: string;
  /** A person's position, copied into a record when the person is chosen (chair, speaker…). */
  title?: string | null;
}

/** At most `limit` options, best first, and how many matched in all. */
export interface LookupPage {
  items: LookupOption[];
  total: number;
  limit: number;
}

/** Default and largest number of options one lookup answers with. */
export const LOOKUP_LIMIT = 20;
export const LOOKUP_MAX_LIMIT = 50;

/** A free-text choice carries this id prefix so callers can tell it from a listed option. */
export const FREE_TEXT_ID = "__text__:";

export function isFreeText(o: LookupOption | null | undefined): boolean {
  return !!o && o.id.startsWith(FREE_TEXT_ID);
}

/** A value that is typed text rather than a listed option (a reference as typed, a guest's name). */
export function typedOption(text: string): LookupOption {
  return { id: `${FREE_TEXT_ID}${text}`, label: text };
}

/** Query parameters every lookup route shares: the typed text and how many options to answer. */
export const lookupQueryFields = {
  q: z
    .string()
    .max(100, { error: "Từ khóa quá dài (tối đa 100 ký tự)." })
    .transform((s) => s.normalize("NFC").trim())
    .default(""),
  limit: z.coerce
    .number({ error: "Số kết quả không hợp lệ." })
    .int({ error: "Số kết quả không hợp lệ." })
    .min(1, { error: "Số kết quả không hợp lệ." })
    .max(LOOKUP_MAX_LIMIT, { error: `Tối đa ${LOOKUP_MAX_LIMIT} kết quả.` })
    .default(LOOKUP_LIMIT),
  meetingId: z
    .string()
    .trim()
    .min(1, { error: "Thiếu mã biên bản." })
    .max(64, { error: "Mã biên bản không hợp lệ." })
    .optional(),
};

/** Choosers inside a meeting need its `meetingId`; the others must not get one (it would be ignored). */
export function meetingIdRule<F extends string>(needsMeeting: readonly F[]) {
  return (v: { for: F; meetingId?: string }, ctx: z.RefinementCtx) => {
    const needs = needsMeeting.includes(v.for);
    if (needs && !v.meetingId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "Thiếu mã biên bản." });
    if (!needs && v.meetingId)
      ctx.addIssue({ code: "custom", path: ["meetingId"], message: "Tham số này chỉ dùng khi chọn trong biên bản." });
  };
}

/**
 * Folded-text conditions for a Prisma `where`: every word of the query begins a word of the
 * folded column ("van th" finds "Lê Văn Thắng", "uyet" does not find "Quyết").
 */
export function wordPrefixWhere<W>(q: string, column: (cond: { startsWith: string } | { contains: string }) => W) {
  return foldedTokens(q).map((word) => ({ OR: [column({ startsWith: word }), column({ contains: ` ${word}` })] }));
}
