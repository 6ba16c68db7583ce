"use client";

import type { VoteCounts } from "../../../rules";
import { TextField } from "../fields";

const LABELS: Record<keyof VoteCounts, string> = {
  for: "Tán thành",
  against: "Không tán thành",
  abstain: "Không biểu quyết",
};

/** The three counts of a show of hands (a resolution, the minutes themselves). */
export function VoteFields({
  value,
  onChange,
  errors,
}: {
  value: VoteCounts;
  onChange: (v: VoteCounts) => void;
  errors?: (k: keyof VoteCounts) => string[] | undefined;
}) {
  return (
    <div className="mt-2 grid grid-cols-3 gap-2">
      {(["for", "against", "abstain"] as const).map((k) => (
        <TextField
          key={k}
          type="number"
          label={LABELS[k]}
          value={String(value[k])}
          onChange={(v) =>
            onChange({
              for: value.for,
              against: value.against,
              abstain: value.abstain,
              [k]: Math.max(0, Number.parseInt(v || "0", 10) || 0),
            })
          }
          errors={errors?.(k)}
        />
      ))}
    </div>
  );
}
