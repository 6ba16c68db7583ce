"use client";

import { removeAt, moveItem, patchAt, RowTools, smallButton, TextField } from "../fields";
import { type PersonOption, PersonPicker } from "../pickers/person-picker";
import { Section, type SectionProps } from "./section";

/** Báo cáo: each report, who presented it and its summary. */
export function ReportsSection({ draft, set, errs, mark, people }: SectionProps & { people: PersonOption[] }) {
  const list = draft.reports;
  return (
    <Section id="bao-cao" title="Báo cáo">
      {list.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
        <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">
            Báo cáo {i + 1}
            {mark(`reports.${i}`)}
          </legend>
          <div className="flex justify-end">
            <RowTools
              index={i}
              count={list.length}
              what="báo cáo"
              onMove={(f, t) => set("reports", moveItem(list, f, t))}
              onRemove={(j) => set("reports", removeAt(list, j))}
            />
          </div>
          <TextField
            label="Tên báo cáo"
            value={r.title}
            onChange={(v) => set("reports", patchAt(list, i, { title: v }))}
            errors={errs(`reports.${i}.title`)}
          />
          <PersonPicker
            label="Người trình bày"
            value={r.presenter}
            people={people}
            onChange={(p) => set("reports", patchAt(list, i, { presenter: p }))}
          />
          <TextField
            label="Tóm tắt (kết quả, hạn chế, phương hướng)"
            multiline
            rows={4}
            value={r.content}
            onChange={(v) => set("reports", patchAt(list, i, { content: v }))}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => set("reports", [...list, { title: "", presenter: null, content: "" }])}
      >
        + Thêm báo cáo
      </button>
    </Section>
  );
}
