"use client";

import { Combobox, type LookupOption } from "@/components/combobox";
import { isFreeText, typedOption } from "@/lib/lookup";
import { FieldError, TextField } from "../fields";
import type { PersonField } from "../model";
import { useMeetingId } from "./picker-scope";

/**
 * A person: a member of the meeting's unit, the units below or above it, found by typing a few
 * letters of the name (the one chooser, fed by /api/v1/lookup/members), or someone off the roster,
 * typed by hand ("Người khác: …"), whose position is then typed too.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  errors,
  testId,
  autoFocus,
  lookup = "meeting",
}: {
  label: string;
  value: PersonField | null;
  onChange: (p: PersonField | null) => void;
  errors?: string[];
  testId?: string;
  autoFocus?: boolean;
  /** Who may be chosen: anyone who may appear in the record, or (task owners) the unit and below. */
  lookup?: "meeting" | "task";
}) {
  const meetingId = useMeetingId();
  const chosen: LookupOption | null = !value
    ? null
    : value.memberId
      ? { id: value.memberId, label: value.name, title: value.title }
      : value.name
        ? typedOption(value.name)
        : null;
  return (
    <div>
      <Combobox
        label={label}
        testId={testId}
        source={{ path: "/api/v1/lookup/members", params: { for: lookup, meetingId } }}
        value={chosen}
        autoFocus={autoFocus}
        invalid={!!errors?.length}
        freeTextOption={(text) => `Người khác: “${text}” (nhập tay)`}
        placeholder="Gõ vài chữ của tên…"
        onChange={(o) => {
          if (!o) onChange(null);
          else if (isFreeText(o)) onChange({ memberId: null, name: o.label, title: value?.title ?? "" });
          else onChange({ memberId: o.id, name: o.label, title: o.title ?? "" });
        }}
      />
      {value && !value.memberId && (
        <div className="mt-2">
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
