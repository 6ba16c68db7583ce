// Shared by the document tests: the demo meetings' models and the text inside DOCX and PDF files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { actorOf, meetingId, seeded } from "../../helpers/db";
import { loadMinutesModel } from "@/features/documents/load";
import type { MinutesDocModel } from "@/features/documents/minutes-model";

export const SCHOOL_TITLE =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
export const KHOI_TITLE = "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)";
export const CHI_BO_TITLE = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";

export async function demoModel(title: string, username = "admin"): Promise<MinutesDocModel> {
  await seeded();
  return loadMinutesModel(await actorOf(username), await meetingId(title));
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The files of a .docx package. */
export async function docxParts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`missing ${name}`);
    return f.async("string");
  };
  return { zip, document: await read("word/document.xml"), read };
}

/** Text of each paragraph of word/document.xml; a line break inside a paragraph reads as a space. */
export function docxParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = m[0].replace(/<w:br\/>/g, "<w:t> </w:t>");
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1])).join("");
    out.push(text);
  }
  return out;
}

/** Runs pdftotext (poppler) on a PDF; `crop` is a region of page 1 in points (x, y, width, height). */
export function pdfText(
  buffer: Buffer,
  opts: { layout?: boolean; crop?: [number, number, number, number] } = {},
): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sbb-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, buffer);
    const args = [...(opts.layout ? ["-layout"] : []), "-enc", "UTF-8"];
    if (opts.crop)
      args.push(
        "-f",
        "1",
        "-l",
        "1",
        "-r",
        "72",
        "-x",
        String(opts.crop[0]),
        "-y",
        String(opts.crop[1]),
        "-W",
        String(opts.crop[2]),
        "-H",
        String(opts.crop[3]),
      );
    return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" }).normalize("NFC");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfFonts(buffer: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sbb-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, buffer);
    return execFileSync("pdffonts", [file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines of text, each trimmed, with runs of spaces collapsed (pdftotext -layout pads columns). */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
