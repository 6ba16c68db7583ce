/** zod schemas of roster commands. Isomorphic: the admin form and the server share them. */
import { z } from "zod";
import { viIsoDate, viOptional, viRequired } from "@/lib/vi/zod";
import { Gender, MemberCategory, MemberStatus, PositionKind } from "@/lib/enums";

const enumOf = <T extends Record<string, string>>(e: T, message: string) =>
  z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]], { error: message });

const id = (message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(64);

/** An optional ISO date from a form: "" → null. */
const optionalDate = (message: string) =>
  z
    .string()
    .nullish()
    .transform((s) => (s == null || s.trim() === "" ? null : s.trim()))
    .pipe(viIsoDate(message).nullable());

const requiredDate = (message: string) => z.string({ error: message }).trim().pipe(viIsoDate(message));

export const positionSchema = z.object({
  kind: enumOf(PositionKind, "Loại chức vụ không hợp lệ."),
  title: viRequired("Vui lòng nhập tên chức vụ.", 300),
  organ: viOptional(300),
  startOn: optionalDate("Ngày bắt đầu giữ chức vụ không hợp lệ."),
  endOn: optionalDate("Ngày thôi giữ chức vụ không hợp lệ."),
});
export type PositionInput = z.infer<typeof positionSchema>;

const emptyToNull = (v: unknown) => (v === "" ? null : v);

export const memberFieldsSchema = z.object({
  familyName: viRequired("Vui lòng nhập họ.", 50),
  middleName: viOptional(100).transform((s) => s ?? ""),
  givenName: viRequired("Vui lòng nhập tên.", 50),
  gender: z.preprocess(emptyToNull, enumOf(Gender, "Giới tính không hợp lệ.").nullish()).transform((v) => v ?? null),
  birthDate: optionalDate("Ngày sinh không hợp lệ."),
  admittedOn: optionalDate("Ngày vào Đảng không hợp lệ."),
  officialOn: optionalDate("Ngày chính thức không hợp lệ."),
  category: enumOf(MemberCategory, "Vui lòng chọn loại đảng viên."),
  partyCardNumber: viOptional(30).refine((s) => s == null || /^[0-9A-Za-z.-]+$/.test(s), {
    error: "Số thẻ đảng viên chỉ gồm chữ số (và chữ cái).",
  }),
  positions: z.array(positionSchema).max(30).default([]),
});

function checkDates(
  m: {
    birthDate: string | null;
    admittedOn: string | null;
    officialOn: string | null;
    category: string;
    positions?: PositionInput[];
  },
  ctx: z.RefinementCtx,
) {
  if (m.birthDate && m.admittedOn && m.admittedOn <= m.birthDate)
    ctx.addIssue({ code: "custom", path: ["admittedOn"], message: "Ngày vào Đảng phải sau ngày sinh." });
  if (m.admittedOn && m.officialOn && m.officialOn < m.admittedOn)
    ctx.addIssue({ code: "custom", path: ["officialOn"], message: "Ngày chính thức không thể trước ngày vào Đảng." });
  if (m.category === "PROBATIONARY" && m.officialOn)
    ctx.addIssue({ code: "custom", path: ["officialOn"], message: "Đảng viên dự bị chưa có ngày chính thức." });
  m.positions?.forEach((p, i) => {
    if (p.startOn && p.endOn && p.endOn < p.startOn)
      ctx.addIssue({
        code: "custom",
        path: ["positions", i, "endOn"],
        message: "Ngày thôi giữ chức vụ phải sau ngày bắt đầu.",
      });
  });
}

export const createMemberSchema = memberFieldsSchema
  .extend({ unitId: id("Vui lòng chọn chi bộ.") })
  .superRefine(checkDates);
export type CreateMemberInput = z.infer<typeof createMemberSchema>;

export const updateMemberSchema = memberFieldsSchema
  .extend({ memberId: id("Thiếu đảng viên.") })
  .superRefine(checkDates);
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

/**
 * A dated status: miễn sinh hoạt, đình chỉ, back to normal (which ends a sinh hoạt tạm thời), or a
 * move to / from an organisation outside the system. Moves between units here use transferMember.
 */
export const changeStatusSchema = z
  .object({
    memberId: id("Thiếu đảng viên."),
    status: enumOf(MemberStatus, "Vui lòng chọn tình trạng."),
    fromOn: requiredDate("Vui lòng nhập ngày bắt đầu hợp lệ."),
    toOn: optionalDate("Ngày kết thúc không hợp lệ."),
    note: viOptional(500),
  })
  .refine((s) => !s.toOn || s.toOn >= s.fromOn, { path: ["toOn"], error: "Ngày kết thúc phải sau ngày bắt đầu." });
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

export const TRANSFER_KINDS = ["OFFICIAL", "TEMPORARY"] as const;

/** Chuyển sinh hoạt đảng: official (the member's unit changes) or temporary (sinh hoạt tạm thời nơi khác). */
export const transferMemberSchema = z.object({
  memberId: id("Thiếu đảng viên."),
  toUnitId: id("Vui lòng chọn chi bộ chuyển đến."),
  kind: z.enum(TRANSFER_KINDS, { error: "Vui lòng chọn hình thức chuyển sinh hoạt." }),
  on: requiredDate("Vui lòng nhập ngày chuyển hợp lệ."),
  note: viOptional(500),
});
export type TransferMemberInput = z.infer<typeof transferMemberSchema>;

/** Roster list filters (URL search params). */
export const memberListQuerySchema = z.object({
  unitId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  q: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v?.trim() || undefined),
  status: z
    .preprocess(emptyToNull, enumOf(MemberStatus, "Tình trạng không hợp lệ.").nullish())
    .transform((v) => v ?? undefined)
    .catch(undefined),
  category: z
    .preprocess(emptyToNull, enumOf(MemberCategory, "Loại không hợp lệ.").nullish())
    .transform((v) => v ?? undefined)
    .catch(undefined),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;
