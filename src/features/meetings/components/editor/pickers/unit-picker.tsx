"use client";

import { Combobox } from "@/components/combobox";
import { useMeetingId } from "./picker-scope";

export interface UnitOption {
  id: string;
  name: string;
}

/**
 * A unit of the tree (the speaker's đảng bộ or chi bộ, for a tham luận), or none: the meeting's
 * unit, the units below and above it, found by typing (the one chooser, /api/v1/lookup/units).
 */
export function UnitPicker({
  label,
  value,
  valueName,
  onChange,
}: {
  label: string;
  value: string | null;
  /** The chosen unit's name as the draft keeps it. */
  valueName: string;
  onChange: (unit: UnitOption | null) => void;
}) {
  const meetingId = useMeetingId();
  return (
    <Combobox
      label={label}
      source={{ path: "/api/v1/lookup/units", params: { for: "meeting", meetingId } }}
      value={value ? { id: value, label: valueName } : null}
      placeholder="Không"
      onChange={(o) => onChange(o ? { id: o.id, name: o.label } : null)}
    />
  );
}
