import "server-only";
import ExcelJS from "exceljs";
import type { Cell } from "./rows";
import { parseCsv } from "./csv";

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

export type RosterFile = { table: Cell[][]; warnings: string[] } | { error: string };

/** A spreadsheet cell value (rich text, formula result, hyperlink…) as a plain cell. */
function plain(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (v instanceof Date || typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return plain((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return null;
  }
  return String(v);
}

/** Reads an uploaded roster: .csv (UTF-8, or Windows-1258 with a warning) or .xlsx (first sheet). */
export async function readRosterFile(fileName: string, bytes: Uint8Array): Promise<RosterFile> {
  if (bytes.byteLength === 0) return { error: "Tệp rỗng." };
  if (bytes.byteLength > MAX_ROSTER_BYTES) return { error: "Tệp quá lớn (tối đa 5 MB)." };
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") || name.endsWith(".txt")) {
    const warnings: string[] = [];
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1258").decode(bytes);
      warnings.push(
        "Tệp không ở dạng UTF-8 nên đã được đọc theo bảng mã Windows-1258. Hãy kiểm tra dấu tiếng Việt trong bản xem trước.",
      );
    }
    return { table: parseCsv(text).rows, warnings };
  }
  if (name.endsWith(".xlsx")) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch {
      return { error: "Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx." };
    }
    const ws = wb.worksheets[0];
    if (!ws) return { error: "Tệp Excel không có trang tính nào." };
    const table: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = plain(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      table[rowNumber - 1] = cells;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    return { table, warnings: [] };
  }
  return { error: "Chỉ nhận tệp .csv hoặc .xlsx." };
}
