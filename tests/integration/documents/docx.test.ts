import { beforeAll, describe, expect, it } from "vitest";
import { renderMinutesDocx } from "@/features/documents/docx";
import type { MinutesDocModel } from "@/features/documents/minutes-model";
import { CHI_BO_TITLE, KHOI_TITLE, SCHOOL_TITLE, demoModel, docxParagraphs, docxParts } from "./helpers";

describe("biên bản as DOCX", () => {
  let school: MinutesDocModel;
  let khoi: MinutesDocModel;
  let schoolXml: string;
  let schoolParagraphs: string[];

  beforeAll(async () => {
    school = await demoModel(SCHOOL_TITLE);
    khoi = await demoModel(KHOI_TITLE);
    const parts = await docxParts(await renderMinutesDocx(school));
    schoolXml = parts.document;
    schoolParagraphs = docxParagraphs(schoolXml);
  });

  it("writes the exact HD 36 header lines of the school conference", () => {
    expect(schoolParagraphs).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(schoolParagraphs).toContain("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN");
    expect(schoolParagraphs).toContain("*");
    expect(schoolParagraphs).toContain("Số 12-BB/ĐU");
    expect(schoolParagraphs).toContain("Hưng Yên, ngày 26 tháng 7 năm 2023");
    expect(schoolParagraphs).toContain("BIÊN BẢN");
    expect(schoolParagraphs).toContain(
      "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm 2023",
    );
    // header order: issuer, star, number on the left; heading then date on the right
    const at = (s: string) => schoolParagraphs.indexOf(s);
    expect(at("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN")).toBeLessThan(at("*"));
    expect(at("*")).toBeLessThan(at("Số 12-BB/ĐU"));
    expect(at("ĐẢNG CỘNG SẢN VIỆT NAM")).toBeLessThan(at("Hưng Yên, ngày 26 tháng 7 năm 2023"));
    expect(at("Hưng Yên, ngày 26 tháng 7 năm 2023")).toBeLessThan(at("BIÊN BẢN"));
  });

  it("writes the Khối's header with its superior body and date line", async () => {
    const paragraphs = docxParagraphs((await docxParts(await renderMinutesDocx(khoi))).document);
    expect(paragraphs).toContain("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
    expect(paragraphs).toContain("ĐẢNG BỘ KHỐI CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG");
    expect(paragraphs).toContain("Số 05-BB/ĐUK");
    expect(paragraphs).toContain("Hà Nội, ngày 27 tháng 4 năm 2018");
    expect(paragraphs).toContain("- Đồng chí Nguyễn Văn Phong, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy.");
    expect(paragraphs).toContain("Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày.");
  });

  it("writes the body in order with the computed counts, vote and closing time, and the two signatures", () => {
    const p = schoolParagraphs;
    expect(p).toContain(
      "Vào hồi 8 giờ 00 ngày 26 tháng 7 năm 2023, tại Hội trường trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu " +
        "Hưng Yên, Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên tiến hành Hội nghị sơ kết công " +
        "tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023.",
    );
    expect(p).toContain("- Có mặt: 22/24 đồng chí (chính thức: 19; dự bị: 3).");
    expect(p).toContain(
      "Vắng có lý do: đồng chí Bùi Văn Khánh (đảng viên miễn sinh hoạt); đồng chí Mai Xuân Trường (đi học tập trung).",
    );
    expect(p.some((x) => x.startsWith("- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"))).toBe(true);
    expect(p).toContain("- Thông qua: 19/19 đảng viên chính thức có quyền biểu quyết tán thành (100%), quá một nửa.");
    const closing = p.indexOf("Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày.");
    const secretary = p.indexOf("THƯ KÝ");
    const chair = p.indexOf("CHỦ TRÌ");
    expect(closing).toBeGreaterThan(p.indexOf("III. KẾT LUẬN VÀ BIỂU QUYẾT"));
    expect(secretary).toBeGreaterThan(closing);
    expect(chair).toBeGreaterThan(secretary);
    expect(p.slice(secretary)).toEqual(expect.arrayContaining(["Nguyễn Thị Thu Hà", "Trần Thanh Liêm"]));
    expect(p.indexOf("Nguyễn Thị Thu Hà", secretary)).toBeLessThan(p.indexOf("CHỦ TRÌ"));
  });

  it("is an editable A4 document in Times New Roman with the model's margins and a borderless header table", async () => {
    expect(schoolXml).toContain('w:ascii="Times New Roman"');
    expect(schoolXml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    // A4 = 11906 × 16838 twips; margins 20/20/30/15 mm
    expect(schoolXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(schoolXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(schoolXml).toMatch(/<w:tblBorders>[\s\S]*?<w:top w:val="none"/);
    expect(schoolXml).not.toContain("w:documentProtection");
    // the rule under the heading is a bottom border on the heading's paragraph
    expect(schoolXml).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>[\s\S]{0,1200}ĐẢNG CỘNG SẢN VIỆT NAM/);
    const wide = await docxParts(
      await renderMinutesDocx({
        ...school,
        page: { ...school.page, margins: { top: 25, bottom: 25, left: 35, right: 15 } },
      }),
    );
    expect(wide.document).toMatch(/<w:pgMar w:top="1417" w:right="850" w:bottom="1417" w:left="1984"/);
    const core = await wide.read("docProps/core.xml");
    expect(core).toContain(`<dc:title>Biên bản ${SCHOOL_TITLE}</dc:title>`);
  });

  it("leaves the number blank for a chi bộ meeting without one, under the superior đảng bộ", async () => {
    const model = await demoModel(CHI_BO_TITLE);
    const paragraphs = docxParagraphs((await docxParts(await renderMinutesDocx(model))).document);
    expect(paragraphs).toContain("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN");
    expect(paragraphs).toContain("CHI BỘ TỔ CHỨC – HÀNH CHÍNH");
    expect(paragraphs).toContain("Số \u00a0\u00a0\u00a0\u00a0-BB/CB");
    expect(paragraphs).toContain("Xếp loại chất lượng buổi sinh hoạt: Tốt.");
  });
});
