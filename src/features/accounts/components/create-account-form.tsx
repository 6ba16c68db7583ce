"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { Combobox, type LookupOption } from "@/components/combobox";
import { roleLabels } from "@/lib/vi/labels";
import { Role } from "@/lib/enums";
import type { ActionState } from "@/server/action";
import { createAccountAction } from "../actions";
import type { CreatedAccount } from "../dto";
import {
  buttonClass,
  submitWithoutReset,
  echoed,
  FieldError,
  fieldError,
  FormMessage,
  inputClass,
  OneTimePassword,
} from "./form-bits";
import { PasswordChoice } from "./password-choice";

const idle: ActionState<CreatedAccount> = { status: "idle" };

/** People and units are looked up as typed, in the admin's subtree (members without an account). */
export function CreateAccountForm() {
  const [state, action, pending] = useActionState(createAccountAction, idle);
  const keptForm = useKeptForm(action, state);
  const [formKey, setFormKey] = useState(0);
  const [member, setMember] = useState<LookupOption | null>(null);
  const [role, setRole] = useState<string>("MEMBER");
  const [unit, setUnit] = useState<LookupOption | null>(null);
  const err = (...k: string[]) => fieldError(state, ...k);
  const created = state.status === "ok" ? state.data : undefined;

  if (created) {
    return (
      <div className="space-y-3 rounded-lg border border-green-200 bg-white p-4" data-testid="account-created">
        <p role="status" className="font-medium text-green-800">
          Đã tạo tài khoản <strong>{created.username}</strong>.
        </p>
        {created.generatedPassword && <OneTimePassword password={created.generatedPassword} />}
        <p className="flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/accounts/${created.id}`} className="text-brand hover:underline">
            Xem tài khoản
          </Link>
          <button
            type="button"
            className="text-brand hover:underline"
            onClick={() => {
              setFormKey((k) => k + 1);
              window.location.reload();
            }}
          >
            Tạo tài khoản khác
          </button>
        </p>
      </div>
    );
  }

  return (
    <form
      key={formKey}
      {...keptForm}
      onSubmit={submitWithoutReset(action)}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="create-account-form"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="acc-username" className="block text-sm font-medium">
            Tên đăng nhập
          </label>
          <input
            id="acc-username"
            name="username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            defaultValue={echoed(state, "username")}
            className={inputClass}
            aria-invalid={!!err("username")}
            aria-describedby="acc-username-hint acc-username-error"
          />
          <p id="acc-username-hint" className="mt-1 text-xs text-stone-500">
            Chữ thường không dấu, chữ số và . _ - (ví dụ: nguyenvana)
          </p>
          <FieldError id="acc-username-error" message={err("username")} />
        </div>
        <div>
          <label htmlFor="acc-display" className="block text-sm font-medium">
            Họ tên hiển thị
          </label>
          <input
            id="acc-display"
            name="displayName"
            defaultValue={echoed(state, "displayName")}
            className={inputClass}
            aria-invalid={!!err("displayName")}
            aria-describedby="acc-display-hint acc-display-error"
          />
          <p id="acc-display-hint" className="mt-1 text-xs text-stone-500">
            Để trống khi liên kết với đảng viên: dùng họ tên của đảng viên.
          </p>
          <FieldError id="acc-display-error" message={err("displayName")} />
        </div>
      </div>
      <div>
        <Combobox
          id="acc-member"
          label="Liên kết với đảng viên"
          name="memberId"
          source={{ path: "/api/v1/lookup/members", params: { for: "account" } }}
          value={member}
          onChange={setMember}
          placeholder="Không liên kết (gõ tên để tìm)"
          hint="Chỉ hiện đảng viên chưa có tài khoản."
          invalid={!!err("memberId")}
          describedBy="acc-member-error"
        />
        <FieldError id="acc-member-error" message={err("memberId")} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">Quyền ban đầu</legend>
        <div>
          <label htmlFor="acc-role" className="block text-sm">
            Vai trò
          </label>
          <select
            id="acc-role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            className={inputClass}
            aria-invalid={!!err("grants.0.role", "grants")}
            aria-describedby="acc-role-error"
          >
            {Object.values(Role).map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
          <FieldError id="acc-role-error" message={err("grants.0.role", "grants")} />
        </div>
        <div>
          <Combobox
            id="acc-unit"
            label="Tại tổ chức Đảng"
            labelClassName="block text-sm"
            name="unitId"
            source={{ path: "/api/v1/lookup/units", params: { for: "account" } }}
            value={unit}
            onChange={setUnit}
            placeholder="Gõ tên tổ chức Đảng"
            invalid={!!err("grants.0.unitId", "unitId")}
            describedBy="acc-unit-error"
          />
          <FieldError id="acc-unit-error" message={err("grants.0.unitId", "unitId")} />
        </div>
      </fieldset>
      <PasswordChoice idPrefix="acc" error={err("password")} />
      <FormMessage state={state} testId="create-account-message" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Đang tạo…" : "Tạo tài khoản"}
      </button>
    </form>
  );
}
