"use client";

import { describeValue, type DraftState, FIELD_LABELS } from "./model";
import type { Conflict, MergeChoices } from "./use-draft";

/** Someone else saved in between and both changed the same fields: the user picks a side per field. */
export function MergePanel({
  conflict,
  mine,
  choices,
  setChoices,
  onResolve,
}: {
  conflict: Conflict;
  mine: DraftState;
  choices: MergeChoices;
  setChoices: (c: MergeChoices) => void;
  onResolve: () => void;
}) {
  const { plan, theirs } = conflict;
  return (
    <section
      className="mb-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="merge-panel"
      aria-labelledby="merge-h"
    >
      <h2 id="merge-h" className="text-lg font-bold">
        Người khác vừa lưu biên bản này
      </h2>
      <p className="text-sm">
        Chọn bản giữ lại cho từng mục khác nhau. Không nội dung nào bị mất cho tới khi bạn chọn.
      </p>
      {plan.theirs.length > 0 && (
        <p className="mt-2 text-sm">
          Tự động lấy thay đổi của người khác ở: {plan.theirs.map((k) => FIELD_LABELS[k]).join(", ")}.
        </p>
      )}
      {plan.mine.length > 0 && (
        <p className="text-sm">Giữ thay đổi của bạn ở: {plan.mine.map((k) => FIELD_LABELS[k]).join(", ")}.</p>
      )}
      <div className="mt-3 space-y-3">
        {plan.conflicts.map((key) => (
          <fieldset key={key} className="rounded border border-amber-300 bg-white p-3" data-testid={`merge-${key}`}>
            <legend className="px-1 font-semibold">{FIELD_LABELS[key]}</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`merge-${key}`}
                checked={(choices[key] ?? "mine") === "mine"}
                onChange={() => setChoices({ ...choices, [key]: "mine" })}
              />
              <span>
                <strong>Bản của bạn:</strong> {describeValue(key, mine)}
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`merge-${key}`}
                checked={choices[key] === "theirs"}
                onChange={() => setChoices({ ...choices, [key]: "theirs" })}
              />
              <span>
                <strong>Bản đã lưu bởi người khác:</strong> {describeValue(key, theirs)}
              </span>
            </label>
          </fieldset>
        ))}
      </div>
      <button
        type="button"
        onClick={onResolve}
        className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white"
        data-testid="merge-save"
      >
        Lưu bản đã hợp nhất
      </button>
    </section>
  );
}
