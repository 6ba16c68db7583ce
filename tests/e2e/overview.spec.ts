import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

test.describe("the đảng ủy's overview", () => {
  test("admin sees cadence per unit for a quarter, units behind highlighted, with accessible charts", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto("/overview?year=2023&part=q3");
    await expect(page.getByRole("heading", { name: "Tổng quan sinh hoạt các tổ chức Đảng" })).toBeVisible();
    const table = page.getByTestId("cadence-table");
    await expect(table.getByRole("columnheader", { name: "Thường kỳ tháng 7/2023" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Chuyên đề quý III/2023" })).toBeVisible();

    const tchc = table.locator('tr[data-unit="Chi bộ Tổ chức – Hành chính"]');
    await expect(tchc).toHaveAttribute("data-behind", "true");
    await expect(tchc.getByRole("cell").nth(0)).toHaveText("Đã họp");
    await expect(tchc.getByRole("cell").nth(1)).toHaveText("Đã họp (nháp)");
    await expect(tchc.getByRole("cell").nth(2)).toHaveText("Thiếu");
    await expect(tchc).toContainText("biên bản chưa thông qua quá 7 ngày");

    const daoTao = table.locator('tr[data-unit="Chi bộ Đào tạo"]');
    await expect(daoTao).toHaveAttribute("data-behind", "true");
    await expect(daoTao).toContainText("chỉ sinh hoạt chuyên đề");
    await expect(daoTao.getByRole("cell").nth(3)).toHaveText("Đã họp");

    await expect(page.getByRole("img", { name: /Tỷ lệ dự họp theo tháng/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Số cuộc họp của từng tổ chức/ })).toBeVisible();
    await page.getByTestId("attendance-chart").getByText("Xem dạng bảng").click();
    await expect(page.getByTestId("attendance-table").getByRole("row", { name: /tháng 7\/2023/ })).toBeVisible();
  });

  test("the period filter switches to a month", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto("/overview?year=2023&part=q3");
    await page.getByLabel("Kỳ").selectOption("m7");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/part=m7/);
    const table = page.getByTestId("cadence-table");
    await expect(table.getByRole("columnheader", { name: /^Thường kỳ/ })).toHaveCount(1);
    await expect(table.locator('tr[data-unit="Chi bộ Tổ chức – Hành chính"]').getByRole("cell").nth(0)).toHaveText(
      "Đã họp",
    );
  });

  test("downloads the overview as CSV and XLSX with Vietnamese file names", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto("/overview?year=2023&part=q3");
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("Tổng quan sinh hoạt quý III-2023.csv");
    const text = await readFile((await csv.path())!, "utf8");
    expect(text.startsWith("\uFEFFTổ chức Đảng,")).toBe(true);
    expect(text).toContain("Chi bộ Tổ chức – Hành chính");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải XLSX" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("Tổng quan sinh hoạt quý III-2023.xlsx");
    const bytes = await readFile((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("a member or a secretary has no overview", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    const res = await page.goto("/overview");
    expect(res?.status()).toBe(404);
    const api = await page.request.get("/api/v1/overview/export?format=csv&period=2023-Q3");
    expect(api.status()).toBe(404);
  });
});
