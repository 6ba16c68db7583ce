/**
 * Roster columns and the Vietnamese headers they go by in spreadsheets and in exports of the
 * national member database. Headers are matched by their folded form (no marks, đ → d, case and
 * punctuation ignored), so "Họ và tên", "HỌ VÀ TÊN" and "Ho va ten" are one column.
 */
import { foldForSearch } from "@/lib/vi/normalize";

export const ROSTER_FIELDS = [
  "fullName",
  "familyName",
  "middleName",
  "givenName",
  "birthDate",
  "gender",
  "partyCardNumber",
  "admittedOn",
  "officialOn",
  "category",
  "status",
  "partyTitle",
  "governmentTitle",
  "unitName",
] as const;

export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The header written on export (and the first alias), then the other spellings accepted on import. */
export const HEADERS: Record<RosterField, readonly string[]> = {
  fullName: ["Họ và tên", "Họ tên", "Họ và tên đảng viên", "Họ tên đảng viên", "Họ và tên khai sinh"],
  familyName: ["Họ", "Họ đảng viên"],
  middleName: ["Tên đệm", "Đệm", "Tên lót", "Chữ đệm"],
  givenName: ["Tên", "Tên gọi"],
  birthDate: ["Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"],
  gender: ["Giới tính", "Nam/Nữ", "Phái"],
  partyCardNumber: ["Số thẻ đảng viên", "Số thẻ Đảng", "Số thẻ", "Số thẻ ĐV", "Mã thẻ đảng viên"],
  admittedOn: ["Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng", "Ngày vào Đảng (kết nạp)"],
  officialOn: ["Ngày chính thức", "Ngày công nhận chính thức", "Ngày vào Đảng chính thức", "Ngày chuyển chính thức"],
  category: ["Loại đảng viên", "Loại", "Đảng viên chính thức/dự bị", "Chính thức/Dự bị"],
  status: ["Tình trạng", "Tình trạng sinh hoạt", "Trạng thái"],
  partyTitle: ["Chức vụ Đảng", "Chức vụ đảng", "Chức vụ trong Đảng"],
  governmentTitle: ["Chức vụ chính quyền", "Chức vụ chính quyền, đoàn thể", "Chức vụ chuyên môn", "Chức vụ"],
  unitName: ["Chi bộ", "Tên chi bộ", "Chi bộ sinh hoạt", "Tổ chức đảng", "Đơn vị"],
};

const ALIASES: Map<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((f) => HEADERS[f].map((h) => [foldForSearch(h), f] as [string, RosterField])),
);

/** The field a header names, or null. "STT" and unknown headers give null. */
export function matchHeader(header: string): RosterField | null {
  return ALIASES.get(foldForSearch(header)) ?? null;
}

export interface HeaderMatch {
  /** Index of the header row in the table. */
  rowIndex: number;
  /** Column index → field (the first column of a field wins). */
  columns: Map<number, RosterField>;
  /** Headers that named nothing we know (shown in the preview). */
  ignored: string[];
}

const hasName = (fields: Set<RosterField>) =>
  fields.has("fullName") || (fields.has("familyName") && fields.has("givenName")) || fields.has("givenName");

/**
 * Finds the header row among the first rows (exports often start with a title line) and maps its
 * columns. Null when no row names a name column and at least one other known column.
 */
export function findHeader(rows: readonly (readonly string[])[], searchRows = 10): HeaderMatch | null {
  for (let r = 0; r < Math.min(rows.length, searchRows); r++) {
    const columns = new Map<number, RosterField>();
    const seen = new Set<RosterField>();
    const ignored: string[] = [];
    rows[r].forEach((h, c) => {
      const f = matchHeader(h ?? "");
      if (f && !seen.has(f)) {
        seen.add(f);
        columns.set(c, f);
      } else if ((h ?? "").trim() && !f && foldForSearch(h) !== "stt" && foldForSearch(h) !== "so tt")
        ignored.push(h.trim());
    });
    if (hasName(seen) && seen.size >= 2) return { rowIndex: r, columns, ignored };
  }
  return null;
}
