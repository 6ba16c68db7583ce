import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { meetingIdByTitle, TITLES } from "./helpers";

test("a refused amendment keeps the chosen field, the text and the reason; the next submit amends that field", async ({
  page,
}) => {
  await new LoginPage(page).signInAndWait("thuky");
  const id = meetingIdByTitle(TITLES.tchcJuly);
  await page.goto(`/meetings/${id}`);
  const field = page.getByLabel("Mục cần đính chính");
  await field.selectOption({ label: "Địa điểm" });
  await page.getByLabel("Nội dung đúng").fill("Phòng họp số 3, nhà A");
  await page.getByRole("button", { name: "Ghi đính chính" }).click();
  await expect(page.getByTestId("amend-reason-error")).toHaveText("Vui lòng ghi lý do đính chính.");
  // nothing moved: the field is still "Địa điểm" and the typed text is still there
  await expect(field.locator("option:checked")).toHaveText("Địa điểm");
  await expect(page.getByLabel("Nội dung đúng")).toHaveValue("Phòng họp số 3, nhà A");
  await page.getByLabel("Lý do đính chính").fill("Ghi nhầm phòng");
  await page.getByRole("button", { name: "Ghi đính chính" }).click();
  await expect(page.getByTestId("amendments")).toContainText("Ghi nhầm phòng");
  await expect(page.getByTestId("amendments")).toContainText("mục “Địa điểm”");
  await expect(page.getByTestId("amendments")).not.toContainText("Tên cuộc họp");
});

test("a refused new-draft form keeps the chosen unit and kind", async ({ page }) => {
  await new LoginPage(page).signInAndWait("admin");
  await page.goto("/meetings/new");
  const unit = page.getByLabel("Tổ chức Đảng");
  const options = await unit.locator("option").allTextContents();
  const chosen = options[options.length - 1];
  await unit.selectOption({ label: chosen });
  await page.getByLabel("Loại cuộc họp").selectOption({ label: "Sinh hoạt chuyên đề" });
  await page.getByLabel("Thời gian bắt đầu").fill("");
  await page.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(page.getByText("Thời gian bắt đầu không hợp lệ.")).toBeVisible();
  await expect(unit.locator("option:checked")).toHaveText(chosen);
  await expect(page.getByLabel("Loại cuộc họp").locator("option:checked")).toHaveText("Sinh hoạt chuyên đề");
});
