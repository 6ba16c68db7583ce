// The one search-as-you-type chooser (WAI-ARIA combobox with a listbox), by keyboard, on the
// archive's person filter; and its lookup routes as a signed-in browser calls them.
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ComboboxField } from "./pages/combobox";
import { TITLES } from "./helpers";
import { EditorPage } from "./pages/editor-page";

const PERSON = "Người dự họp, báo cáo hoặc phát biểu";

test.describe("the chooser by keyboard", () => {
  test("type folded, move with the arrows, Home/End, choose with Enter, submit with Enter", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto("/archive");
    // the page no longer carries the roster: a name appears only when looked up
    expect(await page.content()).not.toContain("Nguyễn Văn Quyết");
    const person = new ComboboxField(page, PERSON);
    await expect(person.input).toHaveAttribute("aria-expanded", "false");
    await expect(person.input).toHaveAttribute("aria-autocomplete", "list");

    await person.input.focus();
    await page.keyboard.type("NGUYEN");
    await expect(person.input).toHaveAttribute("aria-expanded", "true");
    await expect(person.listbox).toBeVisible();
    await expect(person.option(/^Nguyễn Văn Quyết/)).toBeVisible();
    // the number of results is announced politely
    const live = page.locator(`#${await person.input.getAttribute("id")}-status`);
    await expect(live).toHaveAttribute("aria-live", "polite");
    await expect(live).toHaveText(/^\d+ kết quả\.$/);
    const count = await person.listbox.getByRole("option").count();
    expect(count).toBeGreaterThan(1);

    // ↓ moves to the first option, ↑ from the first wraps to the last, Home and End jump
    await page.keyboard.press("ArrowDown");
    const first = person.listbox.getByRole("option").first();
    const last = person.listbox.getByRole("option").last();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(person.input).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
    await page.keyboard.press("ArrowUp");
    await expect(last).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Home");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("End");
    await expect(last).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");

    // Escape closes and keeps the typing out; a second Escape empties the field
    await page.keyboard.press("Escape");
    await expect(person.listbox).toBeHidden();
    await expect(person.input).toHaveAttribute("aria-expanded", "false");
    await expect(person.input).toHaveValue("");

    // narrow down, choose with Enter: the field shows the name, the list closes, the form does not submit
    await page.keyboard.type("van quy");
    await expect(person.listbox.getByRole("option")).toHaveCount(1);
    await expect(live).toHaveText("1 kết quả.");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(person.input).toHaveValue("Nguyễn Văn Quyết");
    await expect(person.listbox).toBeHidden();
    await expect(page).toHaveURL(/\/archive$/);
    // Enter on the closed chooser submits the filters; the choice lives in the URL
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/person=/);
    await expect(
      page.getByTestId("archive-results").getByRole("link", { name: TITLES.daoTao, exact: true }),
    ).toBeVisible();
    await expect(person.input).toHaveValue("Nguyễn Văn Quyết");

    // Tab leaves without choosing what was typed: the field shows the choice again
    await person.input.fill("tran thi");
    await expect(person.listbox).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(person.listbox).toBeHidden();
    await expect(person.input).toHaveValue("Nguyễn Văn Quyết");
    // Escape on the closed chooser clears the choice
    await person.input.focus();
    await page.keyboard.press("Escape");
    await expect(person.input).toHaveValue("");
  });

  test("Alt+↓ opens the whole list; nothing outside the reader's scope is offered", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    await page.goto("/archive");
    const person = new ComboboxField(page, PERSON);
    await person.input.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await expect(person.listbox).toBeVisible();
    await expect(person.option(/^Phạm Văn Hùng/)).toBeVisible();
    await expect(person.input).not.toHaveAttribute("aria-activedescendant");
    await expect(person.listbox).not.toContainText("Lê Văn Thắng");
    await page.keyboard.type("le van thang");
    await expect(person.listbox.locator("xpath=..")).toContainText("Không tìm thấy kết quả cho “le van thang”.");
    await expect(person.listbox.getByRole("option")).toHaveCount(0);

    const unit = new ComboboxField(page, "Tổ chức Đảng (kể cả cấp dưới)");
    await unit.input.fill("chi bo");
    await expect(unit.option(/^Chi bộ Đào tạo/)).toBeVisible();
    await expect(unit.listbox.getByRole("option")).toHaveCount(1);
  });

  test("the lookup routes answer the browser's session: contract, 400 and scope", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    const ok = await page.request.get("/api/v1/lookup/members?q=pham%20van");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["cache-control"]).toContain("no-store");
    const body = await ok.json();
    expect(body).toMatchObject({
      total: 1,
      limit: 20,
      items: [{ label: "Phạm Văn Hùng", detail: expect.any(String) }],
    });
    const outside = await (await page.request.get("/api/v1/lookup/members?q=le%20van%20thang")).json();
    expect(outside).toEqual({ items: [], total: 0, limit: 20 });
    const bad = await page.request.get("/api/v1/lookup/units?limit=0&for=nowhere");
    expect(bad.status()).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["for", "limit"]);
    const directives = await (await page.request.get("/api/v1/lookup/directives?q=ct05")).json();
    expect(directives.items[0].label).toBe("Chỉ thị số 05-CT/TW ngày 15/5/2016");
    await page.context().clearCookies();
    expect((await page.request.get("/api/v1/lookup/members")).status()).toBe(401);
  });
});

test.describe("the choosers of the editor", () => {
  test("chair, secretary, presenter, speaker and unit, task owner, attendance, document: all typed, none listed in the page", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("thuky");
    const editor = new EditorPage(page);
    await editor.createDraft("2031-10-03T08:00");
    // the page carries neither the registry nor the people of other units: they are looked up
    const html = await page.content();
    expect(html).not.toContain("50-CT/TW");
    expect(html).not.toContain("Đặng Quang Mến");

    await new ComboboxField(page, "Chủ trì").choose("le van th", /^Lê Văn Thắng/);
    const secretary = new ComboboxField(page, "Thư ký");
    await secretary.input.fill("Trần Khách Mời");
    await secretary.option("Người khác: “Trần Khách Mời” (nhập tay)").click();
    await expect(secretary.input).toHaveValue("Trần Khách Mời");
    await page.getByLabel("Thư ký: chức vụ").fill("Chuyên viên Văn phòng Đảng ủy");

    await page.getByRole("button", { name: "+ Thêm báo cáo" }).click();
    await page.getByLabel("Tên báo cáo").fill("Báo cáo công tác tháng 9");
    await new ComboboxField(page, "Người trình bày").choose("thu ha", /^Nguyễn Thị Thu Hà/);
    await page.getByRole("button", { name: "+ Thêm phát biểu" }).click();
    await new ComboboxField(page, "Người phát biểu").choose("pham thi lan", /^Phạm Thị Lan/);
    const unit = new ComboboxField(page, "hoặc đơn vị");
    await unit.input.fill("to chuc");
    await expect(unit.listbox).not.toContainText("Chi bộ Đào tạo");
    await unit.option(/^Chi bộ Tổ chức – Hành chính/).click();
    await page.getByRole("button", { name: "+ Thêm nhiệm vụ" }).click();
    await page.getByLabel("Nhiệm vụ", { exact: true }).fill("Rà soát hồ sơ đảng viên");
    const owner = new ComboboxField(page, "Người thực hiện");
    await owner.input.fill("hoang minh");
    await owner.option(/^Hoàng Minh Tuấn/).click();

    // attendance: a member taken off the list comes back by typing; one already listed is not added twice
    await page.getByRole("button", { name: "Bỏ Hoàng Minh Tuấn khỏi danh sách" }).click();
    await expect(page.getByLabel("Tình trạng của Hoàng Minh Tuấn")).toHaveCount(0);
    const add = new ComboboxField(page, "Thêm đảng viên");
    await add.choose("le van th", /^Lê Văn Thắng/);
    await expect(page.getByRole("button", { name: "Thêm", exact: true }).first()).toBeDisabled();
    await add.choose("hoang minh", /^Hoàng Minh Tuấn/);
    await page.getByRole("button", { name: "Thêm", exact: true }).first().click();
    await expect(page.getByLabel("Tình trạng của Hoàng Minh Tuấn")).toBeVisible();

    // a document of the registry, found by its reference
    await new ComboboxField(page, "Chọn từ danh mục").choose("50-ct", /^Chỉ thị số 50-CT\/TW/);
    await page.getByRole("button", { name: "Thêm", exact: true }).last().click();
    await expect(page.getByTestId("directive-row")).toContainText("Chỉ thị số 50-CT/TW");
    await editor.waitSaved();

    await page.reload();
    await expect(new ComboboxField(page, "Chủ trì").input).toHaveValue("Lê Văn Thắng");
    await expect(new ComboboxField(page, "Thư ký").input).toHaveValue("Trần Khách Mời");
    await expect(page.getByLabel("Thư ký: chức vụ")).toHaveValue("Chuyên viên Văn phòng Đảng ủy");
    await expect(new ComboboxField(page, "Người trình bày").input).toHaveValue("Nguyễn Thị Thu Hà");
    await expect(new ComboboxField(page, "Người phát biểu").input).toHaveValue("Phạm Thị Lan");
    await expect(new ComboboxField(page, "hoặc đơn vị").input).toHaveValue("Chi bộ Tổ chức – Hành chính");
    await expect(new ComboboxField(page, "Người thực hiện").input).toHaveValue("Hoàng Minh Tuấn");
    await expect(page.getByLabel("Tình trạng của Hoàng Minh Tuấn")).toBeVisible();
    await expect(page.getByTestId("directive-row")).toContainText("Chỉ thị số 50-CT/TW");
  });
});
