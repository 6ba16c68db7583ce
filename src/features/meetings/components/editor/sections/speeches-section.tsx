"use client";

import type { SpeechKind } from "@/lib/enums";
import { speechKindLabels } from "@/lib/vi/labels";
import { inputClass, moveItem, patchAt, RowTools, removeAt, smallButton, TextField } from "../fields";
import { type PersonOption, PersonPicker } from "../pickers/person-picker";
import { type UnitOption, UnitPicker } from "../pickers/unit-picker";
import { Section, type SectionProps } from "./section";

/** Phát biểu, tham luận, ý kiến: who spoke (a person or a unit), the kind, and what was said. */
export function SpeechesSection({
  draft,
  set,
  errs,
  mark,
  people,
  units,
}: SectionProps & { people: PersonOption[]; units: UnitOption[] }) {
  const list = draft.speeches;
  return (
    <Section id="phat-bieu" title="Phát biểu, tham luận, ý kiến">
      {list.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
        <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">
            Phát biểu {i + 1}
            {mark(`speeches.${i}`)}
          </legend>
          <div className="flex justify-end">
            <RowTools
              index={i}
              count={list.length}
              what="phát biểu"
              onMove={(f, t) => set("speeches", moveItem(list, f, t))}
              onRemove={(j) => set("speeches", removeAt(list, j))}
            />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor={`speech-kind-${i}`} className="block text-sm font-medium">
                Loại
              </label>
              <select
                id={`speech-kind-${i}`}
                className={inputClass}
                value={s.kind}
                onChange={(e) => set("speeches", patchAt(list, i, { kind: e.target.value as SpeechKind }))}
              >
                {Object.entries(speechKindLabels).map(([k, l]) => (
                  <option key={k} value={k}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              label="Tiêu đề (tham luận)"
              value={s.title}
              onChange={(v) => set("speeches", patchAt(list, i, { title: v }))}
            />
            <PersonPicker
              label="Người phát biểu"
              value={s.speaker}
              people={people}
              onChange={(p) => set("speeches", patchAt(list, i, { speaker: p }))}
              errors={errs(`speeches.${i}.speaker`)}
            />
            <UnitPicker
              label="hoặc đơn vị"
              value={s.unitId}
              units={units}
              onChange={(u) => set("speeches", patchAt(list, i, { unitId: u?.id ?? null, unitName: u?.name ?? "" }))}
            />
          </div>
          <TextField
            label="Nội dung"
            multiline
            value={s.content}
            onChange={(v) => set("speeches", patchAt(list, i, { content: v }))}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() =>
          set("speeches", [
            ...list,
            { kind: "Y_KIEN", title: "", speaker: null, unitName: "", unitId: null, content: "" },
          ])
        }
      >
        + Thêm phát biểu
      </button>
    </Section>
  );
}
