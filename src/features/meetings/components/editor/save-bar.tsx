"use client";

import { formatClock } from "@/lib/vi/date";
import { smallButton } from "./fields";
import { SECTIONS } from "./sections/section";
import type { SaveStatus } from "./use-draft";

function statusText(status: SaveStatus, savedAt: Date | null): string {
  switch (status) {
    case "saved":
      return savedAt ? `Đã lưu lúc ${formatClock(savedAt)}` : "Đã lưu";
    case "dirty":
      return "Có thay đổi chưa lưu…";
    case "saving":
      return "Đang lưu…";
    case "offline":
      return "Mất kết nối – nội dung được giữ trên máy này và sẽ lưu khi có mạng";
    case "expired":
      return "Phiên đăng nhập đã hết hạn – nội dung được giữ trên máy này; hãy đăng nhập lại để lưu";
    case "invalid":
      return "Chưa lưu được: vui lòng sửa các mục được đánh dấu";
    case "locked":
      return "Biên bản đã được thông qua ở nơi khác; không thể sửa tiếp";
    case "conflict":
      return "Người khác vừa lưu biên bản này – hãy hợp nhất hai bản";
    case "error":
      return "Chưa lưu được – sẽ thử lại";
  }
}

function statusClass(status: SaveStatus): string {
  if (status === "saved") return "text-sm text-green-800";
  if (status === "saving" || status === "dirty") return "text-sm text-stone-700";
  return "text-sm font-medium text-red-800";
}

const RETRYABLE: ReadonlySet<SaveStatus> = new Set(["expired", "offline", "error", "invalid"]);

/** The sticky bar above the editor: save status, save and approve buttons, links to the sections. */
export function SaveBar({
  status,
  savedAt,
  message,
  onSave,
  onRetry,
  onApprove,
}: {
  status: SaveStatus;
  savedAt: Date | null;
  message: string | null;
  onSave: () => void;
  onRetry: () => void;
  /** Absent when the user may not approve. */
  onApprove?: () => void;
}) {
  return (
    <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur">
      <div className="flex flex-wrap items-center gap-3">
        <p
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-status={status}
          className={statusClass(status)}
        >
          {statusText(status, savedAt)}
        </p>
        {status === "expired" && (
          <a href="/login" target="_blank" rel="noreferrer" className="text-sm text-brand underline">
            Đăng nhập lại (mở thẻ mới)
          </a>
        )}
        {RETRYABLE.has(status) && (
          <button type="button" className={smallButton} onClick={onRetry}>
            Lưu lại ngay
          </button>
        )}
        <div className="ml-auto flex gap-2">
          <button type="button" className={smallButton} onClick={onSave} data-testid="save-now">
            Lưu
          </button>
          {onApprove && (
            <button
              type="button"
              className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark"
              onClick={onApprove}
              data-testid="open-approve"
            >
              Thông qua biên bản
            </button>
          )}
        </div>
      </div>
      <nav aria-label="Các phần của biên bản" className="mt-2 overflow-x-auto">
        <ul className="flex gap-1 text-xs">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="block rounded px-2 py-1 whitespace-nowrap hover:bg-stone-200">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {message && (
        <p className="mt-1 text-sm text-sky-900" data-testid="editor-message">
          {message}
        </p>
      )}
    </div>
  );
}
