/**
 * Vietnamese text normalisation: the only place where text is folded for search or made NFC.
 * Isomorphic (no server imports): the same fold runs in the search box and on the server.
 */

/** Look-alikes of Đ/đ that arrive through copy-paste: eth (U+00D0/U+00F0), African D (U+0189/U+0256). */
const D_LOOKALIKES = /[\u00D0\u0189]/g;
const d_LOOKALIKES = /[\u00F0\u0256]/g;

/** Stored text is always NFC, with Đ look-alikes mapped to the real letters. */
export function toNFC(input: string): string {
  return input.normalize("NFC").replace(D_LOOKALIKES, "Đ").replace(d_LOOKALIKES, "đ");
}

/** NFC and trimmed, with runs of white space collapsed to one space. */
export function cleanText(input: string): string {
  return toNFC(input)
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

/** Recursively NFC every string inside plain data (objects, arrays); other values are kept. */
export function deepNFC<T>(value: T): T {
  if (typeof value === "string") return toNFC(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepNFC(v)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepNFC(v);
    return out as T;
  }
  return value;
}

/**
 * Search key: lower case, no tone or vowel marks, đ → d, punctuation to spaces.
 * Because every mark is removed, the two tone placements (ủy/uỷ, hòa/hoà, khóa/khoá) fold alike.
 * "Đảng bộ Hưng Yên" → "dang bo hung yen".
 */
export function foldForSearch(input: string): string {
  return foldFast(input) ?? foldSlow(input);
}

function foldSlow(input: string): string {
  return (
    toNFC(input)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      // letters and decimal digits only: "²" or "Ⅻ" would be words to one database and not to the other
      .replace(/[^\p{L}\p{Nd}]+/gu, " ")
      .trim()
  );
}

/**
 * The same fold, one character at a time from a table, for text made only of characters whose fold
 * is one character that does not depend on its neighbours (Latin letters with their precomposed
 * Vietnamese forms, digits, punctuation, spaces); anything else (a combining mark, another script) →
 * null and the slow path. The table is made by foldSlow itself, so both paths agree (vi.test.ts
 * compares them on random text).
 */
const SEPARATOR = -1;
const FOLD_TABLE: Int32Array = (() => {
  const table = new Int32Array(0x2070); // 0: not in the table
  const ranges: Array<[number, number]> = [
    [0x0000, 0x024f],
    [0x1e00, 0x1eff],
    [0x2000, 0x206f],
  ];
  for (const [lo, hi] of ranges)
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize("NFC") !== ch) continue;
      const folded = foldSlow(ch);
      // A separator folds to nothing; a letter to one letter or digit, the same between two letters.
      const between = foldSlow(`a${ch}a`);
      if (folded === "" && between === "a a") table[c] = SEPARATOR;
      else if (folded.length === 1 && /^[\p{L}\p{Nd}]$/u.test(folded) && between === `a${folded}a`)
        table[c] = folded.charCodeAt(0);
    }
  return table;
})();

let buffer = new Uint16Array(1024);

function foldFast(input: string): string | null {
  if (buffer.length < input.length) buffer = new Uint16Array(input.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const f = code < 0x2070 ? FOLD_TABLE[code] : 0;
    if (f === 0) return null;
    if (f === SEPARATOR) pendingSpace = n > 0;
    else {
      if (pendingSpace) buffer[n++] = 0x20;
      pendingSpace = false;
      buffer[n++] = f;
    }
  }
  let out = "";
  for (let i = 0; i < n; i += 8192)
    out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** The definition of the fold (what foldForSearch must always equal; tests compare them). */
export { foldSlow as foldForSearchReference };

/** Folded words of a text, for building indexes and matching terms. */
export function foldedTokens(input: string): string[] {
  const folded = foldForSearch(input);
  return folded ? folded.split(" ") : [];
}

/**
 * Canonical tone placement: the spelling most Party texts use today, tone on the first vowel of an
 * open "oa", "oe", "uy" ("ủy", "hòa", "khóa"); "uỷ", "hoà", "khoá" are the other style.
 * Used to compare two spellings while keeping the accents, e.g. for matching names.
 */
const OLD_TO_NEW_TONE: Array<[RegExp, string]> = [
  // "uỷ" → "ủy", "oà" → "òa", "oá" → "óa", "uý" → "úy" … (tone on the first vowel of oa/oe/uy)
  [/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])/g, "$1$3$2"],
  [/(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])/g, "$1$3$2"],
];

/** Same letters and tones, one tone placement ("ủy", "hòa", "khóa"). Keeps case. */
export function canonicalTonePlacement(input: string): string {
  // Only rewrite when the diphthong ends the syllable: "hoàng", "quyết" keep their placement.
  let s = toNFC(input).normalize("NFD");
  for (const [re, rep] of OLD_TO_NEW_TONE) {
    s = s.replace(new RegExp(`${re.source}(?![\\p{L}])`, "gu"), rep);
  }
  return s.normalize("NFC");
}

/** Comparison key that ignores case and tone placement but keeps accents. */
export function accentKey(input: string): string {
  return canonicalTonePlacement(cleanText(input)).toLocaleLowerCase("vi");
}

/** URL slug: "Hội nghị sơ kết" → "hoi-nghi-so-ket". Never an identity key. */
export function slugify(input: string, maxLength = 80): string {
  return foldForSearch(input).replace(/ /g, "-").slice(0, maxLength).replace(/-+$/, "");
}

/** Locale-aware upper case for headers ("Đảng bộ" → "ĐẢNG BỘ"). */
export function upperVi(input: string): string {
  return toNFC(input).toLocaleUpperCase("vi");
}
