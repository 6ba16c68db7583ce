// Amendments reach the documents: the text as adopted, then "ĐÍNH CHÍNH" (date, who, field, old → new,
// reason); `reading=current` gives the consolidated reading with the amended passages marked.
import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler } from "@/server/api";
import { exportMinutes } from "@/features/documents/export";
import { amendMeeting } from "@/features/meetings/mutations";
import { actorOf, meetingId, resetToDemo } from "../../helpers/db";
import { CHI_BO_TITLE, docxParagraphs, docxParts, lines, pdfText } from "./helpers";

const NEW_PLACE = "Phòng họp tầng 3, nhà hiệu bộ";

async function call(id: string, query: string) {
  const actor = await actorOf("thuky");
  return apiHandler(() => exportMinutes(actor, id, new URLSearchParams(query)))();
}

async function docx(id: string, query = "") {
  const res = await call(id, `format=docx${query}`);
  expect(res.status).toBe(200);
  const { document } = await docxParts(Buffer.from(await res.arrayBuffer()));
  return { xml: document, paragraphs: docxParagraphs(document) };
}

async function pdf(id: string, query = "") {
  const res = await call(id, `format=pdf${query}`);
  expect(res.status).toBe(200);
  return lines(pdfText(Buffer.from(await res.arrayBuffer()))).join(" ");
}

let id = "";
let oldPlace = "";

beforeAll(async () => {
  await resetToDemo();
  id = await meetingId(CHI_BO_TITLE);
  const thuky = await actorOf("thuky");
  const { getMeeting } = await import("@/features/meetings/data");
  oldPlace = (await getMeeting(thuky, id))!.place;
  await amendMeeting(thuky, id, { field: "place", newValue: NEW_PLACE, reason: "Ghi nhầm tầng" });
  await amendMeeting(thuky, id, {
    field: "resolutions.0.title",
    newValue: "Thông qua nhiệm vụ tháng 7 năm 2023 của Chi bộ",
    reason: "Ghi thiếu chủ thể",
  });
});

describe("an amended record as DOCX", () => {
  it("keeps the text as adopted and lists each amendment under ĐÍNH CHÍNH after the signatures", async () => {
    const { paragraphs: p } = await docx(id);
    expect(oldPlace).not.toBe(NEW_PLACE);
    expect(p.find((x) => x.startsWith("Vào hồi"))).toContain(`tại ${oldPlace}`);
    const heading = p.indexOf("ĐÍNH CHÍNH");
    expect(heading).toBeGreaterThan(p.indexOf("CHỦ TRÌ"));
    const section = p.slice(heading);
    expect(section[1]).toMatch(
      /^1\. Ngày \d{2}\/\d{2}\/\d{4} \(.+\), đồng chí Nguyễn Thị Thu Hà đính chính mục “Địa điểm”:$/,
    );
    expect(section[2]).toBe(`- Nội dung đã ghi: “${oldPlace}”.`);
    expect(section[3]).toBe(`- Nay sửa lại: “${NEW_PLACE}”.`);
    expect(section[4]).toBe("- Lý do: Ghi nhầm tầng.");
    expect(section[5]).toMatch(/^2\. .*đính chính mục “Nghị quyết 1”:$/);
    expect(section[7]).toBe("- Nay sửa lại: “Thông qua nhiệm vụ tháng 7 năm 2023 của Chi bộ”.");
    expect(section[8]).toBe("- Lý do: Ghi thiếu chủ thể.");
  });

  it("gives the consolidated reading with reading=current, amended passages underlined and numbered", async () => {
    const { xml, paragraphs: p } = await docx(id, "&reading=current");
    expect(p.find((x) => x.startsWith("Vào hồi"))).toContain(`tại ${NEW_PLACE} (đính chính số 1),`);
    expect(p.some((x) => x.startsWith("(Bản hợp nhất các đính chính đến ngày"))).toBe(true);
    expect(p.some((x) => x.includes("Thông qua nhiệm vụ tháng 7 năm 2023 của Chi bộ (đính chính số 2)"))).toBe(true);
    // the amended place is an underlined run of its own
    const run = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes(`>${NEW_PLACE}<`));
    expect(run?.[1]).toMatch(/<w:u w:val="single"\/>/);
    expect(p).toContain("ĐÍNH CHÍNH");
    expect(xml).not.toMatch(/[\uE000-\uE002]/);
  });

  it("refuses an unknown reading", async () => {
    const res = await call(id, "format=docx&reading=draft");
    expect(res.status).toBe(400);
  });
});

describe("an amended record as PDF", () => {
  it("prints ĐÍNH CHÍNH after the adopted text, and the consolidated reading with reading=current", async () => {
    const adopted = await pdf(id);
    expect(adopted).toContain("ĐÍNH CHÍNH");
    expect(adopted).toContain(`Nay sửa lại: “${NEW_PLACE}”.`);
    expect(adopted).toContain("Lý do: Ghi nhầm tầng.");
    expect(adopted.indexOf("ĐÍNH CHÍNH")).toBeGreaterThan(adopted.indexOf("CHỦ TRÌ"));
    const current = await pdf(id, "&reading=current");
    expect(current).toContain(`${NEW_PLACE} (đính chính số 1)`);
    expect(current).toContain("Bản hợp nhất các đính chính");
  });
});
