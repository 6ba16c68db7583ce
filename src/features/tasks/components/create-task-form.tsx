"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createTaskAction } from "../actions";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

interface Option {
  id: string;
  label: string;
}

export interface CreateTaskFormProps {
  meetingId: string;
  resolutions: Array<{ id: string; title: string }>;
  members: Array<{ id: string; name: string }>;
  units: Array<{ id: string; name: string }>;
  cited: Option[];
  registry: Option[];
}

export function CreateTaskForm({ meetingId, resolutions, members, units, cited, registry }: CreateTaskFormProps) {
  const [state, action, pending] = useActionState(createTaskAction, { status: "idle" });
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  const created = state.status === "ok" ? (state.data as { id: string } | undefined) : undefined;
  return (
    <form
      action={action}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="create-task-form"
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <div>
        <label htmlFor="task-title" className="block text-sm font-medium">
          Nội dung nhiệm vụ
        </label>
        <textarea id="task-title" name="title" rows={2} className={inputClass} aria-invalid={!!err("title")} />
        {err("title") && <p className="text-sm text-red-700">{err("title")}</p>}
      </div>
      {resolutions.length > 0 && (
        <div>
          <label htmlFor="task-resolution" className="block text-sm font-medium">
            Theo nghị quyết
          </label>
          <select id="task-resolution" name="resolutionId" className={inputClass} defaultValue={resolutions[0].id}>
            {resolutions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="text-sm font-medium">Phụ trách (chọn một)</legend>
        <div>
          <label htmlFor="task-owner-member" className="block text-sm">
            Đảng viên
          </label>
          <select id="task-owner-member" name="ownerMemberId" className={inputClass} defaultValue="">
            <option value="">—</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          {err("ownerMemberId") && <p className="text-sm text-red-700">{err("ownerMemberId")}</p>}
        </div>
        <div>
          <label htmlFor="task-owner-unit" className="block text-sm">
            Tổ chức
          </label>
          <select id="task-owner-unit" name="ownerUnitId" className={inputClass} defaultValue="">
            <option value="">—</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {err("ownerUnitId") && <p className="text-sm text-red-700">{err("ownerUnitId")}</p>}
        </div>
        <div>
          <label htmlFor="task-owner-name" className="block text-sm">
            Hoặc ghi tên
          </label>
          <input id="task-owner-name" name="ownerName" className={inputClass} />
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="task-due" className="block text-sm font-medium">
            Hạn hoàn thành
          </label>
          <input id="task-due" name="dueOn" type="date" className={inputClass} />
          {err("dueOn") && <p className="text-sm text-red-700">{err("dueOn")}</p>}
        </div>
        <div>
          <label htmlFor="task-directive" className="block text-sm font-medium">
            Thực hiện văn bản
          </label>
          <select id="task-directive" name="directiveId" className={inputClass} defaultValue="">
            <option value="">— Không —</option>
            {cited.length > 0 && (
              <optgroup label="Văn bản được trích dẫn trong biên bản">
                {cited.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Danh mục văn bản">
              {registry.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </optgroup>
          </select>
          {err("directiveId") && <p className="text-sm text-red-700">{err("directiveId")}</p>}
        </div>
      </div>
      {state.status !== "idle" && (
        <p role="status" className={state.status === "ok" ? "text-sm text-green-800" : "text-sm text-red-700"}>
          {state.message}
          {created && (
            <>
              {" "}
              <Link href={`/tasks/${created.id}`} className="text-brand hover:underline">
                Xem nhiệm vụ
              </Link>
            </>
          )}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang giao…" : "Giao nhiệm vụ"}
      </button>
    </form>
  );
}
