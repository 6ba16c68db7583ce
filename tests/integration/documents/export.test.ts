import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler } from "@/server/api";
import { exportMinutes } from "@/features/documents/export";
import { actorOf, meetingId, seeded } from "../../helpers/db";
import { KHOI_TITLE, SCHOOL_TITLE, docxParagraphs, docxParts, pdfText } from "./helpers";

async function call(actorName: string | null, id: string, query: string) {
  const actor = actorName ? await actorOf(actorName) : null;
  return apiHandler(() => exportMinutes(actor, id, new URLSearchParams(query)))();
}

describe("GET /api/v1/meetings/{id}/export", () => {
  let school: string;
  let khoi: string;
  beforeAll(async () => {
    await seeded();
    school = await meetingId(SCHOOL_TITLE);
    khoi = await meetingId(KHOI_TITLE);
  });

  it("downloads the DOCX with its content type and a Vietnamese RFC 5987 file name", async () => {
    const res = await call("admin", school, "format=docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const cd = res.headers.get("content-disposition") ?? "";
    expect(cd).toBe(
      `attachment; ` +
        `filename="Bien-ban-hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023-va-phuong-huong-thuc-hien-2023-07-26.docx"; ` +
        `filename*=UTF-8''${encodeURIComponent(`Biên bản ${SCHOOL_TITLE}`)}%20%2826-07-2023%29.docx`,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const buffer = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-length")).toBe(String(buffer.length));
    expect(docxParagraphs((await docxParts(buffer)).document)).toContain("Số 12-BB/ĐU");
  });

  it("downloads the PDF, and applies margins given in the query", async () => {
    const res = await call("dangvien", school, "format=pdf&margins=25,25,35,15");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Bien-ban-[a-z0-9-]+\.pdf"; filename\*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20/,
    );
    const buffer = Buffer.from(await res.arrayBuffer());
    expect(pdfText(buffer, { layout: true })).toContain("Hưng Yên, ngày 26 tháng 7 năm 2023");
  });

  it("answers 401 without an actor, 400 naming a bad parameter, 404 out of scope, in the JSON error shape", async () => {
    const anon = await call(null, school, "format=pdf");
    expect(anon.status).toBe(401);
    expect((await anon.json()).error).toMatchObject({
      code: "UNAUTHENTICATED",
      message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
    });

    for (const query of ["", "format=odt", "format=PDF"]) {
      const bad = await call("admin", school, query);
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toEqual({
        code: "VALIDATION",
        message: "Tham số không hợp lệ: format.",
        fields: { format: ["Định dạng phải là docx hoặc pdf."] },
      });
    }
    const badMargins = await call("admin", school, "format=pdf&margins=1,2,3");
    expect(badMargins.status).toBe(400);
    expect(Object.keys((await badMargins.json()).error.fields)).toEqual(["margins"]);

    // the member of Chi bộ Đào tạo reads his own đảng bộ's records, not the Khối's
    const outside = await call("dangvien", khoi, "format=docx");
    expect(outside.status).toBe(404);
    expect((await outside.json()).error.code).toBe("NOT_FOUND");
    const missing = await call("admin", "no-such-meeting", "format=docx");
    expect(missing.status).toBe(404);
  });
});
