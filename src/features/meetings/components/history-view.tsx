/**
 * The history page's list: one entry per creation, save, approval and amendment, newest first,
 * all in Vietnamese (the entries come prepared from timeline.ts). Renders only what it is given.
 */
import { formatClock, formatDateTime, formatShortDate } from "@/lib/vi/date";
import type { TimelineEntry } from "../timeline";
import type { ChangeRow } from "../timeline-rows";

const HEADINGS: Record<TimelineEntry["kind"], string> = {
  create: "Tạo biên bản",
  save: "Lưu bản nháp",
  approve: "Thông qua biên bản",
  amend: "Đính chính",
};

function Value({ v, kind }: { v: string | null; kind: "old" | "new" }) {
  return kind === "old" ? (
    <del className="text-red-800">{v ?? "—"}</del>
  ) : (
    <ins className="text-green-800 no-underline">{v ?? "—"}</ins>
  );
}

function ChangeTable({ rows }: { rows: ChangeRow[] }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <thead>
        <tr className="border-b">
          <th className="py-1 pr-2">Mục</th>
          <th className="py-1 pr-2">Trước</th>
          <th className="py-1">Sau</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={`${c.label}|${c.old}|${c.new}`} className="border-b border-stone-100 align-top">
            <td className="py-1 pr-2 font-medium">{c.label}</td>
            <td className="py-1 pr-2 whitespace-pre-line">
              <Value v={c.old} kind="old" />
            </td>
            <td className="py-1 whitespace-pre-line">
              <Value v={c.new} kind="new" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body({ e }: { e: TimelineEntry }) {
  if (e.kind === "amend") {
    return (
      <div className="mt-1 space-y-1 text-sm">
        <p>
          Mục: <span className="font-medium">{e.field}</span>
        </p>
        <p className="whitespace-pre-line">
          <Value v={e.old} kind="old" /> → <Value v={e.new} kind="new" />
        </p>
        <p>Lý do: {e.reason}</p>
      </div>
    );
  }
  if (e.kind === "create") {
    return e.rows.length === 0 ? null : (
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-stone-700">Nội dung ban đầu ({e.rows.length} mục)</summary>
        <ChangeTable rows={e.rows} />
      </details>
    );
  }
  return (
    <>
      {e.kind === "approve" && (
        <div className="mt-1 space-y-1 text-sm">
          {e.adoptedAt && <p>Thông qua lúc {formatDateTime(new Date(e.adoptedAt))}.</p>}
          <p>
            {e.vote ? `Biểu quyết thông qua biên bản: ${e.vote}.` : "Không ghi kết quả biểu quyết thông qua biên bản."}
          </p>
        </div>
      )}
      {e.rows.length > 0 ? (
        <ChangeTable rows={e.rows} />
      ) : (
        e.kind === "save" && <p className="text-sm text-stone-600">Không thay đổi nội dung.</p>
      )}
    </>
  );
}

export function HistoryView({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-4" data-testid="history">
      {entries.map((e) => (
        <li
          key={`${e.kind}-${e.at}-${"version" in e ? e.version : e.field}`}
          className="rounded-lg border border-stone-200 bg-white p-4"
          data-kind={e.kind}
        >
          <p className="text-sm font-semibold">
            {HEADINGS[e.kind]} · {e.author} · {formatClock(new Date(e.at))} {formatShortDate(new Date(e.at))}
          </p>
          <Body e={e} />
        </li>
      ))}
    </ol>
  );
}
