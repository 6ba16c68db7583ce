// On a phone: the navigation folds into a menu (button + panel) usable by keyboard and screen
// reader, showing who is signed in; and no page of any demo account scrolls sideways at 360 or 390 px.
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { crawlSite, horizontalOverflow } from "./pages/site-crawl";

test.describe("the menu on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a button opens a panel with the user, the role and every entry; Escape closes it", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    // the header itself fits: nothing of it is cut or scrolls
    expect((await horizontalOverflow(page)).culprits).toEqual([]);

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId("current-user")).toHaveText(/Nguyễn Thị Thu Hà\s*Thư ký/);
    await expect(nav.getByRole("link")).toHaveCount(await nav.getByRole("listitem").count());
    for (const link of await nav.getByRole("link").all()) {
      await expect(link).toBeInViewport();
    }
    await expect(nav.getByRole("link", { name: "Biên bản", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(panel.getByRole("link", { name: "Đổi mật khẩu" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Đăng xuất" })).toBeVisible();

    // Tab moves from the button into the panel; Escape closes it and gives focus back to the button
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // following an entry goes there and folds the menu again
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Việc của tôi" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
    await expect(page.getByRole("heading", { level: 1, name: "Việc của tôi" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
  });

  test("on a wide screen the same navigation is a bar, with no menu button", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await new LoginPage(page).signInAndWait("admin");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport();
    await expect(page.getByTestId("current-user")).toContainText("Quản trị hệ thống");
  });
});

for (const account of ["admin", "thuky", "dangvien"]) {
  test(`no page of ${account} scrolls sideways at 360 and 390 px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 780 });
    await new LoginPage(page).signInAndWait(account);
    const widths = [360, 390];
    const visits = await crawlSite(page, async ({ url }) => {
      const o = await horizontalOverflow(page);
      expect
        .soft(o.scrollWidth, `${url} at 360 px, too wide: ${o.culprits.join("; ")}`)
        .toBeLessThanOrEqual(o.clientWidth);
    });
    expect(visits.length).toBeGreaterThan(8);
    await page.setViewportSize({ width: widths[1], height: 844 });
    for (const { url } of visits) {
      await page.goto(url);
      const o = await horizontalOverflow(page);
      expect
        .soft(o.scrollWidth, `${url} at 390 px, too wide: ${o.culprits.join("; ")}`)
        .toBeLessThanOrEqual(o.clientWidth);
    }
  });
}
