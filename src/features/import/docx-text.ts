/**
 * Plain text of a .docx: `word/document.xml` read with jszip, one line per paragraph (table cells
 * included), tabs as spaces, line breaks kept. No layout, no numbering.
 */
import JSZip from "jszip";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? _;
  });
}

/** Text of one `word/document.xml`: paragraphs become lines. */
export function documentXmlToText(xml: string): string {
  const body = /<w:body[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const lines: string[] = [];
  for (const para of body.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = para[1] ?? "";
    let line = "";
    // Runs in order: text, tabs, breaks. Deleted text (w:delText) is skipped.
    for (const t of inner.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g)) {
      if (t[1] !== undefined) line += decodeXml(t[1]);
      else if (t[0].startsWith("<w:tab")) line += "\t";
      else line += "\n";
    }
    lines.push(line);
  }
  return lines.join("\n");
}

export class DocxError extends Error {}

/** Text of a .docx file's bytes; throws DocxError when it is not a Word document. */
export async function docxToText(data: Uint8Array | ArrayBuffer): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError("not a zip archive");
  }
  const doc = zip.file("word/document.xml");
  if (!doc) throw new DocxError("word/document.xml is missing");
  return documentXmlToText(await doc.async("string"));
}
