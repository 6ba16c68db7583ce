import { beforeAll, describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/features/documents/pdf";
import type { MinutesDocModel } from "@/features/documents/minutes-model";
import { KHOI_TITLE, SCHOOL_TITLE, demoModel, lines, pdfFonts, pdfText } from "./helpers";

const A4_WIDTH_PT = 595;
const pt = (mm: number) => (mm * 72) / 25.4;

/** The x (points) where the header's left block ends, from the model. */
function columnSplit(model: MinutesDocModel): number {
  const { margins, widthMm } = model.page;
  return Math.round(pt(margins.left + ((widthMm - margins.left - margins.right) * model.header.leftWidthPct) / 100));
}

describe("biên bản as PDF", () => {
  let school: MinutesDocModel;
  let schoolPdf: Buffer;
  let khoiPdf: Buffer;

  beforeAll(async () => {
    school = await demoModel(SCHOOL_TITLE);
    schoolPdf = await renderMinutesPdf(school);
    khoiPdf = await renderMinutesPdf(await demoModel(KHOI_TITLE));
  });

  it("is an A4 PDF", () => {
    expect(schoolPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(schoolPdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });

  it("prints the exact header lines of the school conference (pdftotext -layout)", () => {
    const text = lines(pdfText(schoolPdf, { layout: true }));
    const joined = text.join("\n");
    // first line: the left block's first line and the heading, side by side
    expect(text[0]).toMatch(/^ĐẢNG BỘ TRƯỜNG CAO ĐẲNG\s{2,}ĐẢNG CỘNG SẢN VIỆT NAM$/);
    expect(joined).toMatch(/(^|\s{2})Số 12-BB\/ĐU(\s{2}|$)/m);
    expect(joined).toMatch(/(^|\s{2})Hưng Yên, ngày 26 tháng 7 năm 2023$/m);
    expect(text).toContain("BIÊN BẢN");
    expect(joined).toContain("Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày.");
    expect(joined).toMatch(/THƯ KÝ\s{2,}CHỦ TRÌ/);
    expect(joined).toMatch(/Nguyễn Thị Thu Hà\s{2,}Trần Thanh Liêm/);
  });

  it("stacks the issuing body, the star and the number in the left block", () => {
    // each block alone: crop page 1 at the model's column boundary
    const split = columnSplit(school);
    const left = lines(pdfText(schoolPdf, { crop: [0, 0, split, 160] }));
    expect(left.join(" ")).toBe("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN * Số 12-BB/ĐU");
    const right = lines(pdfText(schoolPdf, { crop: [split, 0, A4_WIDTH_PT - split, 160] }));
    expect(right).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 26 tháng 7 năm 2023"]);
  });

  it("prints the Khối's header with its superior body and date line", () => {
    const text = lines(pdfText(khoiPdf, { layout: true }));
    expect(text[0]).toMatch(/^ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\s{2,}ĐẢNG CỘNG SẢN VIỆT NAM$/);
    const left = lines(pdfText(khoiPdf, { crop: [0, 0, columnSplit(school), 160] }));
    expect(left.join(" ")).toBe("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI ĐẢNG BỘ KHỐI CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG * Số 05-BB/ĐUK");
    expect(text.join("\n")).toMatch(/(^|\s{2})Hà Nội, ngày 27 tháng 4 năm 2018$/m);
  });

  it("keeps every Vietnamese character (no fallback glyphs) in the body text", () => {
    const raw = pdfText(schoolPdf).replace(/\s+/g, " ");
    for (const b of school.body) {
      const t = b.runs
        .map((r) => r.text)
        .join("")
        .replace(/\s+/g, " ");
      expect(raw).toContain(t);
    }
  });

  it("embeds Tinos (subset) and no other font", () => {
    const rows = pdfFonts(schoolPdf).split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+Tinos/);
      // columns: name type encoding emb sub uni
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
    expect(rows.some((r) => /Tinos-Bold\b/.test(r))).toBe(true);
    expect(rows.some((r) => /Tinos-Italic\b/.test(r))).toBe(true);
  });
});
