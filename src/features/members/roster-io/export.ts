import "server-only";
import ExcelJS from "exceljs";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canAnywhere, unitWhere, type Actor } from "@/server/policy/policy";
import { compareByGivenName, fullName } from "@/lib/vi/names";
import { genderLabels, memberCategoryShortLabels, memberStatusLabels } from "@/lib/vi/labels";
import { defuseCsvCell, toCsvText } from "./csv";
import { isoToVn } from "./dates";
import { HEADERS, type RosterField } from "./headers";

/** Export columns: the import reads them back as they are (parts win over the full name). */
export const EXPORT_FIELDS: RosterField[] = [
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
];
const DATE_FIELDS = new Set<RosterField>(["birthDate", "admittedOn", "officialOn"]);

export interface RosterExport {
  header: string[];
  rows: Array<Record<RosterField, string>>;
  unitName: string | null;
}

/** The roster the actor manages (optionally one unit with its subtree), sorted by given name, as export rows. */
export async function rosterForExport(actor: Actor, unitId?: string): Promise<RosterExport> {
  if (!canAnywhere(actor, "member.manage")) throw new AppError("NOT_FOUND");
  const scope = unitWhere(actor, "member.manage");
  let unitName: string | null = null;
  let within: { path: { startsWith: string } } | null = null;
  if (unitId) {
    // like the roster list: the unit with its subtree (a đảng bộ exports its chi bộ), intersected with the scope
    const unit = await db().unit.findFirst({ where: { id: unitId, ...scope }, select: { name: true, path: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy chi bộ.");
    unitName = unit.name;
    within = { path: { startsWith: unit.path } };
  }
  const members = await db().member.findMany({
    where: { unit: within ? { AND: [scope, within] } : scope },
    select: {
      familyName: true,
      middleName: true,
      givenName: true,
      birthDate: true,
      gender: true,
      partyCardNumber: true,
      admittedOn: true,
      officialOn: true,
      category: true,
      status: true,
      unit: { select: { name: true } },
      positions: { where: { endOn: null }, orderBy: { sortOrder: "asc" }, select: { kind: true, title: true } },
    },
  });
  members.sort(compareByGivenName);
  const rows = members.map((m) => ({
    fullName: fullName(m),
    familyName: m.familyName,
    middleName: m.middleName,
    givenName: m.givenName,
    birthDate: isoToVn(m.birthDate),
    gender: m.gender ? genderLabels[m.gender] : "",
    partyCardNumber: m.partyCardNumber ?? "",
    admittedOn: isoToVn(m.admittedOn),
    officialOn: isoToVn(m.officialOn),
    category: memberCategoryShortLabels[m.category],
    status: memberStatusLabels[m.status],
    partyTitle: m.positions
      .filter((p) => p.kind === "PARTY")
      .map((p) => p.title)
      .join("; "),
    governmentTitle: m.positions
      .filter((p) => p.kind !== "PARTY")
      .map((p) => p.title)
      .join("; "),
    unitName: m.unit.name,
  }));
  return { header: ["STT", ...EXPORT_FIELDS.map((f) => HEADERS[f][0])], rows, unitName };
}

/** UTF-8 with a byte-order mark so Excel shows Vietnamese correctly. */
export function rosterCsv(r: RosterExport): string {
  return (
    "\uFEFF" +
    toCsvText([
      r.header,
      ...r.rows.map((row, i) => [String(i + 1), ...EXPORT_FIELDS.map((f) => defuseCsvCell(row[f]))]),
    ])
  );
}

export async function rosterXlsx(r: RosterExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Biên Bản";
  const ws = wb.addWorksheet("Danh sách đảng viên", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(r.header).font = { bold: true };
  r.rows.forEach((row, i) => {
    ws.addRow([
      i + 1,
      ...EXPORT_FIELDS.map((f) => {
        const v = row[f];
        if (DATE_FIELDS.has(f) && v) {
          const [d, m, y] = v.split("/").map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }
        return v;
      }),
    ]);
  });
  EXPORT_FIELDS.forEach((f, i) => {
    const col = ws.getColumn(i + 2);
    col.width = f === "fullName" || f === "unitName" || f.endsWith("Title") ? 30 : 14;
    if (DATE_FIELDS.has(f)) col.numFmt = "dd/mm/yyyy";
    if (f === "partyCardNumber") col.numFmt = "@";
  });
  ws.getColumn(1).width = 6;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function rosterFileNames(r: RosterExport, ext: "csv" | "xlsx") {
  return {
    vietnamese: `Danh sách đảng viên${r.unitName ? ` – ${r.unitName}` : ""}.${ext}`,
    ascii: `danh-sach-dang-vien.${ext}`,
  };
}
