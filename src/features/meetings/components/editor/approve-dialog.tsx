"use client";

import { useState } from "react";
import { fromVnDateTime, toVnDateTimeInput } from "@/lib/vi/date";
import { adoptionTimeError, defaultAdoptionTime } from "../../adoption";
import type { VoteCounts } from "../../rules";
import { smallButton, TextField } from "./fields";
import { VoteFields } from "./sections/vote-fields";

export interface ApproveError {
  message: string;
  fields?: Record<string, string[]>;
}

/**
 * "Thông qua biên bản": the meeting's vote on the minutes and when it adopted them (by default the
 * end of the meeting, editable, not before its start nor in the future), then the record is locked.
 */
export function ApproveDialog({
  chair,
  secretary,
  present,
  startsAt,
  endsAt,
  onCancel,
  onApprove,
}: {
  chair: string;
  secretary: string;
  present: number;
  /** The meeting's times as ISO instants (null when not written). */
  startsAt: string | null;
  endsAt: string | null;
  onCancel: () => void;
  /** Resolves to null when approved, or to what the server refused. */
  onApprove: (vote: VoteCounts, approvedAt: string) => Promise<ApproveError | null>;
}) {
  const [vote, setVote] = useState<VoteCounts>({ for: present, against: 0, abstain: 0 });
  const [at, setAt] = useState(() => toVnDateTimeInput(defaultAdoptionTime({ startsAt, endsAt })));
  const atDate = fromVnDateTime(at);
  const atError = atDate ? adoptionTimeError(atDate, { startsAt, endsAt }) : "Thời điểm thông qua không hợp lệ.";
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
        <div className="mt-3">
          <TextField
            type="datetime-local"
            label="Thông qua lúc"
            value={at}
            onChange={setAt}
            testId="approve-at"
            errors={atError ? [atError] : error?.fields?.approvedAt}
          />
        </div>
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
            disabled={pending || !!atError}
            data-testid="confirm-approve"
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
            onClick={async () => {
              setPending(true);
              if (!atDate || atError) return;
              setError(await onApprove(vote, atDate.toISOString()));
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
