"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { mergeDirectivesAction } from "../actions";
import type { DirectiveSummary } from "../schema";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

export function MergeForm({ duplicateId, targets }: { duplicateId: string; targets: DirectiveSummary[] }) {
  const [state, action, pending] = useActionState(mergeDirectivesAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form {...keptForm} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="merge-form">
      <h2 className="font-semibold">Hợp nhất văn bản trùng</h2>
      <p className="text-sm text-stone-600">
        Các trích dẫn và nhiệm vụ của văn bản này sẽ chuyển sang văn bản được giữ lại; không mất dữ liệu.
      </p>
      <input type="hidden" name="duplicateId" value={duplicateId} />
      <div>
        <label htmlFor="merge-keep" className="block text-sm font-medium">
          Giữ lại văn bản
        </label>
        <select id="merge-keep" name="keepId" className={inputClass} defaultValue="">
          <option value="" disabled>
            — Chọn văn bản —
          </option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
              {t.issuer ? ` — ${t.issuer}` : ""}
            </option>
          ))}
        </select>
        {err("keepId") && <p className="text-sm text-red-700">{err("keepId")}</p>}
      </div>
      {state.status !== "idle" && (
        <p role="status" className={state.status === "ok" ? "text-sm text-green-800" : "text-sm text-red-700"}>
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang hợp nhất…" : "Hợp nhất"}
      </button>
    </form>
  );
}
