"use client";

import { useActionState, useId } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import type { ActionState } from "@/server/action";
import { memberStatusLabels, transferKindLabels } from "@/lib/vi/labels";
import type { MemberStatus } from "@/lib/enums";
import { changeStatusAction, transferMemberAction } from "../actions";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";
const STATUS_CHOICES = Object.keys(memberStatusLabels) as MemberStatus[];

function Feedback({ state }: { state: ActionState<unknown> }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
    >
      {state.status !== "idle" ? state.message : ""}
    </p>
  );
}

export function StatusForm({ memberId }: { memberId: string }) {
  const id = useId();
  const [state, action, pending] = useActionState(changeStatusAction, { status: "idle" } as ActionState<{
    id: string;
  }>);
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      {...keptForm}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className="font-semibold">
        Ghi tình trạng sinh hoạt
      </h2>
      <input type="hidden" name="memberId" value={memberId} />
      <p className="text-xs text-stone-600">
        Chuyển sinh hoạt giữa các tổ chức trong hệ thống: dùng mục “Chuyển sinh hoạt đảng”. Tình trạng “chuyển đi”, “tạm
        thời” ở đây dành cho nơi ngoài hệ thống; ghi “Sinh hoạt thường xuyên” khi đảng viên đi sinh hoạt tạm thời trở
        về.
      </p>
      <div className="grid gap-3 [&>*]:min-w-0 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm font-medium">
            Tình trạng
          </label>
          <select id={`${id}-status`} name="status" className={inputClass} defaultValue="EXEMPT">
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {memberStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm font-medium">
            Từ ngày
          </label>
          <input
            id={`${id}-from`}
            name="fromOn"
            type="date"
            required
            className={inputClass}
            aria-invalid={!!err("fromOn")}
            aria-describedby={`${id}-from-err`}
          />
          <p id={`${id}-from-err`} className="text-sm text-red-700">
            {err("fromOn") ?? ""}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm font-medium">
            Đến ngày (nếu có)
          </label>
          <input
            id={`${id}-to`}
            name="toOn"
            type="date"
            className={inputClass}
            aria-invalid={!!err("toOn")}
            aria-describedby={`${id}-to-err`}
          />
          <p id={`${id}-to-err`} className="text-sm text-red-700">
            {err("toOn") ?? ""}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Ghi chú
        </label>
        <input id={`${id}-note`} name="note" className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          Ghi tình trạng
        </button>
        <Feedback state={state} />
      </div>
    </form>
  );
}

export function TransferForm({
  memberId,
  units,
}: {
  memberId: string;
  units: Array<{ id: string; name: string; depth: number }>;
}) {
  const id = useId();
  const [state, action, pending] = useActionState(transferMemberAction, { status: "idle" } as ActionState<{
    id: string;
  }>);
  const keptForm = useKeptForm(action, state);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      {...keptForm}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`} className="font-semibold">
        Chuyển sinh hoạt đảng
      </h2>
      <input type="hidden" name="memberId" value={memberId} />
      <div className="grid gap-3 [&>*]:min-w-0 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-unit`} className="block text-sm font-medium">
            Đến chi bộ
          </label>
          <select id={`${id}-unit`} name="toUnitId" className={inputClass} aria-describedby={`${id}-unit-err`}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00A0".repeat(u.depth * 3)}
                {u.name}
              </option>
            ))}
          </select>
          <p id={`${id}-unit-err`} className="text-sm text-red-700">
            {err("toUnitId") ?? ""}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
            Hình thức
          </label>
          <select id={`${id}-kind`} name="kind" className={inputClass}>
            {(["OFFICIAL", "TEMPORARY"] as const).map((k) => (
              <option key={k} value={k}>
                {transferKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-on`} className="block text-sm font-medium">
            Ngày chuyển
          </label>
          <input
            id={`${id}-on`}
            name="on"
            type="date"
            required
            className={inputClass}
            aria-invalid={!!err("on")}
            aria-describedby={`${id}-on-err`}
          />
          <p id={`${id}-on-err`} className="text-sm text-red-700">
            {err("on") ?? ""}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Ghi chú (số giấy giới thiệu…)
        </label>
        <input id={`${id}-note`} name="note" className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          Ghi chuyển sinh hoạt
        </button>
        <Feedback state={state} />
      </div>
    </form>
  );
}
