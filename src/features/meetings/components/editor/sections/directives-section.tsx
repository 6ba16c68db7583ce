"use client";

import { removeAt, moveItem, patchAt, RowTools, smallButton, TextField } from "../fields";
import { AddFromList } from "../pickers/add-from-list";
import { Section, type SectionProps } from "./section";

/** Văn bản được quán triệt, trích dẫn: documents from the registry, or a citation as typed. */
export function DirectivesSection({ draft, set, errs, mark }: SectionProps) {
  const list = draft.directives;
  return (
    <Section id="van-ban" title="Văn bản được quán triệt, trích dẫn">
      <ul className="mb-3 space-y-2">
        {list.map((d, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
            key={i}
            className="flex flex-wrap items-start gap-2 rounded border border-stone-200 p-2 text-sm"
            data-testid="directive-row"
          >
            <div className="min-w-0 flex-1">
              {mark(`directives.${i}`)}
              {d.directiveId ? (
                <p className="font-medium">{d.label}</p>
              ) : (
                <TextField
                  label={`Trích dẫn ${i + 1}`}
                  value={d.raw}
                  onChange={(v) => set("directives", patchAt(list, i, { raw: v }))}
                  errors={errs(`directives.${i}.raw`)}
                />
              )}
              {d.directiveId && d.raw && <p className="text-xs text-stone-500">Như đã viết: {d.raw}</p>}
            </div>
            <RowTools
              index={i}
              count={list.length}
              what="văn bản"
              onMove={(f, t) => set("directives", moveItem(list, f, t))}
              onRemove={(j) => set("directives", removeAt(list, j))}
            />
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-2">
        <AddFromList
          label="Chọn từ danh mục"
          kind="directive"
          exclude={new Set(list.flatMap((d) => (d.directiveId ? [d.directiveId] : [])))}
          onAdd={(id, o) => set("directives", [...list, { directiveId: id, raw: "", label: o.label, note: "" }])}
        />
        <button
          type="button"
          className={smallButton}
          onClick={() => set("directives", [...list, { directiveId: null, raw: "", label: "", note: "" }])}
        >
          + Nhập trích dẫn (ví dụ “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”)
        </button>
      </div>
    </Section>
  );
}
