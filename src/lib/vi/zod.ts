/** zod helpers for Vietnamese input: trimmed NFC strings and hand-written Vietnamese messages. */
import { z } from "zod";
import { cleanText, toNFC } from "./normalize";
import { isIsoDate } from "./date";
import {
  CONTROL_CHAR_MESSAGE,
  hasControlChars,
  ILL_FORMED_MESSAGE,
  isWellFormedText,
  stripControlChars,
} from "./unicode";

z.config(z.locales.vi());

/** A string that is well-formed UTF-16 (a lone surrogate is a 400, never a database error). */
function wellFormed(message?: string) {
  return z.string(message ? { error: message } : undefined).refine(isWellFormedText, { error: ILL_FORMED_MESSAGE });
}

/** One line of text: well-formed and without control characters (tab and line breaks become spaces). */
function singleLine(message?: string) {
  return wellFormed(message).refine((s) => !hasControlChars(s.replace(/[\t\n\r]/g, " ")), {
    error: CONTROL_CHAR_MESSAGE,
  });
}

/** A required one-line text, trimmed and NFC. */
export function viRequired(message: string, max = 500) {
  return singleLine(message)
    .transform((s) => cleanText(s))
    .pipe(
      z
        .string()
        .min(1, { error: message })
        .max(max, { error: `Không được dài quá ${max} ký tự.` }),
    );
}

/** An optional one-line text: empty becomes null. */
export function viOptional(max = 500) {
  return singleLine()
    .nullish()
    .transform((s) => (s == null ? null : cleanText(s) || null))
    .pipe(
      z
        .string()
        .max(max, { error: `Không được dài quá ${max} ký tự.` })
        .nullable(),
    );
}

/** Multi-line text: NFC, line breaks kept, trailing space trimmed, control characters dropped; empty becomes null. */
export function viParagraphs(max = 20_000) {
  return wellFormed()
    .nullish()
    .transform((s) => {
      if (s == null) return null;
      const t = stripControlChars(toNFC(s).replace(/\r\n?/g, "\n"))
        .replace(/[ \t]+$/gm, "")
        .trim();
      return t || null;
    })
    .pipe(
      z
        .string()
        .max(max, { error: `Không được dài quá ${max} ký tự.` })
        .nullable(),
    );
}

/** An ISO calendar date "YYYY-MM-DD" that exists. */
export function viIsoDate(message = "Ngày không hợp lệ.") {
  return z.string().refine(isIsoDate, { error: message });
}
