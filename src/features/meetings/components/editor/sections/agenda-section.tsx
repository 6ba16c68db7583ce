"use client";

import { ListItem, patchAt, smallButton, TextField } from "../fields";
import { Section, type SectionProps } from "./section";

/** Chương trình và diễn biến: the agenda items, each with what happened under it. */
export function AgendaSection({ draft, set, errs }: SectionProps) {
  const list = draft.agenda;
  const change = (next: typeof list) => set("agenda", next);
  return (
    <Section id="chuong-trinh" title="Chương trình và diễn biến">
      {list.map((a, i) => (
        <ListItem
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
          key={i}
          legend={`Nội dung ${i + 1}`}
          list={list}
          index={i}
          what="nội dung"
          onChange={change}
          testId="agenda-item"
        >
          <TextField
            label="Nội dung chương trình"
            value={a.title}
            onChange={(v) => change(patchAt(list, i, { title: v }))}
            errors={errs(`agenda.${i}.title`)}
          />
          <TextField
            label="Diễn biến"
            multiline
            value={a.content}
            onChange={(v) => change(patchAt(list, i, { content: v }))}
          />
        </ListItem>
      ))}
      <button type="button" className={smallButton} onClick={() => change([...list, { title: "", content: "" }])}>
        + Thêm nội dung
      </button>
    </Section>
  );
}
