"use client";

import { useActionState, useEffect, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { amendAction } from "../actions";
import { inputClass } from "./editor/fields";

import type { AmendableField } from "../dto";

export function AmendForm({ meetingId, fields }: { meetingId: string; fields: AmendableField[] }) {
  const [state, action, pending] = useActionState(async (_prev: unknown, formData: FormData) => {
    return amendAction(meetingId, {
      field: formData.get("field"),
      newValue: formData.get("newValue"),
      reason: formData.get("reason"),
    });
  }, null);
  const [field, setField] = useState(fields[0]?.path ?? "");
  const [value, setValue] = useState(fields[0]?.value ?? "");
  const [reason, setReason] = useState("");
  // A refused submit keeps the chosen field, the text and the reason; a recorded one clears the reason.
  const form = useKeptForm(action, state, { resetOnSuccess: false });
  useEffect(() => {
    if (state?.status === "ok") setReason("");
  }, [state]);
  const err = (k: string) => (state?.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form {...form} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="amend-form">
      <h3 className="font-semibold">Lập đính chính</h3>
      <div>
        <label htmlFor="amend-field" className="block text-sm font-medium">
          Mục cần đính chính
        </label>
        <select
          id="amend-field"
          name="field"
          className={inputClass}
          value={field}
          onChange={(e) => {
            setField(e.target.value);
            setValue(fields.find((f) => f.path === e.target.value)?.value ?? "");
          }}
        >
          {fields.map((f) => (
            <option key={f.path} value={f.path}>
              {f.label}
            </option>
          ))}
        </select>
        {err("field") && <p className="text-sm text-red-700">{err("field")}</p>}
      </div>
      <div>
        <label htmlFor="amend-value" className="block text-sm font-medium">
          Nội dung đúng
        </label>
        <textarea
          id="amend-value"
          name="newValue"
          rows={3}
          className={inputClass}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        {err("newValue") && <p className="text-sm text-red-700">{err("newValue")}</p>}
      </div>
      <div>
        <label htmlFor="amend-reason" className="block text-sm font-medium">
          Lý do đính chính
        </label>
        <input
          id="amend-reason"
          name="reason"
          className={inputClass}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {err("reason") && (
          <p className="text-sm text-red-700" data-testid="amend-reason-error">
            {err("reason")}
          </p>
        )}
      </div>
      {state && state.status !== "idle" && (
        <p
          role="status"
          className={state.status === "ok" ? "text-sm text-green-800" : "text-sm text-red-700"}
          data-testid="amend-status"
        >
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang ghi…" : "Ghi đính chính"}
      </button>
    </form>
  );
}
