/** The overview as a plain table (header + rows of text), shared by the CSV and XLSX exports. Pure. */
import { unitKindLabels } from "@/lib/vi/labels";
import { heldShort, monthLabel, quarterLabel } from "./rules";
import type { OverviewReport } from "./data";

export function percent(r: number | null): string {
  return r === null ? "" : `${(Math.round(r * 1000) / 10).toLocaleString("vi-VN")}%`;
}

export function overviewTable(report: OverviewReport): { header: string[]; rows: string[][] } {
  const { period } = report;
  const header = [
    "Tổ chức Đảng",
    "Loại",
    ...period.months.map((m) => `Thường kỳ ${monthLabel(m)}`),
    ...period.quarters.map((q) => `Chuyên đề ${quarterLabel(q)}`),
    "Số cuộc họp",
    "Đã thông qua",
    "Chưa thông qua",
    `Nháp quá ${report.staleDays} ngày`,
    "Có mặt",
    "Tổng số đảng viên (lượt)",
    "Tỷ lệ dự họp",
    "Chậm so với quy định",
    "Ghi chú",
  ];
  const rows = report.rows.map((r) => [
    r.unit.name,
    unitKindLabels[r.unit.kind],
    ...r.cadence.months.map((m) => (r.applies ? heldShort[m.regular] : "Không áp dụng")),
    ...r.cadence.quarters.map((q) => (r.applies ? heldShort[q.thematic] : "Không áp dụng")),
    String(r.cadence.meetings),
    String(r.approved),
    String(r.drafts),
    String(r.cadence.staleDrafts.length),
    String(r.cadence.present),
    String(r.cadence.total),
    percent(r.cadence.attendanceRate),
    r.cadence.behind ? "Có" : "Không",
    r.cadence.reasons.join("; "),
  ]);
  return { header, rows };
}

/** RFC 4180 CSV with a UTF-8 BOM (so spreadsheet programs read Vietnamese correctly), CRLF lines. */
export function toCsv(table: { header: string[]; rows: string[][] }): string {
  const cell = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[table.header, ...table.rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** Content-Disposition with an ASCII fallback and the Vietnamese name per RFC 5987 / 6266. */
export function attachmentHeader(vietnameseName: string, asciiName: string): string {
  const encoded = encodeURIComponent(vietnameseName.normalize("NFC")).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}
