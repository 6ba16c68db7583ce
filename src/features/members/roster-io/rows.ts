/**
 * Validates the rows of a roster table (already split into cells) into member records, with
 * row-level Vietnamese messages ("Dòng 17: Ngày sinh “31/02/1980” không hợp lệ."). Pure: the
 * units a row may name are passed in; matching against the database happens in import.ts.
 */
import { cleanText, foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { memberCategoryLabels, memberCategoryShortLabels, memberStatusLabels } from "@/lib/vi/labels";
import type { Gender, MemberCategory, MemberStatus } from "@/lib/enums";
import { parseRosterDate, type DateCell } from "./dates";
import { findHeader, HEADERS, type RosterField } from "./headers";
import { splitVietnameseName, tidyNameCase } from "./names";

export type Cell = string | number | Date | null | undefined;

export interface RosterRecord {
  familyName: string;
  middleName: string;
  givenName: string;
  /** True when the file gave only one "Họ và tên" column (the split is a guess). */
  nameSplitGuessed: boolean;
  gender: Gender | null;
  birthDate: string | null;
  partyCardNumber: string | null;
  admittedOn: string | null;
  officialOn: string | null;
  /** Null when the file does not say (then an update keeps the roster's value; a new member needs it). */
  category: MemberCategory | null;
  /** Null when the file does not say (a new member is then "sinh hoạt thường xuyên"). */
  status: MemberStatus | null;
  partyTitle: string | null;
  governmentTitle: string | null;
  unitName: string | null;
}

export interface ParsedRow {
  /** Line number in the file (1-based, the header line counted), as a spreadsheet shows it. */
  line: number;
  record: RosterRecord | null;
  errors: string[];
}

export interface ParsedTable {
  headerLine: number;
  fields: RosterField[];
  ignoredHeaders: string[];
  rows: ParsedRow[];
}

const label = (f: RosterField) => HEADERS[f][0];

function text(cell: Cell): string {
  if (cell == null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  // "'=…" is how exports keep spreadsheets from running a cell as a formula
  return cleanText(String(cell)).replace(/^'(?=[=+\-@])/, "");
}

const CATEGORY: Map<string, MemberCategory> = new Map([
  ["chinh thuc", "OFFICIAL"],
  ["dang vien chinh thuc", "OFFICIAL"],
  ["ct", "OFFICIAL"],
  ["du bi", "PROBATIONARY"],
  ["dang vien du bi", "PROBATIONARY"],
  ["db", "PROBATIONARY"],
  ...Object.entries(memberCategoryShortLabels).map(
    ([k, v]) => [foldForSearch(v), k as MemberCategory] as [string, MemberCategory],
  ),
  ...Object.entries(memberCategoryLabels).map(
    ([k, v]) => [foldForSearch(v), k as MemberCategory] as [string, MemberCategory],
  ),
]);

const STATUS: Map<string, MemberStatus> = new Map([
  ["binh thuong", "ACTIVE"],
  ["dang sinh hoat", "ACTIVE"],
  ["sinh hoat", "ACTIVE"],
  ["mien sinh hoat", "EXEMPT"],
  ["msh", "EXEMPT"],
  ["sinh hoat tam thoi", "TEMPORARY"],
  ["sht", "TEMPORARY"],
  ["chuyen sinh hoat den", "TEMPORARY"],
  ["di sinh hoat tam thoi", "AWAY_TEMPORARY"],
  ["chuyen sinh hoat di", "TRANSFERRED_OUT"],
  ["da chuyen di", "TRANSFERRED_OUT"],
  ["chuyen di", "TRANSFERRED_OUT"],
  ["dinh chi", "SUSPENDED"],
  ...Object.entries(memberStatusLabels).map(
    ([k, v]) => [foldForSearch(v), k as MemberStatus] as [string, MemberStatus],
  ),
]);

const GENDER: Map<string, Gender> = new Map([
  ["nam", "MALE"],
  ["m", "MALE"],
  ["male", "MALE"],
  ["nu", "FEMALE"],
  ["f", "FEMALE"],
  ["female", "FEMALE"],
]);

/** Turns a table (the file's rows of cells) into validated roster rows. */
export function parseRosterTable(
  table: readonly (readonly Cell[])[],
  opts: { defaultUnitName?: string | null } = {},
): ParsedTable | { error: string } {
  const asText = table.slice(0, 10).map((r) => r.map(text));
  const header = findHeader(asText);
  if (!header) {
    return {
      error:
        "Không tìm thấy dòng tiêu đề: tệp cần có cột “Họ và tên” (hoặc “Họ”, “Tên đệm”, “Tên”) và các cột như “Ngày sinh”, “Số thẻ đảng viên”.",
    };
  }
  const fields = [...header.columns.values()];
  if (!fields.includes("unitName") && !opts.defaultUnitName) {
    return { error: "Tệp không có cột “Chi bộ”: hãy chọn chi bộ nhận danh sách." };
  }
  const rows: ParsedRow[] = [];
  for (let r = header.rowIndex + 1; r < table.length; r++) {
    const cells = table[r];
    const get = (f: RosterField): Cell => {
      for (const [c, field] of header.columns) if (field === f) return cells[c];
      return undefined;
    };
    if (cells.every((c) => text(c) === "")) continue; // blank line
    rows.push(parseRow(r + 1, get, opts.defaultUnitName ?? null));
  }
  return { headerLine: header.rowIndex + 1, fields, ignoredHeaders: header.ignored, rows };
}

function parseRow(line: number, get: (f: RosterField) => Cell, defaultUnitName: string | null): ParsedRow {
  const errors: string[] = [];
  const err = (m: string) => errors.push(`Dòng ${line}: ${m}`);

  let parts = {
    familyName: tidyNameCase(text(get("familyName"))),
    middleName: tidyNameCase(text(get("middleName"))),
    givenName: tidyNameCase(text(get("givenName"))),
  };
  let guessed = false;
  const whole = tidyNameCase(text(get("fullName")));
  if (!parts.givenName && whole) {
    parts = splitVietnameseName(whole);
    guessed = true;
  }
  if (!parts.givenName || !parts.familyName)
    err(
      whole || parts.givenName || parts.familyName
        ? `Họ và tên “${whole || fullName(parts)}” chưa đủ họ và tên.`
        : "Thiếu họ và tên.",
    );

  const date = (f: RosterField): string | null => {
    const raw = get(f) as DateCell;
    const p = parseRosterDate(raw);
    if (!p.ok) {
      err(`${label(f)} “${text(raw as Cell)}” không hợp lệ.`);
      return null;
    }
    return p.iso;
  };
  const birthDate = date("birthDate");
  const admittedOn = date("admittedOn");
  const officialOn = date("officialOn");

  const genderText = foldForSearch(text(get("gender")));
  const gender = genderText ? (GENDER.get(genderText) ?? null) : null;
  if (genderText && !gender) err(`Giới tính “${text(get("gender"))}” không hợp lệ (Nam hoặc Nữ).`);

  const catText = foldForSearch(text(get("category")));
  const category: MemberCategory | null = catText ? (CATEGORY.get(catText) ?? null) : officialOn ? "OFFICIAL" : null;
  if (catText && !category) err(`Loại đảng viên “${text(get("category"))}” không hợp lệ (Chính thức hoặc Dự bị).`);

  const statusText = foldForSearch(text(get("status")));
  const status = statusText ? (STATUS.get(statusText) ?? null) : null;
  if (statusText && !status) err(`Tình trạng “${text(get("status"))}” không hợp lệ.`);

  const cardRaw = text(get("partyCardNumber")).replace(/\s+/g, "");
  const card = cardRaw || null;
  if (card && !/^[0-9A-Za-z.-]{1,30}$/.test(card)) err(`Số thẻ đảng viên “${cardRaw}” không hợp lệ.`);

  if (birthDate && admittedOn && admittedOn <= birthDate) err("Ngày vào Đảng phải sau ngày sinh.");
  if (admittedOn && officialOn && officialOn < admittedOn) err("Ngày chính thức không thể trước ngày vào Đảng.");
  if (category === "PROBATIONARY" && officialOn) err("Đảng viên dự bị không có ngày chính thức.");

  const unitName = text(get("unitName")) || defaultUnitName;
  if (!unitName) err("Thiếu tên chi bộ.");

  const record: RosterRecord = {
    ...parts,
    nameSplitGuessed: guessed,
    gender,
    birthDate,
    partyCardNumber: card,
    admittedOn,
    officialOn,
    category,
    status,
    partyTitle: text(get("partyTitle")) || null,
    governmentTitle: text(get("governmentTitle")) || null,
    unitName,
  };
  return { line, record, errors };
}
