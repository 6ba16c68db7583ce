import "server-only";
import ExcelJS from "exceljs";
import type { OverviewReport } from "./data";
import { overviewTable, toCsv } from "./table";

export function overviewCsv(report: OverviewReport): string {
  return toCsv(overviewTable(report));
}

export async function overviewXlsx(report: OverviewReport): Promise<Buffer> {
  const { header, rows } = overviewTable(report);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Biên Bản";
  wb.created = new Date(`${report.today}T00:00:00Z`);
  const ws = wb.addWorksheet("Tổng quan", { views: [{ state: "frozen", ySplit: 3, xSplit: 1 }] });
  ws.addRow([`Tình hình sinh hoạt của các tổ chức Đảng — ${report.period.label}`]).font = { bold: true, size: 14 };
  ws.addRow([
    `Lập ngày ${report.today.split("-").reverse().join("/")}; biên bản nháp quá ${report.staleDays} ngày được tính là chậm thông qua.`,
  ]);
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle" };
  const behindCol = header.indexOf("Chậm so với quy định") + 1;
  for (const r of rows) {
    const row = ws.addRow(r.map((v, i) => (/^\d+$/.test(v) && i > 1 ? Number(v) : v)));
    if (row.getCell(behindCol).value === "Có")
      row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
  }
  ws.getColumn(1).width = 42;
  for (let i = 2; i <= header.length; i++) ws.getColumn(i).width = 16;
  ws.getColumn(header.length).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Tổng quan sinh hoạt quý III-2023" style names, Vietnamese and ASCII. */
export function overviewFileNames(report: OverviewReport, ext: "csv" | "xlsx"): { vietnamese: string; ascii: string } {
  const label = report.period.label.replace(/\//g, "-");
  return { vietnamese: `Tổng quan sinh hoạt ${label}.${ext}`, ascii: `tong-quan-${report.period.key}.${ext}` };
}
