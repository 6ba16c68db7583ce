"use client";

import { type AttendanceRow, computeVote } from "../../../rules";
import { moveItem, patchAt, RowTools, removeAt, smallButton, TextField } from "../fields";
import { Section, type SectionProps } from "./section";
import { VoteFields } from "./vote-fields";

/** Nghị quyết và biểu quyết: each resolution with its vote and the result by the one vote rule. */
export function ResolutionsSection({ draft, set, errs, rows }: SectionProps & { rows: readonly AttendanceRow[] }) {
  const list = draft.resolutions;
  return (
    <Section id="nghi-quyet" title="Nghị quyết và biểu quyết">
      {list.map((r, i) => {
        const vote = computeVote({ for: r.for, against: r.against, abstain: r.abstain }, rows);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
          <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3" data-testid="resolution-editor">
            <legend className="px-1 text-sm font-medium">Nghị quyết {i + 1}</legend>
            <div className="flex justify-end">
              <RowTools
                index={i}
                count={list.length}
                what="nghị quyết"
                onMove={(f, t) => set("resolutions", moveItem(list, f, t))}
                onRemove={(j) => set("resolutions", removeAt(list, j))}
              />
            </div>
            <TextField
              label="Nội dung biểu quyết"
              value={r.title}
              onChange={(v) => set("resolutions", patchAt(list, i, { title: v }))}
              errors={errs(`resolutions.${i}.title`)}
            />
            <TextField
              label="Toàn văn (nếu có)"
              multiline
              value={r.content}
              onChange={(v) => set("resolutions", patchAt(list, i, { content: v }))}
            />
            <VoteFields
              value={r}
              onChange={(v) => set("resolutions", patchAt(list, i, v))}
              errors={(k) => errs(`resolutions.${i}.vote.${k}`)}
            />
            <p
              className={vote.passed ? "mt-2 text-sm text-green-800" : "mt-2 text-sm text-red-800"}
              data-testid="vote-result"
            >
              {vote.reason} (có quyền biểu quyết: {vote.eligible}; cần ít nhất {vote.needed} phiếu tán thành)
            </p>
          </fieldset>
        );
      })}
      <button
        type="button"
        className={smallButton}
        onClick={() => set("resolutions", [...list, { title: "", content: "", for: 0, against: 0, abstain: 0 }])}
      >
        + Thêm nghị quyết
      </button>
    </Section>
  );
}
