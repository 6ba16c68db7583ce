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

export interface DirectiveReference {
  ref: DirectiveQuery;
  /** The folded words of the query outside the reference ("kiem diem" of "kiểm điểm chỉ thị 05"). */
  rest: string;
  /** The folded words of the reference itself as typed ("chi thi 05", "05 ct tw"). */
  words: string;
}

/** Removes a trailing kind word (and "số") from folded text; returns the kind it named, if any. */
function stripKindWord(folded: string): { text: string; kind?: DirectiveKindCode } {
  let text = folded.trim();
  let kind: DirectiveKindCode | undefined;
  if (text === "so" || text.endsWith(" so")) text = text.slice(0, -2).trim();
  for (const [word, k] of FOLDED_KIND_WORDS) {
    if (text === word || text.endsWith(` ${word}`)) {
      kind = k;
      text = text.slice(0, -word.length).trim();
      break;
    }
  }
  return { text, kind };
}

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" ");

/**
 * Finds a document reference inside a query and what is left around it: "kiểm điểm chỉ thị 05"
 * → Chỉ thị 5 and the words "kiem diem". Null when the query names no document.
 */
export function findDirectiveReference(q: string): DirectiveReference | null {
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
      const ref: DirectiveQuery = { ...kindOfTypeCode(typeCode), symbol: `${typeCode}/${organCode}` };
      if (parsed.number) ref.number = integerText(parsed.number);
      // A kind word typed before the symbol ("quy định 08-QĐ/TW") settles an ambiguous code.
      const before = stripKindWord(foldForSearch(text.slice(0, symbolMatch.index)));
      if (before.kind) {
        ref.kind = before.kind;
        delete ref.typeCode;
      }
      const after = foldForSearch(text.slice(symbolMatch.index + symbolMatch[0].length));
      return { ref, rest: join(before.text, after), words: foldForSearch(symbolMatch[0]) };
    }
  }

  const folded = foldForSearch(text);
  // "chỉ thị 05", "chi thi so 05", "chỉ thị số: 05".
  for (const [word, kind] of FOLDED_KIND_WORDS) {
    const m = new RegExp(`(?:^| )(${word}(?: so)? ?(\\d{1,5}))(?: |$)`).exec(folded);
    if (m) {
      const start = m.index + m[0].indexOf(m[1]);
      return {
        ref: { kind, number: integerText(m[2]) },
        rest: join(folded.slice(0, start), folded.slice(start + m[1].length)),
        words: m[1],
      };
    }
  }
  // "ct05", "CT 05", "nq số 33", "qđi 08".
  const abbr = /(?:^| )((ctr|qdi|ct|nq|qd|kl|hd|da|kh|tb)(?: so)? ?(\d{1,5}))(?: |$)/.exec(folded);
  if (abbr) {
    const code = FOLDED_CODES[abbr[2]];
    const start = abbr.index + abbr[0].indexOf(abbr[1]);
    return {
      ref: { ...kindOfTypeCode(code), number: integerText(abbr[3]) },
      rest: join(folded.slice(0, start), folded.slice(start + abbr[1].length)),
      words: abbr[1],
    };
  }
  // A kind word alone ("nghị quyết") is not a reference to one document.
  return null;
}

/** Reads a typed reference; null when the query does not look like one (plain words, a bare number). */
export function parseDirectiveQuery(q: string): DirectiveQuery | null {
  return findDirectiveReference(q)?.ref ?? null;
}
