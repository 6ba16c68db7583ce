"use client";

import { Combobox, type LookupOption } from "@/components/combobox";
import { useActionState, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { roleLabels } from "@/lib/vi/labels";
import { Role } from "@/lib/enums";
import type { ActionState } from "@/server/action";
import {
  deleteUnusedAccountAction,
  disableAccountAction,
  enableAccountAction,
  grantRoleAction,
  resetPasswordAction,
  revokeRoleAction,
} from "../actions";
import type { PasswordResult } from "../dto";
import {
  buttonClass,
  submitWithoutReset,
  FieldError,
  fieldError,
  FormMessage,
  inputClass,
  OneTimePassword,
  secondaryButtonClass,
} from "./form-bits";
import { PasswordChoice } from "./password-choice";

const idle: ActionState = { status: "idle" };

/** Khóa / mở khóa. */
export function AccountStatusForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(disabled ? enableAccountAction : disableAccountAction, idle);
  const keptForm = useKeptForm(action, state);
  return (
    <form {...keptForm} className="space-y-2" data-testid="account-status-form">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-stone-600">
        {disabled
          ? "Tài khoản đang bị khóa: không đăng nhập được. Mở khóa để người dùng đăng nhập lại."
          : "Khóa tài khoản: người dùng bị đăng xuất ngay và không đăng nhập được nữa. Tài khoản và mọi dữ liệu đã ghi vẫn được giữ."}
      </p>
      <button
        type="submit"
        disabled={pending}
        className={
          disabled
            ? buttonClass
            : "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        }
      >
        {pending ? "Đang lưu…" : disabled ? "Mở khóa tài khoản" : "Khóa tài khoản"}
      </button>
      <FormMessage state={state} testId="account-status-message" />
    </form>
  );
}

/** Đặt lại mật khẩu: typed or generated, the generated one shown once. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, idle as ActionState<PasswordResult>);
  const keptForm = useKeptForm(action, state);
  const result = state.status === "ok" ? state.data : undefined;
  return (
    <form
      {...keptForm}
      onSubmit={submitWithoutReset(action)}
      className="space-y-3"
      data-testid="reset-password-form"
      noValidate
    >
      <input type="hidden" name="userId" value={userId} />
      <PasswordChoice idPrefix="reset" error={fieldError(state, "password")} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang đặt lại…" : "Đặt lại mật khẩu"}
      </button>
      <FormMessage state={state} testId="reset-password-message" />
      {result?.generatedPassword && <OneTimePassword password={result.generatedPassword} />}
    </form>
  );
}

/** Cấp quyền trên một tổ chức Đảng trong phạm vi. */
export function GrantRoleForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(grantRoleAction, idle);
  const keptForm = useKeptForm(action, state);
  const [role, setRole] = useState<string>("MEMBER");
  const [unit, setUnit] = useState<LookupOption | null>(null);
  return (
    <form
      {...keptForm}
      onSubmit={submitWithoutReset(action)}
      className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
      data-testid="grant-role-form"
      noValidate
    >
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor="grant-role" className="block text-sm">
          Vai trò
        </label>
        <select
          id="grant-role"
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          className={inputClass}
          aria-invalid={!!fieldError(state, "role")}
          aria-describedby="grant-role-error"
        >
          {Object.values(Role).map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      <Combobox
        id="grant-unit"
        label="Tại tổ chức Đảng"
        labelClassName="block text-sm"
        name="unitId"
        source={{ path: "/api/v1/lookup/units", params: { for: "account" } }}
        value={unit}
        onChange={setUnit}
        placeholder="Gõ tên tổ chức Đảng"
        invalid={!!fieldError(state, "unitId")}
        describedBy="grant-unit-error"
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang cấp…" : "Cấp quyền"}
      </button>
      <div className="sm:col-span-3">
        <FieldError id="grant-role-error" message={fieldError(state, "role")} />
        <FieldError id="grant-unit-error" message={fieldError(state, "unitId")} />
        <FormMessage state={state} testId="grant-role-message" />
      </div>
    </form>
  );
}

/** Thu hồi một quyền. */
export function RevokeRoleButton({ userId, grantId, label }: { userId: string; grantId: string; label: string }) {
  const [state, action, pending] = useActionState(revokeRoleAction, idle);
  const keptForm = useKeptForm(action, state);
  return (
    <form {...keptForm} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="grantId" value={grantId} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-label={`Thu hồi quyền ${label}`}>
        {pending ? "Đang thu hồi…" : "Thu hồi"}
      </button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

/** Xóa một tài khoản tạo nhầm (chưa đăng nhập, chưa ghi gì). */
export function DeleteUnusedAccountForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(deleteUnusedAccountAction, idle);
  const keptForm = useKeptForm(action, state);
  return (
    <form {...keptForm} className="space-y-2" data-testid="delete-account-form">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-stone-600">
        Tài khoản chưa đăng nhập lần nào và chưa ghi dữ liệu nên có thể xóa hẳn (ví dụ khi tạo nhầm).
      </p>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Đang xóa…" : "Xóa tài khoản"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
