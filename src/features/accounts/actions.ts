"use server";

import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/server/action";
import {
  changeOwnPassword,
  createAccount,
  deleteUnusedAccount,
  disableAccount,
  enableAccount,
  grantRole,
  resetPassword,
  revokeRole,
} from "./mutations";
import type { CreatedAccount, PasswordResult } from "./dto";
import {
  accountIdSchema,
  changeOwnPasswordSchema,
  createAccountSchema,
  grantRoleSchema,
  resetPasswordSchema,
  revokeRoleSchema,
  SECRET_FIELDS,
} from "./schema";

/** A typed password is never sent back to the form (runAction echoes the other values). */
function withoutSecrets<T>(state: ActionState<T>): ActionState<T> {
  if (state.status !== "error" || !state.values) return state;
  const values = { ...state.values };
  for (const key of SECRET_FIELDS) delete values[key];
  return { ...state, values };
}

const LIST = "/admin/accounts";
const account = (id: unknown) => `${LIST}/${typeof id === "string" ? id : ""}`;

export async function createAccountAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState<CreatedAccount>> {
  return withoutSecrets(
    await runAction(formData, createAccountSchema, createAccount, {
      revalidate: [LIST, "/admin/audit"],
      message: "Đã tạo tài khoản.",
    }),
  );
}

export async function disableAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, accountIdSchema, disableAccount, {
    revalidate: [LIST, account(formData.get("userId")), "/admin/audit"],
    message: "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.",
  });
}

export async function enableAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, accountIdSchema, enableAccount, {
    revalidate: [LIST, account(formData.get("userId")), "/admin/audit"],
    message: "Đã mở khóa tài khoản.",
  });
}

export async function resetPasswordAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState<PasswordResult>> {
  return withoutSecrets(
    await runAction(formData, resetPasswordSchema, resetPassword, {
      revalidate: [account(formData.get("userId")), "/admin/audit"],
      message: "Đã đặt lại mật khẩu; các phiên đăng nhập cũ đã kết thúc.",
    }),
  );
}

export async function grantRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, grantRoleSchema, grantRole, {
    revalidate: [LIST, account(formData.get("userId")), "/admin/audit"],
    message: "Đã cấp quyền.",
  });
}

export async function revokeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, revokeRoleSchema, revokeRole, {
    revalidate: [LIST, account(formData.get("userId")), "/admin/audit"],
    message: "Đã thu hồi quyền.",
  });
}

/** Deletes an account that never signed in nor wrote anything, then back to the list. */
export async function deleteUnusedAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, accountIdSchema, deleteUnusedAccount, { revalidate: [LIST, "/admin/audit"] });
  if (state.status === "ok") redirect(LIST);
  return state;
}

/** The own password; every session ends, so the user signs in again with the new one. */
export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = withoutSecrets(await runAction(formData, changeOwnPasswordSchema, changeOwnPassword));
  if (state.status === "ok") redirect("/login?notice=password-changed");
  return state;
}
