import { expect, type Locator, type Page } from "@playwright/test";

/** A search-as-you-type chooser (src/components/combobox.tsx), found by its label. */
export class ComboboxField {
  readonly input: Locator;
  readonly listbox: Locator;

  constructor(
    readonly page: Page,
    readonly label: string,
    scope: Page | Locator = page,
  ) {
    this.input = scope.getByRole("combobox", { name: label, exact: true });
    this.listbox = this.input.locator("xpath=ancestor::div[@data-combobox][1]").getByRole("listbox");
  }

  option(name: string | RegExp) {
    return this.listbox.getByRole("option", { name });
  }

  /** Types a few letters and picks the option by pointer, as most people would. */
  async choose(typed: string, option: string | RegExp) {
    await this.input.fill(typed);
    await this.option(option).click();
    await expect(this.listbox).toBeHidden();
  }
}
