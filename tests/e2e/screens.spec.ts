// Details every page shares: a favicon (no page logs a 404 for it) and the tab title of a page that
// is not there.
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

test("every page has a favicon and loads without a 404 for anything", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await new LoginPage(page).signInAndWait("dangvien");
  await page.goto("/tasks");
  await page.waitForLoadState("networkidle");
  const icon = page.locator('head link[rel="icon"]').first();
  const href = await icon.getAttribute("href");
  expect(href).toBeTruthy();
  const res = await page.request.get(new URL(href as string, page.url()).toString());
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^image\//);
  // the browser asks for /favicon.ico on its own when a page names none
  expect(missing).toEqual([]);
});

test("a page that is not there, or not for this account, says so in the tab title", async ({ page }) => {
  await new LoginPage(page).signInAndWait("dangvien");
  for (const path of ["/khong-co-trang-nay", "/meetings/khong-co-bien-ban-nay", "/members/khong-co-dang-vien-nay"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page, path).toHaveTitle(/^Không tìm thấy/);
  }
});
