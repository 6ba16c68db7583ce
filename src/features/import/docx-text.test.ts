import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { DocxError, documentXmlToText, docxToText } from "./docx-text";
import { extractMeeting } from "./parse";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (...runs: string[]) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;

async function makeDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("docx text", () => {
  it("turns paragraphs into lines, joining runs and decoding entities", () => {
    const tabAndBreak = "<w:p><w:r><w:t>x</w:t><w:tab/><w:t>y</w:t><w:br/><w:t>z</w:t></w:r></w:p>";
    const xml =
      `<w:document ${W}><w:body>${para("BIÊN ", "BẢN")}<w:p/>${para("A &amp; B &lt;1&gt;")}${tabAndBreak}` +
      "</w:body></w:document>";
    expect(documentXmlToText(xml)).toBe("BIÊN BẢN\n\nA & B <1>\nx\ty\nz");
  });

  it("reads a .docx and feeds the extractor", async () => {
    const bytes = await makeDocx(
      para("Sáng 12/4/2024, Chi bộ Phòng Đào tạo tổ chức sinh hoạt chuyên đề.") +
        para("Đồng chí Võ Thị Thu – Bí thư Chi bộ ", "trình bày báo cáo chuyên đề “Nêu gương trong công việc”."),
    );
    const e = extractMeeting(await docxToText(bytes));
    expect(e.date).toBe("2024-04-12");
    expect(e.people).toEqual([{ name: "Võ Thị Thu", titles: ["Bí thư Chi bộ"] }]);
    expect(e.reports).toEqual([{ title: "Nêu gương trong công việc", presenter: "Võ Thị Thu" }]);
  });

  it("rejects files that are not Word documents", async () => {
    await expect(docxToText(new TextEncoder().encode("không phải zip"))).rejects.toBeInstanceOf(DocxError);
    const zip = new JSZip();
    zip.file("a.txt", "x");
    await expect(docxToText(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(/document\.xml/);
  });
});
