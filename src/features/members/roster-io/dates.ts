/**
 * Dates as rosters carry them: "dd/mm/yyyy", "d/m/yyyy" (also with "-" or "."), ISO
 * "yyyy-mm-dd", an Excel date cell (a Date) or an Excel serial number. Result: ISO "yyyy-mm-dd".
 */
import { isIsoDate } from "@/lib/vi/date";

export type DateCell = string | number | Date | null | undefined;

export type ParsedDate = { ok: true; iso: string | null } | { ok: false };

const pad = (n: number) => String(n).padStart(2, "0");

function iso(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : null;
}

/** Excel's serial day number (1900 date system, with its phantom 29/02/1900) → ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Parses one date cell. Empty → { ok: true, iso: null }; not a real date → { ok: false }.
 * A Date from a spreadsheet is read by its UTC calendar day (spreadsheets store dates without a zone).
 */
export function parseRosterDate(value: DateCell): ParsedDate {
  if (value == null) return { ok: true, iso: null };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false };
    const r = iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return r ? { ok: true, iso: r } : { ok: false };
  }
  if (typeof value === "number") {
    const r = excelSerialToIso(value);
    return r ? { ok: true, iso: r } : { ok: false };
  }
  const s = value.trim();
  if (s === "") return { ok: true, iso: null };
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const r = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    return r ? { ok: true, iso: r } : { ok: false };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  if (m) {
    const r = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return r ? { ok: true, iso: r } : { ok: false };
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const r = excelSerialToIso(Number(s));
    return r ? { ok: true, iso: r } : { ok: false };
  }
  return { ok: false };
}

/** ISO "1980-02-03" → "03/02/1980" for exports and messages. */
export function isoToVn(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}
