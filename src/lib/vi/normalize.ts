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
