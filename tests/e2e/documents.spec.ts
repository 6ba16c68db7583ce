import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { meetingIdByTitle, TITLES } from "./helpers";

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sbb-print-"));
  const file = path.join(dir, "page.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

test("the record prints from the browser in the Party's format", async ({ page }) => {
  await new LoginPage(page).signInAndWait("dangvien");
  await page
    .getByTestId("meeting-list")
    .getByRole("link", { name: /Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023/ })
    .click();
  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(/\/print/);
  await page.emulateMedia({ media: "print" });
  const text = pdfText(await page.pdf({ format: "A4", printBackground: true }));
  expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  expect(text).toContain("Hưng Yên, ngày 26 tháng 7 năm 2023");
  expect(text).toContain("Số 12-BB/ĐU");
  expect(text).toContain("BIÊN BẢN");
  expect(text).toContain("Trần Thanh Liêm");
});

test("DOCX and PDF downloads carry Vietnamese file names and obey the policy", async ({
  page,
  playwright,
  baseURL,
}) => {
  await new LoginPage(page).signInAndWait("dangvien");
  await page
    .getByTestId("meeting-list")
    .getByRole("link", { name: /Sinh hoạt chuyên đề quý III/ })
    .click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  const id = /\/meetings\/([a-z0-9]+)/.exec(page.url())![1];
  const docx = await page.request.get(`/api/v1/meetings/${id}/export?format=docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  expect(docx.headers()["content-disposition"]).toMatch(/filename\*=UTF-8''/);
  const pdf = await page.request.get(`/api/v1/meetings/${id}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdfText(await pdf.body())).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  const bad = await page.request.get(`/api/v1/meetings/${id}/export?format=odt`);
  expect(bad.status()).toBe(400);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/v1/meetings/${id}/export?format=pdf`)).status()).toBe(401);
});

test("a bulletin is written from an approved record, published, and read without signing in", async ({
  page,
  browser,
}) => {
  await new LoginPage(page).signInAndWait("thuky");
  await page
    .getByTestId("meeting-list")
    .getByRole("link", { name: new RegExp(TITLES.tchcJuly) })
    .click();
  await page.getByRole("link", { name: "Bản tin" }).click();
  await page.getByRole("button", { name: "Viết bản tin từ biên bản" }).click();
  const editor = page.getByTestId("bulletin-editor");
  await expect(editor).toContainText("Bản nháp: chưa công khai");
  await editor.getByLabel("Tiêu đề").fill("Chi bộ Tổ chức – Hành chính sinh hoạt thường kỳ tháng 7");
  await editor.getByRole("button", { name: "Lưu bản tin" }).click();
  await expect(page.getByTestId("bulletin-status")).toHaveText("Đã lưu bản tin.");

  // not public before publishing
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  await anon.goto("/ban-tin");
  await expect(anon.getByTestId("bulletin-list")).not.toContainText("sinh hoạt thường kỳ tháng 7");

  await editor.getByRole("button", { name: "Đăng công khai" }).click();
  await expect(page.getByTestId("bulletin-status")).toHaveText("Đã đăng bản tin.");
  await anon.goto("/ban-tin");
  await anon.getByRole("link", { name: "Chi bộ Tổ chức – Hành chính sinh hoạt thường kỳ tháng 7" }).click();
  await expect(anon.getByTestId("bulletin")).toContainText(
    "Chiều ngày 5/7/2023, Chi bộ Tổ chức – Hành chính tổ chức sinh hoạt chi bộ thường kỳ tháng 7 năm 2023.",
  );
  await expect(anon.getByTestId("bulletin-meta")).toContainText("Lượt xem: 1");
  await anon.reload();
  await expect(anon.getByTestId("bulletin-meta")).toContainText("Lượt xem: 2");
  await visitor.close();
});

test("an amendment reaches the print page: ĐÍNH CHÍNH after the adopted text, and the consolidated reading", async ({
  page,
}) => {
  await new LoginPage(page).signInAndWait("admin");
  await page.goto(`/meetings/${meetingIdByTitle(TITLES.daoTao)}`);
  await page.getByLabel("Mục cần đính chính").selectOption({ label: "Địa điểm" });
  const adoptedPlace = await page.getByLabel("Nội dung đúng").inputValue();
  await page.getByLabel("Nội dung đúng").fill("Phòng họp số 5, nhà B");
  await page.getByLabel("Lý do đính chính").fill("Ghi nhầm phòng họp");
  await page.getByRole("button", { name: "Ghi đính chính" }).click();
  await expect(page.getByTestId("amendments")).toContainText("Ghi nhầm phòng họp");

  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(/\/print$/);
  const corrections = page.getByTestId("corrections");
  await expect(corrections).toContainText("ĐÍNH CHÍNH");
  await expect(corrections).toContainText("đính chính mục “Địa điểm”");
  await expect(corrections).toContainText("Nay sửa lại: “Phòng họp số 5, nhà B”.");
  await expect(corrections).toContainText("Lý do: Ghi nhầm phòng họp.");
  await page.emulateMedia({ media: "print" });
  const printed = pdfText(await page.pdf({ format: "A4", printBackground: true }));
  expect(printed).toContain("ĐÍNH CHÍNH");
  expect(printed).toContain("Ghi nhầm phòng họp");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Bản hợp nhất đính chính" }).click();
  await expect(page).toHaveURL(/reading=current/);
  await expect(page.locator("ins[data-amended]").first()).toHaveText("Phòng họp số 5, nhà B");
  await expect(page.getByRole("article")).toContainText("Phòng họp số 5, nhà B (đính chính số 1)");
  await expect(page.getByRole("link", { name: "Tải PDF" })).toHaveAttribute("href", /reading=current/);
  expect(adoptedPlace).not.toBe("Phòng họp số 5, nhà B");
  await page.getByRole("link", { name: "Nguyên văn đã thông qua" }).click();
  await expect(page.getByRole("article")).toContainText(`tại ${adoptedPlace}`);
});
