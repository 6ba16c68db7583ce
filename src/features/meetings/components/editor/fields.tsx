"use client";

import { useId } from "react";

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

/** The list with item `i` changed by `patch` (the others untouched). */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}

/** The list without item `i`. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, k) => k !== i);
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/** A labelled select over an enum's labels (kind of meeting, kind of speech, task status…). */
export function SelectField<T extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: T;
  labels: Record<T, string>;
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.entries(labels) as Array<[T, string]>).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One item of a list section: a titled box with the buttons to move it or remove it. */
export function ListItem<T>({
  legend,
  list,
  index,
  what,
  onChange,
  testId,
  children,
}: {
  legend: React.ReactNode;
  list: T[];
  index: number;
  /** The item's noun in the buttons' names: "Xóa báo cáo 2". */
  what: string;
  onChange: (list: T[]) => void;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset className="mb-3 rounded border border-stone-200 p-3" data-testid={testId}>
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex justify-end">
        <RowTools
          index={index}
          count={list.length}
          what={what}
          onMove={(f, t) => onChange(moveItem(list, f, t))}
          onRemove={(j) => onChange(removeAt(list, j))}
        />
      </div>
      {children}
    </fieldset>
  );
}
