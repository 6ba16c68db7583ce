"use client";

import { ListItem, patchAt, smallButton, TextField } from "../fields";
import { PersonPicker } from "../pickers/person-picker";
import { Section, type SectionProps } from "./section";

/** Báo cáo: each report, who presented it and its summary. */
export function ReportsSection({ draft, set, errs, mark }: SectionProps) {
  const list = draft.reports;
  const change = (next: typeof list) => set("reports", next);
  return (
    <Section id="bao-cao" title="Báo cáo">
      {list.map((r, i) => (
        <ListItem
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
          key={i}
          legend={
            <>
              Báo cáo {i + 1}
              {mark(`reports.${i}`)}
            </>
          }
          list={list}
          index={i}
          what="báo cáo"
          onChange={change}
        >
          <TextField
            label="Tên báo cáo"
            value={r.title}
            onChange={(v) => change(patchAt(list, i, { title: v }))}
            errors={errs(`reports.${i}.title`)}
          />
          <PersonPicker
            label="Người trình bày"
            value={r.presenter}
            onChange={(p) => change(patchAt(list, i, { presenter: p }))}
          />
          <TextField
            label="Tóm tắt (kết quả, hạn chế, phương hướng)"
            multiline
            rows={4}
            value={r.content}
            onChange={(v) => change(patchAt(list, i, { content: v }))}
          />
        </ListItem>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => change([...list, { title: "", presenter: null, content: "" }])}
      >
        + Thêm báo cáo
      </button>
    </Section>
  );
}
