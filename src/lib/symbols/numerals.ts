/** Roman numerals and Vietnamese ordinal words, as used for terms, plenums and congresses. */

const ROMAN_VALUES: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 12 → "XII". Returns null outside 1..3999. */
export function toRoman(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return null;
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN_VALUES) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XII" → 12 (case-insensitive); null when the text is not a well-formed Roman numeral. */
export function fromRoman(input: string): number | null {
  const s = input.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]];
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

/** Vietnamese number words (lower case, NFC) used in ordinals: "lần thứ Sáu", "khóa mười một". */
const UNITS: Readonly<Record<string, number>> = {
  nhất: 1,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** "sáu" → 6, "mười hai" → 12, "mười lăm" → 15, "hai mươi" → 20, "hai mươi mốt" → 21. */
export function fromVietnameseNumberWords(input: string): number | null {
  const words = input.normalize("NFC").toLocaleLowerCase("vi").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return null;
  if (words[0] === "mười") {
    if (words.length === 1) return 10;
    if (words.length === 2 && words[1] in UNITS && words[1] !== "một" && words[1] !== "mốt")
      return 10 + UNITS[words[1]];
    if (words.length === 2 && words[1] === "một") return 11;
    return null;
  }
  if (words.length === 1) return words[0] === "lăm" || words[0] === "mốt" ? null : (UNITS[words[0]] ?? null);
  if (words[1] !== "mươi") return null;
  const tens = UNITS[words[0]];
  if (!tens || tens < 2) return null;
  if (words.length === 2) return tens * 10;
  const unit = UNITS[words[2]];
  return unit ? tens * 10 + unit : null;
}

/**
 * A count written as digits, a Roman numeral or Vietnamese words → integer.
 * "12" → 12, "XII" → 12, "mười hai" → 12, "Sáu" → 6.
 */
export function parseOrdinal(input: string): number | null {
  const s = input.trim();
  if (/^\d{1,4}$/.test(s)) return Number.parseInt(s, 10);
  const roman = fromRoman(s);
  if (roman !== null) return roman;
  return fromVietnameseNumberWords(s);
}

/** Pattern (for a RegExp source) matching one ordinal as written: digits, Roman or words. */
export const ORDINAL_PATTERN =
  "(?:\\d{1,3}|[IVXLCivxlc]{1,7}|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\\s+mươi" +
  "(?:\\s+(?:mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|mười(?:\\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|bẩy|tám|chín))?" +
  "|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)";
