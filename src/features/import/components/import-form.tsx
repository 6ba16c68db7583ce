"use client";

import { useActionState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { createFromImportAction, previewImportAction, type PreviewState } from "../actions";
import { directiveKindLabels, meetingKindLabels } from "@/lib/vi/labels";
import { formatLongDate } from "@/lib/vi/date";
import type { ActionState } from "@/server/action";

const EVIDENCE_PLACE = { title: "tiêu đề", opening: "đoạn mở đầu", body: "nội dung" } as const;

const idle = { status: "idle" } as const;

function Mark({ matched, yes, no }: { matched: boolean; yes: string; no: string }) {
  return (
    <span
      className={
        matched
          ? "ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800"
          : "ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900"
      }
    >
      {matched ? yes : no}
    </span>
  );
}

export function ImportForm({ units }: { units: Array<{ id: string; name: string }> }) {
  const [preview, previewAction, previewing] = useActionState<PreviewState, FormData>(previewImportAction, idle);
  const keptPreviewAction = useKeptForm(previewAction, preview);
  const [created, createAction, creating] = useActionState<ActionState<{ id: string }>, FormData>(
    createFromImportAction,
    idle,
  );
  const keptCreateAction = useKeptForm(createAction, created);
  const p = preview.status === "ok" ? preview.data : undefined;
  const values = preview.status === "error" ? preview.values : undefined;

  return (
    <div className="space-y-6">
      <form
        {...keptPreviewAction}
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
        data-testid="import-form"
      >
        <div>
          <label htmlFor="unitId" className="block text-sm font-medium">
            Tổ chức Đảng
          </label>
          <select
            id="unitId"
            name="unitId"
            defaultValue={(values?.unitId as string) ?? units[0]?.id}
            className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2"
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="text" className="block text-sm font-medium">
            Dán nội dung văn bản (biên bản cũ, bản tin…)
          </label>
          <textarea
            id="text"
            name="text"
            rows={10}
            defaultValue={(values?.text as string) ?? ""}
            className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 font-serif"
          />
        </div>
        <div>
          <label htmlFor="file" className="block text-sm font-medium">
            hoặc tải lên tệp .txt / .docx
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="mt-1 block text-sm"
          />
        </div>
        {preview.status === "error" && (
          <p role="status" className="text-sm text-red-700" data-testid="import-error">
            {preview.fieldErrors?.text?.[0] ?? preview.fieldErrors?.file?.[0] ?? preview.message}
          </p>
        )}
        <button
          type="submit"
          disabled={previewing}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {previewing ? "Đang đọc…" : "Đọc văn bản"}
        </button>
      </form>

      {p && (
        <section
          className="rounded-lg border border-stone-200 bg-white p-5"
          aria-labelledby="preview-title"
          data-testid="import-preview"
        >
          <h2 id="preview-title" className="text-lg font-bold">
            Kết quả đọc văn bản
          </h2>
          {p.warnings.map((w) => (
            <p key={w} className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
              {w}
            </p>
          ))}
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium">Tên cuộc họp</dt>
            <dd>{p.extraction.title ?? "—"}</dd>
            <dt className="font-medium">Loại</dt>
            <dd>
              {meetingKindLabels[p.extraction.meetingType]}
              {p.extraction.kindEvidence && p.extraction.kindEvidence.length > 0 && (
                <span className="block text-xs text-stone-600" data-testid="kind-evidence">
                  Căn cứ:{" "}
                  {p.extraction.kindEvidence.map((e) => `“${e.phrase}” (${EVIDENCE_PLACE[e.where]})`).join(", ")}
                </span>
              )}
            </dd>
            <dt className="font-medium">Ngày</dt>
            <dd>{p.extraction.date ? formatLongDate(p.extraction.date) : "không rõ"}</dd>
            <dt className="font-medium">Tổ chức</dt>
            <dd>{p.extraction.organization ?? "—"}</dd>
          </dl>
          <h3 className="mt-4 font-semibold">Người được nêu tên ({p.people.length})</h3>
          <ul className="ml-5 list-disc text-sm">
            {p.people.map((x) => (
              <li key={x.name}>
                {x.name}
                {x.titles.length ? ` – ${x.titles.join(" – ")}` : ""}
                <Mark matched={!!x.memberId} yes="khớp đảng viên" no="khách mời" />
              </li>
            ))}
          </ul>
          <h3 className="mt-4 font-semibold">Báo cáo ({p.reports.length})</h3>
          <ul className="ml-5 list-disc text-sm">
            {p.reports.map((r) => (
              <li key={r.title}>
                {r.title}
                {r.presenter ? ` — ${r.presenter}` : ""}
              </li>
            ))}
          </ul>
          <h3 className="mt-4 font-semibold">Tham luận, ý kiến ({p.speeches.length})</h3>
          <ul className="ml-5 list-disc text-sm">
            {p.speeches.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only preview of the extracted speeches; extracted items have no id
              <li key={i}>
                {s.title ?? "Ý kiến"}
                {s.speaker ? ` — ${s.speaker}` : ""}
                {s.unit ? ` — ${s.unit}` : ""}
              </li>
            ))}
          </ul>
          <h3 className="mt-4 font-semibold">Văn bản được trích dẫn ({p.directives.length})</h3>
          <ul className="ml-5 list-disc text-sm" data-testid="import-directives">
            {p.directives.map((d) => (
              <li key={d.raw}>
                {directiveKindLabels[d.kind]} {d.number ? `số ${d.number}${d.symbol ? `-${d.symbol}` : ""}` : ""} —{" "}
                <q>{d.raw}</q>
                <Mark matched={!!d.registryId} yes="có trong danh mục" no="sẽ thêm vào danh mục" />
              </li>
            ))}
          </ul>
          <form {...keptCreateAction} className="mt-5">
            <input type="hidden" name="unitId" value={p.unit.id} />
            <input type="hidden" name="text" value={p.text} />
            <input type="hidden" name="source" value={p.source ?? ""} />
            {created.status === "error" && (
              <p role="status" className="mb-2 text-sm text-red-700">
                {created.message}
              </p>
            )}
            <button
              type="submit"
              disabled={creating}
              className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {creating ? "Đang tạo…" : `Tạo bản nháp cho ${p.unit.name}`}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
