/**
 * Numbers and symbols of Party documents ("05-CT/TW"): parse the messy forms found in real text
 * and format them in Party order "số-LOẠI/CƠQUAN".
 */
import { toNFC } from "@/lib/vi/normalize";

export interface ParsedSymbol {
  /** The number as written ("05"), or null for a bare symbol ("CT/TW"). */
  number: string | null;
  /** Type code, upper case ("CT", "QĐI", "ĐA"). */
  typeCode: string;
  /** Issuing-body code, upper case, "TƯ" → "TW" ("TW", "TU", "ĐUK", "BTCTW"). */
  organCode: string;
  /** Party order "TYPE/ORGAN". */
  symbol: string;
  /** The year of a state-style "30/2020/NĐ-CP", else null. */
  year: string | null;
  /** The order the text used. */
  order: "party" | "state";
}

/** Letters that may appear in a code: Latin letters, Đ/đ, Ư/ư (for "TƯ"). */
const CODE = "[A-Za-zĐđƯư]{1,8}";
const DASH = "[-–—‐‑]";

/** Party order, with any spaces around the dash and slash: "05-CT/TW", "05 – CT/TW", "35-CT/ TW". */
export const PARTY_SYMBOL_SOURCE = `(\\d{1,5})\\s*${DASH}\\s*(${CODE})\\s*\\/\\s*(${CODE}(?:${DASH}${CODE})?)`;
/** State order "05/CT-TW", "30/2020/NĐ-CP". */
export const STATE_SYMBOL_SOURCE = `(\\d{1,5})(?:\\s*\\/\\s*((?:19|20)\\d\\d))?\\s*\\/\\s*(${CODE})\\s*${DASH}\\s*(${CODE})`;
/** A bare symbol without number: "CT/TW". */
const BARE_SYMBOL_SOURCE = `(${CODE})\\s*\\/\\s*(${CODE})`;

const PARTY_RE = new RegExp(`^${PARTY_SYMBOL_SOURCE}$`, "u");
const STATE_RE = new RegExp(`^${STATE_SYMBOL_SOURCE}$`, "u");
const BARE_RE = new RegExp(`^${BARE_SYMBOL_SOURCE}$`, "u");

/** Upper-case a code the Vietnamese way, with "TƯ" → "TW" and no inner spaces. */
export function normalizeCode(code: string): string {
  return toNFC(code)
    .replace(/\s+/g, "")
    .replace(/[–—‐‑]/g, "-")
    .toLocaleUpperCase("vi")
    .replace(/TƯ/g, "TW");
}

/**
 * Parse a number-and-symbol as written. Accepts "05-CT/TW", "05 – CT/TW", "35- CT/TW", "35-CT/ TW",
 * state order "05/CT-TW" and "30/2020/NĐ-CP", mixed case codes ("15-Qđi/TU"), "TƯ", and a leading
 * "Số"/"số:". Returns null when the text is not a symbol.
 */
export function parseSymbol(input: string): ParsedSymbol | null {
  const s = toNFC(input)
    .trim()
    .replace(/^số\s*:?\s*/iu, "")
    .trim();
  let m = PARTY_RE.exec(s);
  if (m) {
    const typeCode = normalizeCode(m[2]);
    const organCode = normalizeCode(m[3]);
    return { number: m[1], typeCode, organCode, symbol: `${typeCode}/${organCode}`, year: null, order: "party" };
  }
  m = STATE_RE.exec(s);
  if (m) {
    const typeCode = normalizeCode(m[3]);
    const organCode = normalizeCode(m[4]);
    return {
      number: m[1],
      typeCode,
      organCode,
      symbol: `${typeCode}/${organCode}`,
      year: m[2] ?? null,
      order: "state",
    };
  }
  m = BARE_RE.exec(s);
  if (m) {
    const typeCode = normalizeCode(m[1]);
    const organCode = normalizeCode(m[2]);
    return { number: null, typeCode, organCode, symbol: `${typeCode}/${organCode}`, year: null, order: "party" };
  }
  return null;
}

/** Party order: ("05", "CT/TW") → "05-CT/TW"; a missing part is left out. */
export function formatSymbol(number: string | null, symbol: string | null): string {
  if (number && symbol) return `${number}-${symbol}`;
  return number ?? symbol ?? "";
}

/** Canonical Party-order text of any accepted form: "05/CT-TƯ" → "05-CT/TW"; null if not a symbol. */
export function normalizeSymbolText(input: string): string | null {
  const p = parseSymbol(input);
  return p ? formatSymbol(p.number, p.symbol) : null;
}

/** Numbers compare as integers: "05" and "5" are the same number. */
export function sameNumber(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = Number.parseInt(a, 10);
  const y = Number.parseInt(b, 10);
  return Number.isFinite(x) && x === y;
}
