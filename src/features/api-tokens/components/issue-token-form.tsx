"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { issueApiTokenAction } from "../actions";
import { API_TOKEN_ROLES } from "../schema";
import { roleLabels } from "@/lib/vi/labels";
import type { ActionState } from "@/server/action";
import type { IssuedToken } from "../mutations";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";
const ROLE_HINTS: Record<(typeof API_TOKEN_ROLES)[number], string> = {
  MEMBER: "đọc biên bản đã thông qua của tổ chức này và cấp trên",
  SECRETARY: "như thư ký: đọc, soạn và thông qua biên bản của tổ chức này",
  ADMIN: "như quản trị: đọc và ghi toàn bộ tổ chức này và cấp dưới",
};

export function IssueTokenForm({ units }: { units: Array<{ id: string; label: string }> }) {
  const [state, action, pending] = useActionState<ActionState<IssuedToken>, FormData>(issueApiTokenAction, {
    status: "idle",
  });
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form
      {...keptForm}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="issue-token-form"
    >
      <h2 className="text-lg font-semibold">Cấp mã truy cập mới</h2>
      <div>
        <label htmlFor="token-name" className="block text-sm font-medium">
          Tên (dùng cho việc gì)
        </label>
        <input
          id="token-name"
          name="name"
          defaultValue={String(values?.name ?? "")}
          className={inputClass}
          aria-invalid={!!err("name")}
          aria-describedby={err("name") ? "token-name-error" : undefined}
        />
        {err("name") && (
          <p id="token-name-error" className="text-sm text-red-700">
            {err("name")}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="token-unit" className="block text-sm font-medium">
            Tổ chức Đảng
          </label>
          <select
            id="token-unit"
            name="unitId"
            defaultValue={String(values?.unitId ?? "")}
            className={inputClass}
            aria-invalid={!!err("unitId")}
            aria-describedby={err("unitId") ? "token-unit-error" : undefined}
          >
            <option value="">— Chọn —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
          {err("unitId") && (
            <p id="token-unit-error" className="text-sm text-red-700">
              {err("unitId")}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="token-role" className="block text-sm font-medium">
            Quyền
          </label>
          <select id="token-role" name="role" defaultValue={String(values?.role ?? "MEMBER")} className={inputClass}>
            {API_TOKEN_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]} – {ROLE_HINTS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {state.status === "error" && (
          <p role="alert" className="text-sm text-red-700">
            {state.message}
          </p>
        )}
        {state.status === "ok" && state.data && (
          <div className="rounded-md border border-green-300 bg-green-50 p-3 text-sm" data-testid="issued-token">
            <p className="font-medium text-green-900">{state.message}</p>
            <p className="mt-2">
              Gửi kèm mỗi yêu cầu: <code>Authorization: Bearer …</code>
            </p>
            <code
              className="mt-1 block break-all rounded bg-white p-2 font-mono text-base"
              data-testid="issued-token-secret"
            >
              {state.data.token}
            </code>
          </div>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang cấp…" : "Cấp mã"}
      </button>
    </form>
  );
}
