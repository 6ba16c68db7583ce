"use client";

import { removeAt, moveItem, patchAt, RowTools, smallButton, TextField } from "../fields";
import { Section, type SectionProps } from "./section";

/** Chương trình và diễn biến: the agenda items, each with what happened under it. */
export function AgendaSection({ draft, set, errs }: SectionProps) {
  const list = draft.agenda;
  return (
    <Section id="chuong-trinh" title="Chương trình và diễn biến">
      {list.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
        <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3" data-testid="agenda-item">
          <legend className="px-1 text-sm font-medium">Nội dung {i + 1}</legend>
          <div className="flex justify-end">
            <RowTools
              index={i}
              count={list.length}
              what="nội dung"
              onMove={(f, t) => set("agenda", moveItem(list, f, t))}
              onRemove={(j) => set("agenda", removeAt(list, j))}
            />
          </div>
          <TextField
            label="Nội dung chương trình"
            value={a.title}
            onChange={(v) => set("agenda", patchAt(list, i, { title: v }))}
            errors={errs(`agenda.${i}.title`)}
          />
          <TextField
            label="Diễn biến"
            multiline
            value={a.content}
            onChange={(v) => set("agenda", patchAt(list, i, { content: v }))}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => set("agenda", [...list, { title: "", content: "" }])}
      >
        + Thêm nội dung
      </button>
    </Section>
  );
}
