/**
 * Characters that never belong in stored text: ill-formed UTF-16 (a lone surrogate, which the
 * database drivers cannot encode) and control characters. Isomorphic: used by the zod helpers and
 * by the one parse step of every route and server action.
 */

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Control characters other than tab and line feed (C0 incl. NUL, BEL, ESC; DEL; C1) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");

export const ILL_FORMED_MESSAGE = "Văn bản có ký tự bị hỏng (mã UTF-16 không hợp lệ). Vui lòng gõ hoặc dán lại.";
export const CONTROL_CHAR_MESSAGE = "Văn bản có ký tự điều khiển hoặc ký tự đổi chiều chữ ẩn. Vui lòng xóa rồi gõ lại.";

/** True when the string is well-formed UTF-16 (no lone surrogate). */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** True when the string has a control character other than tab and line feed, or a bidi control. */
export function hasControlChars(s: string): boolean {
  return CONTROL.test(s);
}

/** Removes control characters other than tab and line feed, and bidi controls (for multi-line text). */
export function stripControlChars(s: string): string {
  return s.replace(CONTROL_ALL, "");
}

/**
 * Paths ("a.b.0") of the ill-formed strings inside plain data, keys included, for a 400 before any
 * schema runs: ids and other raw strings reach the database too.
 */
export function illFormedPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (out.length >= 20 || depth > 64) return out;
  if (typeof value === "string") {
    if (!isWellFormedText(value)) out.push(path.join(".") || "_");
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      illFormedPaths(v, [...path, String(i)], out, depth + 1);
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (!isWellFormedText(k)) out.push([...path, "_"].join("."));
      else illFormedPaths(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

/** { path: [message] } for every ill-formed string inside the data, or null when there is none. */
export function illFormedFieldErrors(value: unknown): Record<string, string[]> | null {
  const paths = illFormedPaths(value);
  if (paths.length === 0) return null;
  return Object.fromEntries(paths.map((p) => [p, [ILL_FORMED_MESSAGE]]));
}
