"use client";

import { startTransition, useActionState, useId, useState } from "react";
import type { ActionState } from "@/server/action";
import { genderLabels, memberCategoryLabels, positionKindLabels } from "@/lib/vi/labels";
import type { Gender, MemberCategory, PositionKind } from "@/lib/enums";
import { createMemberAction, updateMemberAction } from "../actions";

export interface MemberFormValues {
  memberId?: string;
  unitId?: string;
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender | null;
  birthDate: string | null;
  admittedOn: string | null;
  officialOn: string | null;
  category: MemberCategory;
  partyCardNumber: string | null;
  positions: Array<{
    kind: PositionKind;
    title: string;
    organ: string | null;
    startOn: string | null;
    endOn: string | null;
  }>;
}

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

type PositionRow = MemberFormValues["positions"][number] & { key: number };

export function MemberForm({
  initial,
  units,
  saved,
}: {
  initial: MemberFormValues;
  units?: Array<{ id: string; name: string; depth: number }>;
  saved?: boolean;
}) {
  const id = useId();
  const editing = !!initial.memberId;
  const [state, dispatch, pending] = useActionState(
    (editing ? updateMemberAction : createMemberAction) as (
      prev: ActionState<unknown>,
      input: unknown,
    ) => Promise<ActionState<unknown>>,
    (saved ? { status: "ok", message: "Đã thêm đảng viên." } : { status: "idle" }) as ActionState<unknown>,
  );
  const [positions, setPositions] = useState<PositionRow[]>(initial.positions.map((p, key) => ({ ...p, key })));
  const [nextKey, setNextKey] = useState(initial.positions.length);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);

  const field = (
    name: keyof MemberFormValues,
    label: string,
    opts: { type?: string; required?: boolean; help?: string } = {},
  ) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
        {label}
        {opts.required && (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        )}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={opts.type ?? "text"}
        required={opts.required}
        defaultValue={(initial[name] as string | null) ?? ""}
        className={inputClass}
        aria-invalid={!!err(name)}
        aria-describedby={`${id}-${name}-err`}
      />
      {opts.help && <p className="mt-1 text-xs text-stone-600">{opts.help}</p>}
      <p id={`${id}-${name}-err`} className="mt-1 text-sm text-red-700" aria-live="polite">
        {err(name) ?? ""}
      </p>
    </div>
  );

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const get = (k: string) => (fd.get(k) as string | null) ?? "";
    const input = {
      ...(editing ? { memberId: initial.memberId } : { unitId: get("unitId") }),
      familyName: get("familyName"),
      middleName: get("middleName"),
      givenName: get("givenName"),
      gender: get("gender"),
      birthDate: get("birthDate"),
      admittedOn: get("admittedOn"),
      officialOn: get("officialOn"),
      category: get("category"),
      partyCardNumber: get("partyCardNumber"),
      positions: positions.map(({ key: _k, ...p }) => p),
    };
    startTransition(() => dispatch(input));
  }

  const setPos = (key: number, patch: Partial<PositionRow>) =>
    setPositions((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="member-form"
      noValidate
    >
      {!editing && units && (
        <div>
          <label htmlFor={`${id}-unitId`} className="block text-sm font-medium">
            Chi bộ
            <span aria-hidden="true" className="text-red-700">
              {" "}
              *
            </span>
          </label>
          <select
            id={`${id}-unitId`}
            name="unitId"
            defaultValue={initial.unitId ?? ""}
            className={inputClass}
            aria-invalid={!!err("unitId")}
            aria-describedby={`${id}-unitId-err`}
          >
            <option value="">— Chọn chi bộ —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00A0".repeat(u.depth * 3)}
                {u.name}
              </option>
            ))}
          </select>
          <p id={`${id}-unitId-err`} className="mt-1 text-sm text-red-700" aria-live="polite">
            {err("unitId") ?? ""}
          </p>
        </div>
      )}
      <fieldset className="grid min-w-0 gap-3 [&>*]:min-w-0 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-semibold">Họ và tên</legend>
        {field("familyName", "Họ", { required: true })}
        {field("middleName", "Tên đệm")}
        {field("givenName", "Tên", { required: true, help: "Tên gọi, có thể hai tiếng (“Bình Minh”)." })}
      </fieldset>
      <div className="grid gap-3 [&>*]:min-w-0 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-gender`} className="block text-sm font-medium">
            Giới tính
          </label>
          <select id={`${id}-gender`} name="gender" defaultValue={initial.gender ?? ""} className={inputClass}>
            <option value="">—</option>
            {(Object.keys(genderLabels) as Gender[]).map((g) => (
              <option key={g} value={g}>
                {genderLabels[g]}
              </option>
            ))}
          </select>
        </div>
        {field("birthDate", "Ngày sinh", { type: "date" })}
        {field("partyCardNumber", "Số thẻ đảng viên")}
        {field("admittedOn", "Ngày vào Đảng (kết nạp)", { type: "date" })}
        {field("officialOn", "Ngày chính thức", { type: "date" })}
        <div>
          <label htmlFor={`${id}-category`} className="block text-sm font-medium">
            Loại đảng viên
          </label>
          <select
            id={`${id}-category`}
            name="category"
            defaultValue={initial.category}
            className={inputClass}
            aria-describedby={`${id}-category-err`}
          >
            {(Object.keys(memberCategoryLabels) as MemberCategory[]).map((c) => (
              <option key={c} value={c}>
                {memberCategoryLabels[c]}
              </option>
            ))}
          </select>
          <p id={`${id}-category-err`} className="mt-1 text-sm text-red-700" aria-live="polite">
            {err("category") ?? ""}
          </p>
        </div>
      </div>

      <fieldset className="min-w-0">
        <legend className="mb-1 text-sm font-semibold">Chức vụ Đảng và chính quyền</legend>
        {positions.length === 0 && <p className="text-sm text-stone-600">Chưa có chức vụ.</p>}
        <ul className="space-y-3">
          {positions.map((p, i) => (
            <li
              key={p.key}
              className="grid gap-2 [&>*]:min-w-0 rounded-md border border-stone-200 p-2 sm:grid-cols-[10rem_1fr_1fr_9rem_9rem_auto]"
            >
              <div>
                <label htmlFor={`${id}-p${p.key}-kind`} className="block text-xs">
                  Loại
                </label>
                <select
                  id={`${id}-p${p.key}-kind`}
                  value={p.kind}
                  onChange={(e) => setPos(p.key, { kind: e.target.value as PositionKind })}
                  className={inputClass}
                >
                  {(Object.keys(positionKindLabels) as PositionKind[]).map((k) => (
                    <option key={k} value={k}>
                      {positionKindLabels[k]}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-p${p.key}-title`} className="block text-xs">
                  Chức vụ
                </label>
                <input
                  id={`${id}-p${p.key}-title`}
                  value={p.title}
                  onChange={(e) => setPos(p.key, { title: e.target.value })}
                  className={inputClass}
                  aria-invalid={!!err(`positions.${i}.title`)}
                />
                <p className="text-xs text-red-700" aria-live="polite">
                  {err(`positions.${i}.title`) ?? ""}
                </p>
              </div>
              <div>
                <label htmlFor={`${id}-p${p.key}-organ`} className="block text-xs">
                  Cơ quan, tổ chức
                </label>
                <input
                  id={`${id}-p${p.key}-organ`}
                  value={p.organ ?? ""}
                  onChange={(e) => setPos(p.key, { organ: e.target.value })}
                  className={inputClass}
                />
              </div>
              <div>
                <label htmlFor={`${id}-p${p.key}-start`} className="block text-xs">
                  Từ ngày
                </label>
                <input
                  id={`${id}-p${p.key}-start`}
                  type="date"
                  value={p.startOn ?? ""}
                  onChange={(e) => setPos(p.key, { startOn: e.target.value })}
                  className={inputClass}
                />
              </div>
              <div>
                <label htmlFor={`${id}-p${p.key}-end`} className="block text-xs">
                  Đến ngày
                </label>
                <input
                  id={`${id}-p${p.key}-end`}
                  type="date"
                  value={p.endOn ?? ""}
                  onChange={(e) => setPos(p.key, { endOn: e.target.value })}
                  className={inputClass}
                  aria-invalid={!!err(`positions.${i}.endOn`)}
                />
                <p className="text-xs text-red-700" aria-live="polite">
                  {err(`positions.${i}.endOn`) ?? ""}
                </p>
              </div>
              <div className="flex items-end">
                <button
                  type="button"
                  onClick={() => setPositions((list) => list.filter((x) => x.key !== p.key))}
                  className="rounded-md px-2 py-2 text-sm text-red-700 hover:bg-red-50"
                  aria-label={`Bỏ chức vụ ${p.title || i + 1}`}
                >
                  Bỏ
                </button>
              </div>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="mt-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50"
          onClick={() => {
            setPositions((list) => [
              ...list,
              { key: nextKey, kind: "PARTY", title: "", organ: null, startOn: null, endOn: null },
            ]);
            setNextKey((k) => k + 1);
          }}
        >
          Thêm chức vụ
        </button>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Đang lưu…" : editing ? "Lưu thay đổi" : "Thêm đảng viên"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={state.status === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
          data-testid="member-form-status"
        >
          {state.status !== "idle" ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
