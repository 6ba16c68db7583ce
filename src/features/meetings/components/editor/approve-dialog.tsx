"use client";

import { useState } from "react";
import type { VoteCounts } from "../../rules";
import { smallButton } from "./fields";
import { VoteFields } from "./sections/vote-fields";

export interface ApproveError {
  message: string;
  fields?: Record<string, string[]>;
}

/** "Thông qua biên bản": the meeting's vote on the minutes, then the record is locked. */
export function ApproveDialog({
  chair,
  secretary,
  present,
  onCancel,
  onApprove,
}: {
  chair: string;
  secretary: string;
  present: number;
  onCancel: () => void;
  /** Resolves to null when approved, or to what the server refused. */
  onApprove: (vote: VoteCounts) => Promise<ApproveError | null>;
}) {
  const [vote, setVote] = useState<VoteCounts>({ for: present, against: 0, abstain: 0 });
  const [error, setError] = useState<ApproveError | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div
      className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4"
      role="dialog"
      aria-modal="true"
      aria-labelledby="approve-h"
      data-testid="approve-dialog"
    >
      <div className="w-full max-w-md rounded-lg bg-white p-5 shadow-lg">
        <h2 id="approve-h" className="text-lg font-bold">
          Thông qua biên bản
        </h2>
        <p className="mt-1 text-sm">
          Biên bản đã được đọc lại trước cuộc họp. Sau khi thông qua, biên bản bị khóa; mọi sửa chữa về sau là đính
          chính có ghi lý do.
        </p>
        <p className="mt-2 text-sm">
          Người ký: chủ trì <strong>{chair || "(chưa ghi)"}</strong>, thư ký{" "}
          <strong>{secretary || "(chưa ghi)"}</strong>.
        </p>
        <VoteFields value={vote} onChange={setVote} />
        {error && (
          <div className="mt-3 text-sm text-red-800" role="status" data-testid="approve-error">
            <p>{error.message}</p>
            {error.fields && (
              <ul className="ml-5 list-disc">
                {Object.values(error.fields)
                  .flat()
                  .map((m) => (
                    <li key={m}>{m}</li>
                  ))}
              </ul>
            )}
          </div>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={smallButton} onClick={onCancel}>
            Hủy
          </button>
          <button
            type="button"
            disabled={pending}
            data-testid="confirm-approve"
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
            onClick={async () => {
              setPending(true);
              setError(await onApprove(vote));
              setPending(false);
            }}
          >
            {pending ? "Đang thông qua…" : "Thông qua và khóa biên bản"}
          </button>
        </div>
      </div>
    </div>
  );
}
