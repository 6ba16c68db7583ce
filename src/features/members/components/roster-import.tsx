"use client";

import Link from "next/link";
import { startTransition, useActionState, useId, useState } from "react";
import type { ActionState } from "@/server/action";
import { confirmRosterAction, previewRosterAction, type RosterPreviewState } from "../actions";
import type { ImportResult, RowAction } from "../roster-io/types";

const actionLabels: Record<RowAction, string> = {
  create: "Thêm mới",
  update: "Cập nhật",
  unchanged: "Không thay đổi",
  error: "Lỗi",
};
const actionClass: Record<RowAction, string> = {
  create: "text-green-800",
  update: "text-blue-800",
  unchanged: "text-stone-600",
  error: "text-red-700 font-semibold",
};
const SHOWN = 200;

export function RosterImport({ units }: { units: Array<{ id: string; name: string; depth: number }> }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [unitId, setUnitId] = useState("");
  const [preview, previewDispatch, previewing] = useActionState(previewRosterAction, {
    status: "idle",
  } as RosterPreviewState);
  const [result, confirmDispatch, confirming] = useActionState(confirmRosterAction, {
    status: "idle",
  } as ActionState<ImportResult>);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);

  const formData = (fingerprint?: string) => {
    const fd = new FormData();
    if (file) fd.set("file", file);
    fd.set("defaultUnitId", unitId);
    if (fingerprint) fd.set("fingerprint", fingerprint);
    return fd;
  };

  const p = preview.status === "ok" ? preview.data : undefined;
  const writable = p ? p.counts.create + p.counts.update : 0;
  const done = result.status === "ok" && p && confirmedFor === p.fingerprint ? result.data : undefined;
  const errorRows = p?.rows.filter((r) => r.action === "error") ?? [];
  const shownRows = p
    ? [...errorRows, ...p.rows.filter((r) => r.action !== "error").slice(0, SHOWN)].sort((a, b) => a.line - b.line)
    : [];

  return (
    <div className="space-y-4">
      <form
        className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          setConfirmedFor(null);
          startTransition(() => previewDispatch(formData()));
        }}
      >
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">
            Tệp danh sách đảng viên (.csv hoặc .xlsx)
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block w-full text-sm"
            aria-describedby={`${id}-file-help ${id}-file-err`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <p id={`${id}-file-help`} className="mt-1 text-xs text-stone-600">
            Các cột được nhận: Họ và tên (hoặc Họ, Tên đệm, Tên), Ngày sinh, Giới tính, Số thẻ đảng viên, Ngày vào Đảng,
            Ngày chính thức, Loại đảng viên, Tình trạng, Chức vụ Đảng, Chức vụ chính quyền, Chi bộ. Ngày ghi dạng
            03/02/1980.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-unit`} className="block text-sm font-medium">
            Chi bộ nhận danh sách (khi tệp không có cột “Chi bộ”)
          </label>
          <select
            id={`${id}-unit`}
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">— Theo cột “Chi bộ” trong tệp —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00A0".repeat(u.depth * 3)}
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={!file || previewing}
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          >
            {previewing ? "Đang đọc tệp…" : "Xem trước"}
          </button>
          <p id={`${id}-file-err`} role="alert" className="text-sm text-red-700" data-testid="import-error">
            {preview.status === "error" ? preview.message : ""}
          </p>
        </div>
      </form>

      {p && (
        <section
          aria-labelledby={`${id}-preview`}
          className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          data-testid="import-preview"
        >
          <h2 id={`${id}-preview`} className="text-lg font-semibold">
            Xem trước: {p.fileName}
          </h2>
          <p className="text-sm" data-testid="import-counts">
            {p.counts.total} dòng: {p.counts.create} thêm mới, {p.counts.update} cập nhật, {p.counts.unchanged} không
            thay đổi, {p.counts.error} dòng lỗi. Chưa có dữ liệu nào được ghi.
          </p>
          {p.warnings.map((w) => (
            <p key={w} className="text-sm text-amber-800">
              {w}
            </p>
          ))}
          {p.ignoredHeaders.length > 0 && (
            <p className="text-sm text-stone-600">Các cột không dùng: {p.ignoredHeaders.join(", ")}.</p>
          )}
          {errorRows.length > 0 && (
            <div className="rounded-md border border-red-200 bg-red-50 p-3">
              <h3 className="text-sm font-semibold text-red-800">Các dòng lỗi sẽ không được ghi:</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-red-800" data-testid="import-row-errors">
                {errorRows.flatMap((r) => r.errors.map((e) => <li key={`${r.line}-${e}`}>{e}</li>))}
              </ul>
            </div>
          )}
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="import-table">
              <caption className="sr-only">Các dòng của tệp và việc sẽ làm</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-2 py-1.5">
                    Dòng
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Họ và tên
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Ngày sinh
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Số thẻ
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Chi bộ
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    Sẽ làm
                  </th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((r) => (
                  <tr key={r.line} className="border-t border-stone-100" data-action={r.action}>
                    <td className="px-2 py-1.5">{r.line}</td>
                    <td className="px-2 py-1.5">{r.name}</td>
                    <td className="px-2 py-1.5">{r.birthDate ?? ""}</td>
                    <td className="px-2 py-1.5">{r.partyCardNumber ?? ""}</td>
                    <td className="px-2 py-1.5">{r.unitName ?? ""}</td>
                    <td className={`px-2 py-1.5 ${actionClass[r.action]}`}>
                      {actionLabels[r.action]}
                      {r.changes.length ? `: ${r.changes.join(", ")}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.rows.length > shownRows.length && (
              <p className="mt-1 text-xs text-stone-600">
                Hiện {shownRows.length} trong {p.rows.length} dòng (mọi dòng lỗi đều được hiện).
              </p>
            )}
          </div>
          {!done && (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                disabled={confirming || writable === 0}
                className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
                onClick={() => {
                  setConfirmedFor(p.fingerprint);
                  startTransition(() => confirmDispatch(formData(p.fingerprint)));
                }}
              >
                {confirming ? "Đang ghi…" : `Xác nhận ghi ${writable} đảng viên`}
              </button>
              {p.counts.error > 0 && (
                <span className="text-sm text-stone-700">{p.counts.error} dòng lỗi sẽ được bỏ qua.</span>
              )}
              <p role="alert" className="text-sm text-red-700">
                {result.status === "error" ? result.message : ""}
              </p>
            </div>
          )}
          {done && (
            <p role="status" className="text-sm font-medium text-green-800" data-testid="import-done">
              Đã ghi: {done.created} thêm mới, {done.updated} cập nhật
              {done.skipped ? `; bỏ qua ${done.skipped} dòng lỗi` : ""}.{" "}
              <Link href={unitId ? `/members?unitId=${unitId}` : "/members"} className="text-brand underline">
                Xem danh sách đảng viên
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
