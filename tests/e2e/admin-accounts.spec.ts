import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { TITLES } from "./helpers";
import { ComboboxField } from "./pages/combobox";

// Own accounts with unique usernames only: the demo accounts stay as the other specs need them.

test("the admin creates a secretary's account, the user signs in, the admin disables it, the audit log shows it", async ({
  page,
  browser,
}) => {
  const username = `tk${Date.now().toString(36)}`;
  const login = new LoginPage(page);
  await login.signInAndWait("admin");

  // create: linked to a member of Chi bộ Tổ chức – Hành chính, SECRETARY there, generated password
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Tài khoản" })).toBeVisible();
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await page.getByLabel("Tên đăng nhập").fill(username.toUpperCase());
  await new ComboboxField(page, "Liên kết với đảng viên").choose("vu duc", /^Vũ Đức Toàn/);
  await page.getByLabel("Vai trò").selectOption({ label: "Thư ký" });
  await new ComboboxField(page, "Tại tổ chức Đảng").choose("to chuc hanh", /^Chi bộ Tổ chức – Hành chính/);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const created = page.getByTestId("account-created");
  await expect(created).toContainText(`Đã tạo tài khoản ${username}`);
  const password = (await page.getByLabel("Mật khẩu mới").textContent())!.trim();
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

  // the same username again is refused in Vietnamese
  await page.goto("/admin/accounts/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ tên hiển thị").fill("Trùng tên");
  await new ComboboxField(page, "Tại tổ chức Đảng").choose("to chuc hanh", /^Chi bộ Tổ chức – Hành chính/);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText("Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác.")).toBeVisible();
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(username);

  // the new user signs in and works as the chi bộ's secretary
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const userLogin = new LoginPage(userPage);
  await userLogin.signIn(username, password);
  await expect(userPage.getByRole("heading", { name: "Biên bản các cuộc họp" })).toBeVisible();
  await expect(userPage.getByTestId("current-user")).toContainText("Vũ Đức Toàn");
  await expect(userPage.getByTestId("meeting-list")).toContainText(TITLES.tchcAugustDraft);
  await expect(userPage.getByRole("navigation", { name: "Điều hướng chính" })).not.toContainText("Tài khoản");

  // the admin disables the account from its page
  await page.goto("/admin/accounts");
  const row = page.getByTestId(`account-row-${username}`);
  await expect(row).toContainText("Thư ký – Chi bộ Tổ chức – Hành chính");
  await expect(row).toContainText("Vũ Đức Toàn");
  await row.getByRole("link", { name: username }).click();
  await expect(page.getByRole("heading", { name: new RegExp(username) })).toBeVisible();
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByTestId("account-status").first()).toHaveText("Đã khóa");
  await expect(page.getByRole("button", { name: "Mở khóa tài khoản" })).toBeVisible();

  // the user's session has ended, and signing in again is refused
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login/);
  await userLogin.signIn(username, password);
  await expect(userLogin.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await userContext.close();

  // the audit log lists both changes, by the admin, in Vietnamese
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhật ký" }).click();
  await expect(page.getByRole("heading", { name: "Nhật ký thay đổi" })).toBeVisible();
  await page.getByLabel("Thao tác").selectOption({ label: "Tài khoản (mọi thao tác)" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/action=account\./);
  const rows = page.getByTestId("audit-row").filter({ hasText: username });
  await expect(rows.filter({ hasText: "Khóa tài khoản" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Tạo tài khoản" })).toHaveCount(1);
  await expect(rows.first()).toContainText("Quản trị hệ thống");
  await expect(page.getByTestId("audit-table")).not.toContainText(password);
});

test("a member has no account or audit pages", async ({ page }) => {
  await new LoginPage(page).signInAndWait("dangvien");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav).not.toContainText("Tài khoản");
  await expect(nav).not.toContainText("Nhật ký");
  await page.goto("/admin/accounts");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("an account made with a typed password changes it on the own password page", async ({ page, browser }) => {
  const username = `dv${Date.now().toString(36)}`;
  await new LoginPage(page).signInAndWait("admin");
  await page.goto("/admin/accounts/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ tên hiển thị").fill("Đảng viên thử nghiệm");
  await page.getByLabel("Vai trò").selectOption({ label: "Đảng viên" });
  await new ComboboxField(page, "Tại tổ chức Đảng").choose("quan ly", /^Chi bộ Quản lý học sinh, sinh viên/);
  await page.getByLabel("Tạo mật khẩu tự động").uncheck();
  await page.getByLabel(/Mật khẩu ban đầu/).fill("ngan");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText("Mật khẩu phải có ít nhất 10 ký tự.")).toBeVisible();
  // a refused submit keeps what was typed and chosen
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(username);
  await expect(new ComboboxField(page, "Tại tổ chức Đảng").input).toHaveValue("Chi bộ Quản lý học sinh, sinh viên");
  await expect(page.getByLabel("Vai trò")).toHaveValue("MEMBER");
  await page.getByLabel(/Mật khẩu ban đầu/).fill("mat-khau-ban-dau");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByTestId("account-created")).toContainText(username);
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);

  const context = await browser.newContext();
  const userPage = await context.newPage();
  const login = new LoginPage(userPage);
  await login.signIn(username, "mat-khau-ban-dau");
  await expect(userPage.getByRole("heading", { name: "Biên bản các cuộc họp" })).toBeVisible();
  await userPage.getByRole("link", { name: "Đổi mật khẩu" }).click();
  await userPage.getByLabel("Mật khẩu hiện tại").fill("sai-mat-khau-roi");
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-cua-rieng-toi");
  await userPage.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-cua-rieng-toi");
  await userPage.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(userPage.getByText("Mật khẩu hiện tại không đúng.")).toBeVisible();
  await userPage.getByLabel("Mật khẩu hiện tại").fill("mat-khau-ban-dau");
  await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-cua-rieng-toi");
  await userPage.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-cua-rieng-toi");
  await userPage.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(userPage).toHaveURL(/\/login/);
  await expect(userPage.getByTestId("login-notice")).toContainText("Đã đổi mật khẩu");
  await login.signIn(username, "mat-khau-ban-dau");
  await expect(login.error()).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await login.signIn(username, "mat-khau-cua-rieng-toi");
  await expect(userPage.getByRole("heading", { name: "Biên bản các cuộc họp" })).toBeVisible();
  await context.close();
});
