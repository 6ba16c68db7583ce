"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import type { ActionState } from "@/server/action";
import { changeOwnPasswordAction } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../schema";
import { buttonClass, FieldError, fieldError, FormMessage, inputClass } from "./form-bits";

const idle: ActionState = { status: "idle" };

export function ChangePasswordForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, idle);
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => fieldError(state, k);
  const input = (id: string, name: string, label: string, autoComplete: string, hint?: string) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        className={inputClass}
        aria-invalid={!!err(name)}
        aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ""}`}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={err(name)} />
    </div>
  );
  return (
    <form
      {...keptForm}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="change-password-form"
      noValidate
    >
      {/* lets password managers pair the new password with the account */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {input("pw-current", "currentPassword", "Mật khẩu hiện tại", "current-password")}
      {input("pw-new", "newPassword", "Mật khẩu mới", "new-password", `Ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)}
      {input("pw-confirm", "confirmPassword", "Nhập lại mật khẩu mới", "new-password")}
      <FormMessage state={state} />
      <p className="text-xs text-stone-500">
        Sau khi đổi, mọi phiên đăng nhập của tài khoản (kể cả phiên này) sẽ kết thúc; hãy đăng nhập lại với mật khẩu
        mới.
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang đổi…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
