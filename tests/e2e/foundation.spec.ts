import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { meetingIdByTitle, TITLES } from "./helpers";

test.describe("sign-in", () => {
  test("the page speaks Vietnamese and rejects a wrong password with a Vietnamese message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await login.signIn("dangvien", "sai-mat-khau");
    await expect(login.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a page of the app sends a signed-out visitor to the sign-in page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  });

  test("scripts sign in through /api/auth/callback/credentials with username and password", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, username: "thuky", password: "sobienban", json: "true" },
    });
    expect(res.ok()).toBe(true);
    const session = await (await request.get("/api/auth/session")).json();
    expect(session.user.name).toBe("Nguyễn Thị Thu Hà");
    const home = await request.get("/");
    expect(await home.text()).toContain(TITLES.tchcAugustDraft);
  });
});

test.describe("what each demo account sees", () => {
  test("member reads the records of the own chi bộ and the đảng bộ, not a sibling's", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    // other specs add records to the shared e2e database, but none in this member's scope
    const list = page.getByTestId("meeting-list");
    await expect(list.getByRole("link")).toHaveCount(2);
    await expect(list).toContainText(TITLES.daoTao);
    await expect(list).not.toContainText(TITLES.tchcJuly);

    await list.getByRole("link", { name: /Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023/ }).click();
    const record = page.getByTestId("meeting-record");
    await expect(record).toContainText("BIÊN BẢN");
    await expect(record).toContainText("Đào Hồng Ngọc");
    await expect(record).toContainText("Chỉ thị số 05-CT/TW");
    await expect(page.getByTestId("attendance-summary")).toContainText("Tổng số đảng viên: 24");
    await expect(page.getByTestId("resolution")).toContainText("Thông qua: 19/19");

    // A sibling chi bộ's record, typed into the address bar, is simply not there.
    await page.goto(`/meetings/${meetingIdByTitle(TITLES.tchcJuly)}`);
    await expect(page.getByTestId("not-found")).toContainText("Không tìm thấy biên bản");
    await expect(page.getByText(TITLES.tchcJuly)).toHaveCount(0);

    // Navigation by role: a member has no management entries.
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toContainText("Đảng viên");
  });

  test("secretary sees the own chi bộ's draft", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    const list = page.getByTestId("meeting-list");
    await expect(list).toContainText(TITLES.tchcJuly);
    await expect(list).toContainText(TITLES.schoolConference);
    await expect(list).not.toContainText(TITLES.daoTao);
    await expect(list).not.toContainText(TITLES.khoiConference);
    await list.getByRole("link", { name: new RegExp(TITLES.tchcAugustDraft) }).click();
    await expect(page.getByTestId("meeting-status")).toHaveText("Bản nháp");
  });

  test("admin sees both trees and every record", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    const list = page.getByTestId("meeting-list");
    for (const title of Object.values(TITLES)) await expect(list).toContainText(title);
    await page.getByRole("link", { name: "Tổ chức Đảng" }).click();
    const tree = page.getByTestId("unit-tree");
    await expect(tree).toContainText("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên");
    await expect(tree).toContainText("Đảng bộ Khối các trường Đại học, Cao đẳng");
    await expect(tree.getByRole("listitem")).toHaveCount(6);
  });

  test("sign-out ends the session", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("responsive", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the record and the navigation fit a phone screen", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    // the navigation waits behind the menu button (tests/e2e/phone.spec.ts)
    await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
    await page.getByTestId("meeting-list").getByRole("link").first().click();
    await expect(page.getByTestId("meeting-record")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: ".reports/screens/meeting-phone.png", fullPage: false });
  });
});
