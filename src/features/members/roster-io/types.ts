/** What a roster import shows and reports (shared with the client). */

export type RowAction = "create" | "update" | "unchanged" | "error";

export interface PreviewRow {
  line: number;
  name: string;
  unitName: string | null;
  birthDate: string | null;
  partyCardNumber: string | null;
  action: RowAction;
  errors: string[];
  /** For updates: what changes ("Ngày sinh", "Chuyển sinh hoạt từ …"). */
  changes: string[];
}

export interface ImportPreview {
  headerLine: number;
  ignoredHeaders: string[];
  warnings: string[];
  rows: PreviewRow[];
  counts: Record<RowAction, number> & { total: number };
  /** Hash of the plan; confirm refuses when the roster changed since the preview. */
  fingerprint: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}
