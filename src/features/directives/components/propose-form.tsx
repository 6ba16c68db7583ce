"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { proposeDirectiveAction } from "../actions";
import { directiveLabel } from "@/lib/symbols/label";

export function ProposeForm() {
  const [state, action, pending] = useActionState(proposeDirectiveAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  const result = state.status === "ok" ? state.data : undefined;
  return (
    <form
      {...keptForm}
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="propose-form"
    >
      <label htmlFor="propose-text" className="block text-sm font-medium">
        Kiểm tra một trích dẫn
      </label>
      <div className="flex gap-2">
        <input
          id="propose-text"
          name="text"
          placeholder="Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"
          className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
        />
        <button
          type="submit"
          disabled={pending}
          className="shrink-0 rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100"
        >
          Đối chiếu
        </button>
      </div>
      <div role="status" className="text-sm" data-testid="propose-result">
        {state.status === "error" && <p className="text-red-700">{state.fieldErrors?.text?.[0] ?? state.message}</p>}
        {result?.status === "match" && (
          <p>
            Đã có trong danh mục:{" "}
            <Link className="text-brand hover:underline" href={`/directives/${result.directive.id}`}>
              {result.directive.label}
            </Link>
          </p>
        )}
        {result?.status === "ambiguous" && (
          <div>
            <p>Trích dẫn chưa đủ để xác định (thiếu ngày ban hành); có thể là:</p>
            <ul className="ml-5 list-disc">
              {result.candidates.map((c) => (
                <li key={c.id}>
                  <Link className="text-brand hover:underline" href={`/directives/${c.id}`}>
                    {c.label}
                  </Link>
                  {c.issuer ? ` — ${c.issuer}` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {result?.status === "new" && (
          <p>
            Chưa có trong danh mục. Đề xuất thêm mới: <strong>{directiveLabel(result.proposal)}</strong>
            {result.proposal.issuer ? ` của ${result.proposal.issuer}` : ""}. Văn bản sẽ được thêm khi biên bản trích
            dẫn nó được lưu.
          </p>
        )}
        {result?.status === "unrecognised" && (
          <p className="text-red-700">
            Không nhận ra văn bản. Hãy ghi như “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”.
          </p>
        )}
      </div>
    </form>
  );
}
