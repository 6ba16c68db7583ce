/**
 * zod schemas of the account commands (admin pages and the own password page). Isomorphic:
 * no server imports, so the forms may use them too. Messages are Vietnamese, next to the fields.
 */
import { z } from "zod";
import { viOptional } from "@/lib/vi/zod";
import { Role } from "@/lib/enums";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const id = (message: string) =>
  z.string({ error: message }).trim().min(1, { error: message }).max(64, { error: message });

const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => v || null);

export const roleSchema = z.enum(Object.values(Role) as [Role, ...Role[]], { error: "Vui lòng chọn vai trò." });

/** Lower case, a–z, digits, dot, underscore and hyphen; typed capitals and spaces around are forgiven. */
export const usernameSchema = z
  .string({ error: "Vui lòng nhập tên đăng nhập." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vui lòng nhập tên đăng nhập." })
  .min(3, { error: "Tên đăng nhập phải có ít nhất 3 ký tự." })
  .max(40, { error: "Tên đăng nhập không được dài quá 40 ký tự." })
  .regex(/^[a-z0-9._-]+$/, { error: "Tên đăng nhập chỉ gồm chữ thường không dấu (a–z), chữ số và các dấu . _ -" });

export const passwordSchema = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(MIN_PASSWORD_LENGTH, { error: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.` });

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/**
 * "Generate" or a password typed by the admin (empty means none typed). A typed password is
 * checked for length on its own field; the generated one is made by the server and shown once.
 */
const passwordChoice = {
  generatePassword: checkbox,
  password: z
    .string()
    .nullish()
    .transform((v) => v || null)
    .pipe(passwordSchema.nullable()),
};

function checkPasswordChoice(v: { generatePassword: boolean; password: string | null }, ctx: z.RefinementCtx) {
  if (!v.generatePassword && !v.password) {
    ctx.addIssue({
      code: "custom",
      path: ["password"],
      message: "Vui lòng nhập mật khẩu hoặc chọn “Tạo mật khẩu tự động”.",
    });
  }
}

export const grantSchema = z.object({
  role: roleSchema,
  unitId: id("Vui lòng chọn tổ chức Đảng."),
});

/**
 * The form sends one grant as `role` + `unitId` (repeated keys become arrays); a client may send
 * `grants: [{ role, unitId }]` instead.
 */
function grantsFromInput(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const o = raw as Record<string, unknown>;
  if (o.grants !== undefined) return o;
  const list = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
  const roles = list(o.role);
  const units = list(o.unitId);
  const n = Math.max(roles.length, units.length);
  const grants = Array.from({ length: n }, (_, i) => ({ role: roles[i], unitId: units[i] }));
  return { ...o, grants };
}

export const createAccountSchema = z.preprocess(
  grantsFromInput,
  z
    .object({
      username: usernameSchema,
      /** Empty with a linked member: the member's full name. */
      displayName: viOptional(200),
      memberId: optionalId,
      ...passwordChoice,
      grants: z
        .array(grantSchema, { error: "Vui lòng cấp ít nhất một quyền." })
        .min(1, { error: "Vui lòng cấp ít nhất một quyền." })
        .max(20),
    })
    .superRefine((v, ctx) => {
      checkPasswordChoice(v, ctx);
      if (!v.displayName && !v.memberId)
        ctx.addIssue({ code: "custom", path: ["displayName"], message: "Vui lòng nhập họ tên hiển thị." });
    }),
);
export type CreateAccountInput = z.output<typeof createAccountSchema>;

export const accountIdSchema = z.object({ userId: id("Thiếu tài khoản.") });
export type AccountIdInput = z.output<typeof accountIdSchema>;

export const resetPasswordSchema = z
  .object({ userId: id("Thiếu tài khoản."), ...passwordChoice })
  .superRefine(checkPasswordChoice);
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const grantRoleSchema = z.object({
  userId: id("Thiếu tài khoản."),
  role: roleSchema,
  unitId: id("Vui lòng chọn tổ chức Đảng."),
});
export type GrantRoleInput = z.output<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ grantId: id("Thiếu quyền cần thu hồi.") });
export type RevokeRoleInput = z.output<typeof revokeRoleSchema>;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Vui lòng nhập mật khẩu hiện tại." })
      .min(1, { error: "Vui lòng nhập mật khẩu hiện tại." })
      .max(MAX_PASSWORD_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Vui lòng nhập lại mật khẩu mới." }).max(MAX_PASSWORD_LENGTH),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." });
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });
  });
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;

/** Field names that carry secrets: never echoed back to a form, never written to the audit log. */
export const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword"] as const;
