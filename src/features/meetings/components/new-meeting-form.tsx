"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { startDraftAction } from "../actions";
import { meetingKindLabels } from "@/lib/vi/labels";
import { inputClass } from "./editor/fields";

export function NewMeetingForm({
  units,
  defaultStart,
}: {
  units: Array<{ id: string; name: string }>;
  defaultStart: string;
}) {
  const [state, action, pending] = useActionState(startDraftAction, { status: "idle" });
  const keptForm = useKeptForm(action, state);
  const values = state.status === "error" ? state.values : undefined;
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      {...keptForm}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
      data-testid="new-meeting-form"
    >
      <div>
        <label htmlFor="unitId" className="block text-sm font-medium">
          Tổ chức Đảng
        </label>
        <select
          id="unitId"
          name="unitId"
          className={inputClass}
          defaultValue={(values?.unitId as string) ?? units[0]?.id}
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {err("unitId") && <p className="text-sm text-red-700">{err("unitId")}</p>}
      </div>
      <div>
        <label htmlFor="kind" className="block text-sm font-medium">
          Loại cuộc họp
        </label>
        <select id="kind" name="kind" className={inputClass} defaultValue={(values?.kind as string) ?? "THUONG_KY"}>
          {Object.entries(meetingKindLabels).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="startsAt" className="block text-sm font-medium">
          Thời gian bắt đầu
        </label>
        <input
          id="startsAt"
          name="startsAt"
          type="datetime-local"
          className={inputClass}
          defaultValue={(values?.startsAt as string) ?? defaultStart}
        />
        {err("startsAt") && <p className="text-sm text-red-700">{err("startsAt")}</p>}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="copyLast" defaultChecked={values?.copyLast === "on"} />
        Sao chép chương trình, địa điểm, chủ trì và thư ký của cuộc họp gần nhất
      </label>
      {state.status === "error" && (
        <p role="status" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "Đang tạo…" : "Tạo bản nháp"}
      </button>
    </form>
  );
}
