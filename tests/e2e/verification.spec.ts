import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { TITLES, meetingIdByTitle } from "./helpers";

test("the code on the print page opens the public check, which shows no content to a stranger", async ({
  page,
  browser,
}) => {
  await new LoginPage(page).signInAndWait("dangvien");
  const id = meetingIdByTitle(TITLES.schoolConference);
  await page.goto(`/meetings/${id}/print`);
  const mark = page.getByTestId("verification-mark");
  await expect(mark).toContainText("Mã xác thực");
  await expect(mark).toContainText("quét mã QR hoặc nhập mã tại");
  const href = await mark.getByRole("link").getAttribute("href");
  const code = /\/xac-thuc\/([2-9A-Z]{5}-[2-9A-Z]{5})$/.exec(href ?? "")?.[1];
  expect(code, href ?? "").toBeTruthy();

  // a stranger: no session
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`/xac-thuc/${code}`);
  await expect(stranger).toHaveURL(new RegExp(`/xac-thuc/${code}$`));
  const result = stranger.getByTestId("verify-result");
  await expect(result).toContainText(`Mã ${code} thuộc một biên bản đã thông qua; biên bản còn nguyên vẹn`);
  await expect(result).toContainText("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên");
  await expect(result).toContainText("Hội nghị sơ kết");
  await expect(result).toContainText("26/07/2023");
  await expect(result).toContainText("12-BB/ĐU");
  await expect(stranger.getByTestId("verify-fingerprint")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(result.getByRole("link", { name: "Mở biên bản" })).toHaveCount(0);
  await expect(stranger.locator("body")).not.toContainText("Trần Thanh Liêm");

  // the signed-in reader who may read it gets a link
  await page.goto(`/xac-thuc/${code}`);
  await page.getByTestId("verify-result").getByRole("link", { name: "Mở biên bản" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}$`));
});

test("a typed code is checked; unknown and malformed codes are answered plainly", async ({ page }) => {
  await page.goto("/xac-thuc");
  await expect(page.getByRole("heading", { name: "Xác thực biên bản", level: 1 })).toBeVisible();
  const field = page.getByLabel("Mã xác thực in trên biên bản");
  await field.fill("22222 22222");
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await expect(page.getByTestId("verify-result")).toHaveText("Không có biên bản nào mang mã 22222-22222.");
  await page.getByLabel("Mã xác thực in trên biên bản").fill("O0I1L");
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await expect(page.getByTestId("verify-result")).toContainText("Mã xác thực không đúng dạng");
});

test("the API answers the public check and gives approved records their verification", async ({
  page,
  playwright,
  baseURL,
}) => {
  await new LoginPage(page).signInAndWait("thuky");
  const id = meetingIdByTitle(TITLES.tchcJuly);
  const record = await page.request.get(`/api/v1/meetings/${id}`);
  expect(record.status()).toBe(200);
  const { verification } = await record.json();
  expect(verification).toEqual({
    code: expect.stringMatching(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/),
    fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    chainOk: true,
  });
  const draft = await page.request.get(`/api/v1/meetings/${meetingIdByTitle(TITLES.tchcAugustDraft)}`);
  expect(await draft.json()).not.toHaveProperty("verification");

  // other specs of the run may have amended this record: the public check counts what the record holds
  const amended = await page.request.get(`/api/v1/meetings/${id}/amendments`);
  const amendmentCount = ((await amended.json()).items as unknown[]).length;

  const anonymous = await playwright.request.newContext({ baseURL });
  const found = await anonymous.get(`/api/v1/verify/${verification.code}`);
  expect(found.status()).toBe(200);
  expect(await found.json()).toMatchObject({
    result: "found",
    intact: true,
    unit: "Chi bộ Tổ chức – Hành chính",
    kind: "THUONG_KY",
    approved: true,
    amendments: amendmentCount,
    fingerprint: verification.fingerprint,
    link: null,
  });
  const unknown = await anonymous.get("/api/v1/verify/22222-22222");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({
    result: "unknown",
    message: "Không có biên bản nào mang mã 22222-22222.",
  });
  expect((await anonymous.get("/api/v1/verify/abc")).status()).toBe(400);
});
