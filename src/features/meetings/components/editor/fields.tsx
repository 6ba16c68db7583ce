"use client";

import { useId } from "react";
import type { PersonField } from "./model";

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand focus:outline-none";
export const smallButton = "rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100";

export function FieldError({ messages, id }: { messages?: string[]; id?: string }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {messages.join(" ")}
    </p>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  type?: string;
  multiline?: boolean;
  rows?: number;
  testId?: string;
  required?: boolean;
}) {
  const id = useId();
  const errId = `${id}-err`;
  const common = {
    id,
    value: props.value,
    "aria-invalid": props.errors?.length ? true : undefined,
    "aria-describedby": props.errors?.length ? errId : undefined,
    "data-testid": props.testId,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
        {props.required && <span className="text-red-700"> *</span>}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.preventDefault();
          }}
        />
      )}
      <FieldError messages={props.errors} id={errId} />
    </div>
  );
}

export interface PersonOption {
  id: string;
  name: string;
  title: string | null;
}

/** A person from the list of members, or typed by hand (someone off the roster). */
export function PersonPicker({
  label,
  value,
  onChange,
  people,
  errors,
  testId,
}: {
  label: string;
  value: PersonField | null;
  onChange: (p: PersonField | null) => void;
  people: PersonOption[];
  errors?: string[];
  testId?: string;
}) {
  const id = useId();
  const mode = value?.memberId ? value.memberId : value ? "__other" : "";
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        data-testid={testId}
        className={inputClass}
        value={mode}
        onChange={(e) => {
          const v = e.target.value;
          if (!v) onChange(null);
          else if (v === "__other")
            onChange({
              memberId: null,
              name: value?.memberId ? "" : (value?.name ?? ""),
              title: value?.memberId ? "" : (value?.title ?? ""),
            });
          else {
            const p = people.find((x) => x.id === v);
            onChange({ memberId: v, name: p?.name ?? "", title: p?.title ?? "" });
          }
        }}
      >
        <option value="">— Chưa chọn —</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.title ? ` – ${p.title}` : ""}
          </option>
        ))}
        <option value="__other">Người khác (nhập tên)…</option>
      </select>
      {value && !value.memberId && (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <TextField
            label={`${label}: họ và tên`}
            value={value.name}
            onChange={(name) => onChange({ ...value, name })}
          />
          <TextField
            label={`${label}: chức vụ`}
            value={value.title}
            onChange={(title) => onChange({ ...value, title })}
          />
        </div>
      )}
      <FieldError messages={errors} />
    </div>
  );
}

/** Buttons to move or remove an item of a list. */
export function RowTools({
  index,
  count,
  onMove,
  onRemove,
  what,
}: {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (i: number) => void;
  what: string;
}) {
  return (
    <div className="flex gap-1">
      <button
        type="button"
        className={smallButton}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
        aria-label={`Đưa ${what} ${index + 1} lên`}
      >
        ↑
      </button>
      <button
        type="button"
        className={smallButton}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={`Đưa ${what} ${index + 1} xuống`}
      >
        ↓
      </button>
      <button
        type="button"
        className={`${smallButton} text-red-700`}
        onClick={() => onRemove(index)}
        aria-label={`Xóa ${what} ${index + 1}`}
      >
        Xóa
      </button>
    </div>
  );
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}
