import { expect, type Page } from "@playwright/test";

/** The draft editor at /meetings/{id}/edit. */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** Creates a draft for the secretary's chi bộ through /meetings/new and lands in the editor. */
  async createDraft(startsAt: string, kindLabel = "Sinh hoạt chi bộ thường kỳ") {
    await this.page.goto("/meetings/new");
    await this.page.getByLabel("Loại cuộc họp").selectOption({ label: kindLabel });
    await this.page.getByLabel("Thời gian bắt đầu").fill(startsAt);
    await this.page.getByRole("button", { name: "Tạo bản nháp" }).click();
    await expect(this.page).toHaveURL(/\/meetings\/[a-z0-9]+\/edit$/);
    await expect(this.page.getByRole("heading", { name: "Soạn biên bản" })).toBeVisible();
    return this.id();
  }

  id(): string {
    return /\/meetings\/([a-z0-9]+)\/edit/.exec(this.page.url())![1];
  }

  status() {
    return this.page.getByTestId("save-status");
  }

  async waitSaved() {
    await expect(this.status()).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  }

  place() {
    return this.page.getByTestId("field-place");
  }
}
