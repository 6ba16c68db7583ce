/**
 * Search-friendly reading of a directive reference typed by a user: "05-CT/TW", "05 – CT/TW",
 * "chỉ thị 05", "chi thi so 05", "ct05", "CT 05", "nq33", "05/CT-TW" all resolve to a kind and an
 * integer number (and a symbol when one is typed), so they find the same registry entry.
 */
import { foldForSearch, toNFC } from "@/lib/vi/normalize";
import { TYPE_CODE_KINDS, type DirectiveKindCode } from "./kinds";
import { parseSymbol } from "./symbol";

export interface DirectiveQuery {
  kind?: DirectiveKindCode;
  /** Integer text without leading zeros ("05" → "5"). */
  number?: string;
  /** Party order "CT/TW", when typed. */
  symbol?: string;
  /** Type code when it does not settle the kind ("QĐ" is Quyết định or Quy định). */
  typeCode?: string;
}

/** Folded prose words of each kind (no accents: users often type without them). */
const FOLDED_KIND_WORDS: ReadonlyArray<readonly [string, DirectiveKindCode]> = [
  ["chi thi", "CHI_THI"],
  ["nghi quyet", "NGHI_QUYET"],
  ["quy dinh", "QUY_DINH"],
  ["qui dinh", "QUY_DINH"],
  ["ket luan", "KET_LUAN"],
  ["huong dan", "HUONG_DAN"],
  ["de an", "DE_AN"],
  ["ke hoach", "KE_HOACH"],
  ["thong bao", "THONG_BAO"],
  ["quyet dinh", "QUYET_DINH"],
  ["chuong trinh", "CHUONG_TRINH"],
];

/** Folded type codes (đ → d) back to the real code. */
const FOLDED_CODES: Readonly<Record<string, string>> = {
  ct: "CT",
  nq: "NQ",
  qd: "QĐ",
  qdi: "QĐI",
  kl: "KL",
  hd: "HD",
  da: "ĐA",
  kh: "KH",
  tb: "TB",
  ctr: "CTR",
};

/** Organ codes that carry Đ, restored when the user typed "d". */
const FOLDED_ORGANS: Readonly<Record<string, string>> = { DU: "ĐU", DUK: "ĐUK", BCD: "BCĐ" };

function restoreCode(code: string, restore: Readonly<Record<string, string>>): string {
  return restore[code] ?? code;
}

function integerText(n: string): string {
  return String(Number.parseInt(n, 10));
}

function kindOfTypeCode(code: string): { kind?: DirectiveKindCode; typeCode?: string } {
  if (code === "QĐ") return { typeCode: code };
  const kind = TYPE_CODE_KINDS[code];
  return kind ? { kind } : { typeCode: code };
}

/** Reads a typed reference; null when the query does not look like one (plain words, a bare number). */
export function parseDirectiveQuery(q: string): DirectiveQuery | null {
  const text = toNFC(q).trim();
  if (!text) return null;

  // A symbol anywhere in the query: "05-CT/TW", "05 – CT/TƯ", "05/CT-TW", "CT/TW".
  const symbolMatch =
    /(\d{1,5}\s*[-–—]\s*)?[A-Za-zĐđƯư]{1,8}\s*\/\s*[A-Za-zĐđƯư]{1,8}/u.exec(text) ??
    /\d{1,5}\s*\/\s*[A-Za-zĐđ]{1,8}\s*[-–]\s*[A-Za-zĐđƯư]{1,8}/u.exec(text);
  if (symbolMatch) {
    const parsed = parseSymbol(symbolMatch[0]);
    if (parsed) {
      const folded = !/[đĐ]/.test(symbolMatch[0]);
      const typeCode = folded ? restoreCode(parsed.typeCode, { QD: "QĐ", QDI: "QĐI", DA: "ĐA" }) : parsed.typeCode;
      const organCode = folded ? restoreCode(parsed.organCode, FOLDED_ORGANS) : parsed.organCode;
      const out: DirectiveQuery = { ...kindOfTypeCode(typeCode), symbol: `${typeCode}/${organCode}` };
      if (parsed.number) out.number = integerText(parsed.number);
      // A kind word typed before the symbol ("quy định 08-QĐ/TW") settles an ambiguous code.
      const before = foldForSearch(text.slice(0, symbolMatch.index));
      for (const [word, kind] of FOLDED_KIND_WORDS) if (before.endsWith(word) || before.endsWith(`${word} so`)) out.kind = kind;
      if (out.kind) delete out.typeCode;
      return out;
    }
  }

  const folded = foldForSearch(text);
  // "chỉ thị 05", "chi thi so 05", "chỉ thị số: 05".
  for (const [word, kind] of FOLDED_KIND_WORDS) {
    const m = new RegExp(`(?:^| )${word}(?: so)? ?(\\d{1,5})(?: |$)`).exec(folded);
    if (m) return { kind, number: integerText(m[1]) };
  }
  // "ct05", "CT 05", "nq số 33", "qđi 08".
  const abbr = /(?:^| )(ctr|qdi|ct|nq|qd|kl|hd|da|kh|tb)(?: so)? ?(\d{1,5})(?: |$)/.exec(folded);
  if (abbr) {
    const code = FOLDED_CODES[abbr[1]];
    return { ...kindOfTypeCode(code), number: integerText(abbr[2]) };
  }
  // A kind word alone ("nghị quyết") is not a reference to one document.
  return null;
}
