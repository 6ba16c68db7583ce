/**
 * Reading an input file for the importer (command line, scripts): .txt as UTF-8, .docx through
 * docx-text. A leading source address line followed by a blank line is dropped.
 */
import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DocxError, docxToText } from "./docx-text";
import { stripSourceUrlLine } from "@/lib/vi/text";

export type InputErrorCode = "NOT_FOUND" | "NOT_A_FILE" | "UNREADABLE" | "EMPTY" | "BAD_DOCX" | "BAD_ENCODING";

/** An input the importer cannot use; `message` is Vietnamese, `english` its English form. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly english: string,
  ) {
    super(message);
  }
}

export async function readInputText(file: string): Promise<string> {
  let info: Stats;
  try {
    info = await stat(file);
  } catch {
    throw new InputError("NOT_FOUND", `Không tìm thấy tệp “${file}”.`, `File not found: ${file}`);
  }
  if (!info.isFile()) throw new InputError("NOT_A_FILE", `“${file}” không phải là tệp.`, `Not a file: ${file}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError("UNREADABLE", `Không đọc được tệp “${file}”.`, `Cannot read file: ${file}`);
  }
  let text: string;
  if (path.extname(file).toLowerCase() === ".docx") {
    try {
      text = await docxToText(new Uint8Array(bytes));
    } catch (e) {
      const why = e instanceof DocxError ? e.message : "unreadable";
      throw new InputError(
        "BAD_DOCX",
        `Tệp “${file}” không phải tài liệu Word (.docx) hợp lệ.`,
        `Not a valid .docx file (${why}): ${file}`,
      );
    }
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    } catch {
      throw new InputError("BAD_ENCODING", `Tệp “${file}” không phải văn bản UTF-8.`, `Not UTF-8 text: ${file}`);
    }
  }
  text = stripSourceUrlLine(text);
  if (text.trim() === "") throw new InputError("EMPTY", `Tệp “${file}” không có nội dung.`, `File is empty: ${file}`);
  return text;
}
