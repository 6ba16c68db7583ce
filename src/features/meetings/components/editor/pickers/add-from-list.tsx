"use client";

import { useState } from "react";
import { Combobox, type LookupOption, type LookupSource } from "@/components/combobox";
import { useMeetingId } from "./picker-scope";
import { smallButton } from "../fields";

/** What is being added: a member of the meeting unit's roster, or a document of the registry. */
export type AddKind = "attendance" | "directive";

function sourceFor(kind: AddKind, meetingId: string): LookupSource {
  return kind === "attendance"
    ? { path: "/api/v1/lookup/members", params: { for: "attendance", meetingId } }
    : { path: "/api/v1/lookup/directives" };
}

/**
 * Finds one entry by typing (the one chooser) and adds it with "Thêm"; Enter on a chosen entry
 * adds it too. Entries already in the list (`exclude`) are not added twice.
 */
export function AddFromList({
  label,
  kind,
  exclude,
  onAdd,
}: {
  label: string;
  kind: AddKind;
  exclude?: ReadonlySet<string>;
  onAdd: (id: string, option: LookupOption) => void;
}) {
  const meetingId = useMeetingId();
  const [value, setValue] = useState<LookupOption | null>(null);
  const taken = !!value && !!exclude?.has(value.id);
  const add = () => {
    if (!value || taken) return;
    onAdd(value.id, value);
    setValue(null);
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Combobox
        className="w-full min-w-0 sm:w-96"
        label={label}
        source={sourceFor(kind, meetingId)}
        value={value}
        onChange={setValue}
        placeholder="Gõ vài chữ để tìm…"
        hint={taken ? "Đã có trong danh sách." : undefined}
      />
      <button type="button" className={`${smallButton} mb-0.5`} disabled={!value || taken} onClick={add}>
        Thêm
      </button>
    </div>
  );
}
