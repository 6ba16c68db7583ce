/** zod helpers for Vietnamese input: trimmed NFC strings and hand-written Vietnamese messages. */
import { z } from "zod";
import { cleanText, toNFC } from "./normalize";
import { isIsoDate } from "./date";

z.config(z.locales.vi());

/** A required one-line text, trimmed and NFC. */
export function viRequired(message: string, max = 500) {
  return z
    .string({ error: message })
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
  return z
    .string()
    .nullish()
    .transform((s) => (s == null ? null : cleanText(s) || null))
    .pipe(
      z
        .string()
        .max(max, { error: `Không được dài quá ${max} ký tự.` })
        .nullable(),
    );
}

/** Multi-line text: NFC, line breaks kept, trailing space trimmed; empty becomes null. */
export function viParagraphs(max = 20_000) {
  return z
    .string()
    .nullish()
    .transform((s) => {
      if (s == null) return null;
      const t = toNFC(s)
        .replace(/\r\n?/g, "\n")
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
