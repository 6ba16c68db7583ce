"use client";

import { useId } from "react";
import { inputClass } from "../fields";

export interface UnitOption {
  id: string;
  name: string;
}

/** A unit of the tree (the speaker's đảng bộ or chi bộ, for a tham luận), or none. */
export function UnitPicker({
  label,
  value,
  units,
  onChange,
}: {
  label: string;
  value: string | null;
  units: UnitOption[];
  onChange: (unit: UnitOption | null) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        value={value ?? ""}
        onChange={(e) => onChange(units.find((x) => x.id === e.target.value) ?? null)}
      >
        <option value="">— Không —</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}
