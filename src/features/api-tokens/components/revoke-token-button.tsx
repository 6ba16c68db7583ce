"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { revokeApiTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeApiTokenAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  return (
    <form
      {...keptForm}
      onSubmit={(e) => {
        if (window.confirm(`Thu hồi mã truy cập “${name}”? Các chương trình đang dùng mã này sẽ bị từ chối ngay.`))
          keptForm.onSubmit(e);
        else e.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-red-300 px-2 py-1 text-xs text-red-800 hover:bg-red-50 disabled:opacity-60"
        aria-label={`Thu hồi mã ${name}`}
      >
        {pending ? "Đang thu hồi…" : "Thu hồi"}
      </button>
      {state.status === "error" && (
        <p role="alert" className="text-xs text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
