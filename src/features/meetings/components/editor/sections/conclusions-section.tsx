"use client";

import { removeAt, moveItem, RowTools, smallButton, TextField } from "../fields";
import { Section, type SectionProps } from "./section";

/** Kết luận: the chair's conclusions. */
export function ConclusionsSection({ draft, set, errs }: SectionProps) {
  const list = draft.conclusions;
  return (
    <Section id="ket-luan" title="Kết luận">
      {list.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
        <div key={i} className="mb-2">
          <div className="flex justify-end">
            <RowTools
              index={i}
              count={list.length}
              what="kết luận"
              onMove={(f, t) => set("conclusions", moveItem(list, f, t))}
              onRemove={(j) => set("conclusions", removeAt(list, j))}
            />
          </div>
          <TextField
            label={`Kết luận ${i + 1}`}
            multiline
            value={c}
            onChange={(v) =>
              set(
                "conclusions",
                list.map((x, k) => (k === i ? v : x)),
              )
            }
            errors={errs(`conclusions.${i}.content`)}
          />
        </div>
      ))}
      <button type="button" className={smallButton} onClick={() => set("conclusions", [...list, ""])}>
        + Thêm kết luận
      </button>
    </Section>
  );
}
