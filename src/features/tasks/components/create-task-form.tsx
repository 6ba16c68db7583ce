"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { Combobox, type LookupOption } from "@/components/combobox";
import { createTaskAction } from "../actions";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

interface Option {
  id: string;
  label: string;
}

export interface CreateTaskFormProps {
  meetingId: string;
  resolutions: Array<{ id: string; title: string }>;
  /** Directives the meeting cites: one click away; the whole registry is searched as typed. */
  cited: Option[];
}

export function CreateTaskForm({ meetingId, resolutions, cited }: CreateTaskFormProps) {
  const [state, action, pending] = useActionState(createTaskAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  const [directive, setDirective] = useState<LookupOption | null>(null);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  const created = state.status === "ok" ? (state.data as { id: string } | undefined) : undefined;
  return (
    <form
      {...keptForm}
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
          <Combobox
            id="task-owner-member"
            label="Đảng viên"
            labelClassName="block text-sm"
            name="ownerMemberId"
            source={{ path: "/api/v1/lookup/members", params: { for: "task", meetingId } }}
            placeholder="Gõ tên để tìm"
            invalid={!!err("ownerMemberId")}
          />
          {err("ownerMemberId") && <p className="text-sm text-red-700">{err("ownerMemberId")}</p>}
        </div>
        <div>
          <Combobox
            id="task-owner-unit"
            label="Tổ chức"
            labelClassName="block text-sm"
            name="ownerUnitId"
            source={{ path: "/api/v1/lookup/units", params: { for: "task", meetingId } }}
            placeholder="Gõ tên để tìm"
            invalid={!!err("ownerUnitId")}
          />
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
          <Combobox
            id="task-directive"
            label="Thực hiện văn bản"
            name="directiveId"
            source={{ path: "/api/v1/lookup/directives" }}
            value={directive}
            onChange={setDirective}
            placeholder="Không (gõ số hiệu hoặc tên để tìm)"
            invalid={!!err("directiveId")}
          />
          {cited.length > 0 && (
            <div className="mt-1 flex flex-wrap items-center gap-1 text-xs" data-testid="cited-directives">
              <span className="text-stone-600">Được trích dẫn trong biên bản:</span>
              {cited.map((d) => (
                <button
                  key={d.id}
                  type="button"
                  aria-pressed={directive?.id === d.id}
                  className="rounded border border-stone-300 bg-white px-2 py-0.5 hover:bg-stone-100 aria-pressed:border-brand aria-pressed:bg-brand/10"
                  onClick={() => setDirective(directive?.id === d.id ? null : d)}
                >
                  {d.label}
                </button>
              ))}
            </div>
          )}
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
