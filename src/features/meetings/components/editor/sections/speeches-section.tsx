"use client";

import { speechKindLabels } from "@/lib/vi/labels";
import { ListItem, patchAt, SelectField, smallButton, TextField } from "../fields";
import { PersonPicker } from "../pickers/person-picker";
import { UnitPicker } from "../pickers/unit-picker";
import { Section, type SectionProps } from "./section";

/** Phát biểu, tham luận, ý kiến: who spoke (a person or a unit), the kind, and what was said. */
export function SpeechesSection({ draft, set, errs, mark }: SectionProps) {
  const list = draft.speeches;
  const change = (next: typeof list) => set("speeches", next);
  return (
    <Section id="phat-bieu" title="Phát biểu, tham luận, ý kiến">
      {list.map((s, i) => (
        <ListItem
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
          key={i}
          legend={
            <>
              Phát biểu {i + 1}
              {mark(`speeches.${i}`)}
            </>
          }
          list={list}
          index={i}
          what="phát biểu"
          onChange={change}
        >
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label="Loại"
              value={s.kind}
              labels={speechKindLabels}
              onChange={(kind) => change(patchAt(list, i, { kind }))}
            />
            <TextField
              label="Tiêu đề (tham luận)"
              value={s.title}
              onChange={(v) => change(patchAt(list, i, { title: v }))}
            />
            <PersonPicker
              label="Người phát biểu"
              value={s.speaker}
              onChange={(p) => change(patchAt(list, i, { speaker: p }))}
              errors={errs(`speeches.${i}.speaker`)}
            />
            <UnitPicker
              label="hoặc đơn vị"
              value={s.unitId}
              valueName={s.unitName}
              onChange={(u) => change(patchAt(list, i, { unitId: u?.id ?? null, unitName: u?.name ?? "" }))}
            />
          </div>
          <TextField
            label="Nội dung"
            multiline
            value={s.content}
            onChange={(v) => change(patchAt(list, i, { content: v }))}
          />
        </ListItem>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() =>
          change([...list, { kind: "Y_KIEN", title: "", speaker: null, unitName: "", unitId: null, content: "" }])
        }
      >
        + Thêm phát biểu
      </button>
    </Section>
  );
}
