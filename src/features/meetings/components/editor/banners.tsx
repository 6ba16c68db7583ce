"use client";

import { formatClock, formatShortDate } from "@/lib/vi/date";
import type { MeetingDetail } from "../../dto";
import { smallButton } from "./fields";
import type { LocalCopy } from "./local-copy";
import { type DraftKey, FIELD_LABELS } from "./model";
import { FromText } from "./sections/section";

/** Content left on this machine that the server does not have: restore it or drop it. */
export function RestoreBanner({
  copy,
  onRestore,
  onDismiss,
}: {
  copy: LocalCopy;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const at = new Date(copy.savedAt);
  return (
    <section
      className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="restore-banner"
      aria-label="Khôi phục nội dung"
    >
      <p>
        Trên máy này còn nội dung chưa được lưu lên máy chủ (lúc {formatClock(at)} {formatShortDate(at)}).
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" className="rounded bg-brand px-3 py-1 font-semibold text-white" onClick={onRestore}>
          Khôi phục nội dung này
        </button>
        <button type="button" className={smallButton} onClick={onDismiss}>
          Bỏ qua
        </button>
      </div>
    </section>
  );
}

/** A draft made from an imported text: what the system read is marked for checking. */
export function ImportedBanner({ imported }: { imported: NonNullable<MeetingDetail["imported"]> }) {
  return (
    <div
      className="mb-4 rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
      data-testid="editor-imported-banner"
    >
      Bản nháp này được tạo từ văn bản nhập{imported.source ? ` (${imported.source})` : ""}. Các mục có nhãn{" "}
      <FromText /> do hệ thống đọc ra: hãy kiểm tra, sửa và bổ sung.
      {imported.warnings.map((w) => (
        <span key={w} className="mt-1 block text-amber-900">
          {w}
        </span>
      ))}
    </div>
  );
}

/** "agenda.1.title" → "Chương trình (mục 2)". */
function errorPlace(path: string): string {
  const [head, ...rest] = path.split(".");
  const label = FIELD_LABELS[head as DraftKey] ?? path;
  const items = rest.filter((x) => /\d/.test(x)).map((x) => `mục ${Number(x) + 1}`);
  return items.length ? `${label} (${items.join(", ")})` : label;
}

/** What the server refused, by section and item. */
export function ErrorSummary({ errors }: { errors: Record<string, string[]> }) {
  if (Object.keys(errors).length === 0) return null;
  return (
    <div className="mb-4 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="error-summary">
      <p className="font-semibold">Vui lòng kiểm tra:</p>
      <ul className="ml-5 list-disc">
        {Object.entries(errors).map(([k, v]) => (
          <li key={k}>
            {errorPlace(k)}: {v.join(" ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
