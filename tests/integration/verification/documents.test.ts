import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { renderToStaticMarkup } from "react-dom/server";
import { apiHandler } from "@/server/api";
import { exportMinutes } from "@/features/documents/export";
import { loadMinutesModel } from "@/features/documents/load";
import { MinutesPrintView } from "@/features/documents/print-view";
import { sealExisting } from "@/features/verification";
import { recordCode } from "@/features/verification/data";
import { actorOf, meetingId, seeded, testDb } from "../../helpers/db";
import { docxParagraphs, pdfText } from "../documents/helpers";

const SCHOOL =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const AUG_DRAFT = "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023";

async function download(id: string, format: "docx" | "pdf") {
  const actor = await actorOf("admin");
  const res = await apiHandler(() => exportMinutes(actor, id, new URLSearchParams({ format })))();
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("the code and QR on the documents of an approved record", () => {
  let school: string;
  let code: string;
  beforeAll(async () => {
    process.env.SBB_PUBLIC_URL = "https://sobienban.example.vn";
    await seeded();
    await sealExisting(testDb());
    school = await meetingId(SCHOOL);
    code = (await recordCode(school))!;
  });

  it("the print page shows the code, the note in Vietnamese and a QR linking to the public page", async () => {
    const model = await loadMinutesModel(await actorOf("admin"), school);
    expect(model.verification).toMatchObject({ code, url: `https://sobienban.example.vn/xac-thuc/${code}` });
    const html = renderToStaticMarkup(MinutesPrintView({ model }));
    expect(html).toContain(`Mã xác thực ${code}: mã do Sổ Biên Bản cấp khi biên bản được thông qua`);
    expect(html).toContain("quét mã QR hoặc nhập mã tại https://sobienban.example.vn/xac-thuc.");
    expect(html).toContain(`href="https://sobienban.example.vn/xac-thuc/${code}"`);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"[^>]*><path d="M\d/);
  });

  it("the DOCX carries the note and the QR image", async () => {
    const zip = await JSZip.loadAsync(await download(school, "docx"));
    const document = await zip.file("word/document.xml")!.async("string");
    const text = docxParagraphs(document).join("\n");
    expect(text).toContain(`Mã xác thực ${code}: mã do Sổ Biên Bản cấp`);
    expect(text).toContain("https://sobienban.example.vn/xac-thuc.");
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0])!.async("nodebuffer");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(document).toContain(`https://sobienban.example.vn/xac-thuc/${code}`); // the image's description
  });

  it("the PDF carries the code and the note", async () => {
    const text = pdfText(await download(school, "pdf")).replace(/\s+/g, " ");
    expect(text).toContain(`Mã xác thực ${code}: mã do Sổ Biên Bản cấp khi biên bản được thông qua`);
    expect(text).toContain("https://sobienban.example.vn/xac-thuc.");
  });

  it("a draft has no code", async () => {
    const draft = await loadMinutesModel(await actorOf("admin"), await meetingId(AUG_DRAFT));
    expect(draft.verification).toBeNull();
    expect(renderToStaticMarkup(MinutesPrintView({ model: draft }))).not.toContain("Mã xác thực");
    const zip = await JSZip.loadAsync(await download(await meetingId(AUG_DRAFT), "docx"));
    expect(Object.keys(zip.files).some((f) => f.startsWith("word/media/"))).toBe(false);
  });
});
