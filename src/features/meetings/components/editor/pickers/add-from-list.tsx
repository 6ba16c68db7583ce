"use client";

import { useId, useState } from "react";
import { inputClass, smallButton } from "../fields";

export interface ListOption {
  id: string;
  label: string;
}

/** Chooses one entry of a list (a member of the roster, a document of the registry) and adds it. */
export function AddFromList({
  label,
  options,
  onAdd,
}: {
  label: string;
  options: ListOption[];
  onAdd: (id: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState("");
  return (
    <div className="flex items-end gap-2">
      <div>
        <label className="block text-sm font-medium" htmlFor={id}>
          {label}
        </label>
        <select id={id} className={inputClass} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">— Chọn —</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className={smallButton}
        disabled={!value}
        onClick={() => {
          onAdd(value);
          setValue("");
        }}
      >
        Thêm
      </button>
    </div>
  );
}
