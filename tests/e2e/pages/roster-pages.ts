import { expect, type Locator, type Page } from "@playwright/test";

/** The tree editor on /units. */
export class UnitTreePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/units");
    await expect(this.page.getByRole("heading", { name: "Tổ chức Đảng" })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByTestId("unit-tree").locator(`li[data-unit="${name}"]`);
  }

  notice() {
    return this.page.getByTestId("tree-notice");
  }

  async addChild(parent: string, name: string, kind: string) {
    await this.page.getByRole("button", { name: `Thêm tổ chức trực thuộc ${parent}` }).click();
    const form = this.page.getByRole("form", { name: `Thêm tổ chức trực thuộc ${parent}` });
    await form.getByLabel("Tên tổ chức").fill(name);
    await form.getByLabel("Loại tổ chức").selectOption({ label: kind });
    await form.getByRole("button", { name: "Thêm", exact: true }).click();
    await expect(this.notice()).toHaveText("Đã thêm tổ chức Đảng.");
    await expect(this.row(name)).toBeVisible();
  }

  async rename(from: string, to: string) {
    await this.page.getByRole("button", { name: `Đổi tên ${from}` }).click();
    const form = this.page.getByRole("form", { name: `Đổi tên ${from}` });
    await form.getByLabel("Tên mới").fill(to);
    await form.getByRole("button", { name: "Lưu tên" }).click();
    await expect(this.notice()).toHaveText("Đã đổi tên.");
    await expect(this.row(to)).toBeVisible();
  }

  async move(name: string, to: string) {
    await this.page.getByRole("button", { name: `Chuyển ${name}`, exact: true }).click();
    const form = this.page.getByRole("form", { name: `Chuyển ${name}` });
    await form.getByLabel("Chuyển đến (tổ chức cấp trên mới)").selectOption({ label: to });
    await form.getByRole("button", { name: "Chuyển", exact: true }).click();
    await expect(this.notice()).toHaveText("Đã chuyển tổ chức cùng các tổ chức trực thuộc.");
  }

  async close(name: string) {
    await this.page.getByRole("button", { name: `Giải thể ${name}` }).click();
    await this.page
      .getByRole("form", { name: "Xác nhận giải thể" })
      .getByRole("button", { name: "Xác nhận giải thể" })
      .click();
  }
}

/** Upload → preview → confirm on /members/import. */
export class RosterImportPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/members/import");
    await expect(this.page.getByRole("heading", { name: "Nhập danh sách đảng viên" })).toBeVisible();
  }

  async upload(fileName: string, content: string) {
    await this.page
      .getByLabel("Tệp danh sách đảng viên (.csv hoặc .xlsx)")
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
    await this.page.getByRole("button", { name: "Xem trước" }).click();
    await expect(this.page.getByTestId("import-preview")).toBeVisible();
  }

  rowErrors() {
    return this.page.getByTestId("import-row-errors");
  }

  counts() {
    return this.page.getByTestId("import-counts");
  }

  async confirm(count: number) {
    await this.page.getByRole("button", { name: `Xác nhận ghi ${count} đảng viên` }).click();
    await expect(this.page.getByTestId("import-done")).toBeVisible();
  }
}
