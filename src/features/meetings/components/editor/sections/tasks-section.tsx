"use client";

import { taskStatusLabels } from "@/lib/vi/labels";
import { ListItem, patchAt, SelectField, smallButton, TextField } from "../fields";
import { PersonPicker } from "../pickers/person-picker";
import { Section, type SectionProps } from "./section";

/** Nhiệm vụ giao thực hiện: follow-up tasks, each with an owner, a due date and a status. */
export function TasksSection({ draft, set, errs }: SectionProps) {
  const list = draft.tasks;
  const change = (next: typeof list) => set("tasks", next);
  return (
    <Section id="nhiem-vu" title="Nhiệm vụ giao thực hiện">
      {list.map((t, i) => (
        <ListItem
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
          key={i}
          legend={`Nhiệm vụ ${i + 1}`}
          list={list}
          index={i}
          what="nhiệm vụ"
          onChange={change}
        >
          <TextField
            label="Nhiệm vụ"
            value={t.title}
            onChange={(v) => change(patchAt(list, i, { title: v }))}
            errors={errs(`tasks.${i}.title`)}
          />
          <div className="grid gap-3 sm:grid-cols-3">
            <PersonPicker
              label="Người thực hiện"
              value={t.owner}
              lookup="task"
              onChange={(p) => change(patchAt(list, i, { owner: p }))}
            />
            <TextField
              label="Hạn hoàn thành"
              type="date"
              value={t.dueOn}
              onChange={(v) => change(patchAt(list, i, { dueOn: v }))}
              errors={errs(`tasks.${i}.dueOn`)}
            />
            <SelectField
              label="Trạng thái"
              value={t.status}
              labels={taskStatusLabels}
              onChange={(status) => change(patchAt(list, i, { status }))}
            />
          </div>
        </ListItem>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => change([...list, { title: "", owner: null, dueOn: "", status: "OPEN" }])}
      >
        + Thêm nhiệm vụ
      </button>
    </Section>
  );
}
