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

test("/units: each đảng bộ totals its subtree; the tree is searched folded and folds by keyboard", async ({ page }) => {
  await new LoginPage(page).signInAndWait("admin");
  await page.goto("/units");
  const tree = page.getByTestId("unit-tree");
  const rows = tree.getByRole("listitem");
  const all = await rows.count();
  const school = tree.locator('[data-unit="Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên"]');
  // the đảng bộ holds no member itself; its total is the sum of its chi bộ (other tests may add people)
  let sum = 0;
  for (const name of ["Chi bộ Tổ chức – Hành chính", "Chi bộ Quản lý học sinh, sinh viên", "Chi bộ Đào tạo"]) {
    const figures = (await tree.locator(`[data-unit="${name}"]`).getByTestId("unit-figures").textContent()) ?? "";
    sum += Number(/(\d+) đảng viên/.exec(figures)?.[1]);
  }
  expect(sum).toBeGreaterThanOrEqual(24);
  await expect(school.getByTestId("unit-figures")).toContainText(
    `0 đảng viên · cả cấp dưới: ${sum} đảng viên, 3 chi bộ`,
  );

  await page.getByLabel("Tìm tổ chức").fill("DAO TAO");
  await expect(rows).toHaveCount(2);
  await expect(rows.last()).toHaveAttribute("data-unit", "Chi bộ Đào tạo");
  await expect(page.getByTestId("tree-count")).toHaveText("1 tổ chức phù hợp.");
  await page.getByLabel("Tìm tổ chức").fill("");
  await expect(rows).toHaveCount(all);

  const toggle = school.getByRole("button", { name: /^Các tổ chức trực thuộc Đảng bộ trường/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(tree.locator('[data-unit="Chi bộ Đào tạo"]')).toHaveCount(0);
  await expect(rows).toHaveCount(all - 3);
  await page.keyboard.press("Space");
  await expect(tree.locator('[data-unit="Chi bộ Đào tạo"]')).toBeVisible();
  await page.getByRole("button", { name: "Thu gọn tất cả" }).click();
  await expect(tree.locator('[data-unit="Chi bộ Đào tạo"]')).toHaveCount(0);
  await expect(school).toBeVisible();
  await page.getByRole("button", { name: "Mở tất cả" }).click();
  await expect(rows).toHaveCount(all);
});
