/**
 * Plain text of a .docx, read with mammoth (a maintained reader) so that headings, list numbering and
 * tables survive: one line per paragraph or heading, numbered list items as "1. …" (nested "a) …"),
 * bullets as "- …", a table row as its cells joined by " | ". A document mammoth cannot read falls back
 * to its paragraphs' text (`documentXmlToText`).
 */
import JSZip from "jszip";
import mammoth from "mammoth";

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
  try {
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data)),
    });
    const text = htmlToText(value);
    if (text.trim()) return text;
  } catch {
    // a package mammoth does not understand: its paragraphs' text still reads
  }
  return documentXmlToText(await doc.async("string"));
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** mammoth's HTML as lines: blocks, numbered and bulleted items, table rows. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let line = "";
  let row: string[] | null = null;
  let cell = "";
  const flush = () => {
    if (row) return;
    const t = line.replace(/[ \t]+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const t = decodeXml(m[4]);
      if (row) cell += t;
      else line += t;
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2];
    if (tag === "br") {
      if (row) cell += " ";
      else flush();
    } else if (tag === "ol" || tag === "ul") {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", n: 0 });
    } else if (tag === "li") {
      flush();
      const list = lists[lists.length - 1];
      if (!closing && list) {
        list.n++;
        const depth = lists.length - 1;
        line = !list.ordered ? "- " : depth === 0 ? `${list.n}. ` : `${LETTERS[(list.n - 1) % 26]}) `;
      }
    } else if (tag === "tr") {
      if (closing && row) {
        const cells = row.map((c) => c.replace(/\s+/g, " ").trim());
        if (cells.some(Boolean)) lines.push(cells.join(" | "));
        row = null;
      } else if (!closing) {
        flush();
        row = [];
      }
    } else if ((tag === "td" || tag === "th") && row) {
      if (closing) row.push(cell);
      cell = "";
    } else if (/^(?:p|h[1-6]|table|div)$/.test(tag)) {
      if (row) cell += closing && tag === "p" ? " " : "";
      else if (closing || !/^(?:\d+\. |[a-z]\) |- )$/.test(line)) flush();
    }
  }
  flush();
  return lines.join("\n");
}
