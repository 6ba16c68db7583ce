"use client";

import type { TaskStatus } from "@/lib/enums";
import { taskStatusLabels } from "@/lib/vi/labels";
import { inputClass, moveItem, patchAt, RowTools, removeAt, smallButton, TextField } from "../fields";
import { type PersonOption, PersonPicker } from "../pickers/person-picker";
import { Section, type SectionProps } from "./section";

/** Nhiệm vụ giao thực hiện: follow-up tasks, each with an owner, a due date and a status. */
export function TasksSection({ draft, set, errs, people }: SectionProps & { people: PersonOption[] }) {
  const list = draft.tasks;
  return (
    <Section id="nhiem-vu" title="Nhiệm vụ giao thực hiện">
      {list.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
        <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">Nhiệm vụ {i + 1}</legend>
          <div className="flex justify-end">
            <RowTools
              index={i}
              count={list.length}
              what="nhiệm vụ"
              onMove={(f, to) => set("tasks", moveItem(list, f, to))}
              onRemove={(j) => set("tasks", removeAt(list, j))}
            />
          </div>
          <TextField
            label="Nhiệm vụ"
            value={t.title}
            onChange={(v) => set("tasks", patchAt(list, i, { title: v }))}
            errors={errs(`tasks.${i}.title`)}
          />
          <div className="grid gap-3 sm:grid-cols-3">
            <PersonPicker
              label="Người thực hiện"
              value={t.owner}
              people={people}
              onChange={(p) => set("tasks", patchAt(list, i, { owner: p }))}
            />
            <TextField
              label="Hạn hoàn thành"
              type="date"
              value={t.dueOn}
              onChange={(v) => set("tasks", patchAt(list, i, { dueOn: v }))}
              errors={errs(`tasks.${i}.dueOn`)}
            />
            <div>
              <label htmlFor={`task-status-${i}`} className="block text-sm font-medium">
                Trạng thái
              </label>
              <select
                id={`task-status-${i}`}
                className={inputClass}
                value={t.status}
                onChange={(e) => set("tasks", patchAt(list, i, { status: e.target.value as TaskStatus }))}
              >
                {Object.entries(taskStatusLabels).map(([k, l]) => (
                  <option key={k} value={k}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => set("tasks", [...list, { title: "", owner: null, dueOn: "", status: "OPEN" }])}
      >
        + Thêm nhiệm vụ
      </button>
    </Section>
  );
}
