import { expect, type Page } from "@playwright/test";

/** The archive at /archive: search box, filters in the URL, ranked results with snippets. */
export class ArchivePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Tra cứu" })
      .click();
    await expect(this.page.getByRole("heading", { name: "Tra cứu biên bản" })).toBeVisible();
  }

  async search(q: string) {
    await this.page.getByLabel("Từ khóa").fill(q);
    await this.page.getByRole("button", { name: "Tìm", exact: true }).click();
  }

  results() {
    return this.page.getByTestId("archive-results");
  }

  total() {
    return this.page.getByTestId("archive-total");
  }
}
