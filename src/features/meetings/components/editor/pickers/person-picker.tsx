"use client";

import { useId } from "react";
import { FieldError, inputClass, TextField } from "../fields";
import type { PersonField } from "../model";

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
