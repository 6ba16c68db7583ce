"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { addTaskNoteAction } from "../actions";
import { TASK_STATUSES } from "../schema";
import { taskStatusLabels } from "@/lib/vi/labels";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

export function TaskNoteForm({ taskId }: { taskId: string }) {
  const [state, action, pending] = useActionState(addTaskNoteAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      {...keptForm}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="task-note-form"
    >
      <h2 className="font-semibold">Ghi tiến độ</h2>
      <input type="hidden" name="taskId" value={taskId} />
      <div>
        <label htmlFor="task-note" className="block text-sm font-medium">
          Nội dung
        </label>
        <textarea
          id="task-note"
          name="note"
          rows={3}
          className={inputClass}
          aria-invalid={!!err("note")}
          aria-describedby={err("note") ? "task-note-error" : undefined}
        />
        {err("note") && (
          <p id="task-note-error" className="text-sm text-red-700">
            {err("note")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="task-status" className="block text-sm font-medium">
          Chuyển trạng thái (không bắt buộc)
        </label>
        <select id="task-status" name="status" className={inputClass} defaultValue="">
          <option value="">Giữ nguyên</option>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {taskStatusLabels[s]}
            </option>
          ))}
        </select>
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
        {pending ? "Đang ghi…" : "Ghi tiến độ"}
      </button>
    </form>
  );
}
