import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
  }

  async signIn(username: string, password = "sobienban") {
    await this.goto();
    await this.page.getByLabel("Tên đăng nhập").fill(username);
    await this.page.getByLabel("Mật khẩu").fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập" }).click();
  }

  async signInAndWait(username: string) {
    await this.signIn(username);
    await expect(this.page.getByRole("heading", { name: "Biên bản các cuộc họp" })).toBeVisible();
  }

  error() {
    return this.page.getByTestId("login-error");
  }
}
