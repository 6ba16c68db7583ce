"use client";

import { type AttendanceRow, computeVote } from "../../../rules";
import { ListItem, patchAt, smallButton, TextField } from "../fields";
import { Section, type SectionProps } from "./section";
import { VoteFields } from "./vote-fields";

/** Nghị quyết và biểu quyết: each resolution with its vote and the result by the one vote rule. */
export function ResolutionsSection({ draft, set, errs, rows }: SectionProps & { rows: readonly AttendanceRow[] }) {
  const list = draft.resolutions;
  const change = (next: typeof list) => set("resolutions", next);
  return (
    <Section id="nghi-quyet" title="Nghị quyết và biểu quyết">
      {list.map((r, i) => {
        const vote = computeVote({ for: r.for, against: r.against, abstain: r.abstain }, rows);
        return (
          <ListItem
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
            key={i}
            legend={`Nghị quyết ${i + 1}`}
            list={list}
            index={i}
            what="nghị quyết"
            onChange={change}
            testId="resolution-editor"
          >
            <TextField
              label="Nội dung biểu quyết"
              value={r.title}
              onChange={(v) => change(patchAt(list, i, { title: v }))}
              errors={errs(`resolutions.${i}.title`)}
            />
            <TextField
              label="Toàn văn (nếu có)"
              multiline
              value={r.content}
              onChange={(v) => change(patchAt(list, i, { content: v }))}
            />
            <VoteFields
              value={r}
              onChange={(v) => change(patchAt(list, i, v))}
              errors={(k) => errs(`resolutions.${i}.vote.${k}`)}
            />
            <p
              className={vote.passed ? "mt-2 text-sm text-green-800" : "mt-2 text-sm text-red-800"}
              data-testid="vote-result"
            >
              {vote.reason} (có quyền biểu quyết: {vote.eligible}; cần ít nhất {vote.needed} phiếu tán thành)
            </p>
          </ListItem>
        );
      })}
      <button
        type="button"
        className={smallButton}
        onClick={() => change([...list, { title: "", content: "", for: 0, against: 0, abstain: 0 }])}
      >
        + Thêm nghị quyết
      </button>
    </Section>
  );
}
