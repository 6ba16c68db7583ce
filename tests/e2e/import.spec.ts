import { expect, test } from "@playwright/test";
import { ownText } from "../helpers/texts";
import { LoginPage } from "./pages/login-page";

test("an admin imports a bulletin into a marked draft", async ({ page }) => {
  await new LoginPage(page).signInAndWait("admin");
  await page.goto("/meetings/import");
  await page
    .getByLabel("Tổ chức Đảng")
    .selectOption({ label: "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên" });
  await page.getByLabel("Dán nội dung văn bản (biên bản cũ, bản tin…)").fill(ownText("import/school-mid-year.txt"));
  await page.getByRole("button", { name: "Đọc văn bản" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Trần Thanh Liêm – Bí thư Đảng ủy – Hiệu trưởng nhà trường");
  await expect(preview).toContainText("khớp đảng viên");
  await expect(page.getByTestId("import-directives")).toContainText("có trong danh mục");

  await preview.getByRole("button", { name: /Tạo bản nháp/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+\/edit/);
  // the editor opens prefilled, with what came from the text marked
  await expect(page.getByTestId("editor-imported-banner")).toBeVisible();
  await expect(page.getByTestId("imported-mark").first()).toBeVisible();
  await expect(page.getByTestId("field-title")).toHaveValue(
    "HỘI NGHỊ SƠ KẾT CÔNG TÁC ĐẢNG 6 THÁNG ĐẦU NĂM 2023 VÀ PHƯƠNG HƯỚNG THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
  );
  await expect(page.getByTestId("directive-row").first()).toContainText("Chỉ thị số 05-CT/TW");
  const id = /\/meetings\/([a-z0-9]+)\/edit/.exec(page.url())![1];
  await page.goto(`/meetings/${id}`);
  await expect(page.getByTestId("imported-banner")).toBeVisible();
  await expect(page.getByTestId("imported-mark").first()).toBeVisible();
  await expect(page.getByTestId("meeting-record")).toContainText("Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023");

  // the imported draft is deleted again (a draft may be; an approved record never)
  await page.goto(`/meetings/${id}/edit`);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Xóa bản nháp" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/meetings/${id}`);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("an empty text gets a Vietnamese message and creates nothing", async ({ page }) => {
  await new LoginPage(page).signInAndWait("thuky");
  await page.goto("/meetings/import");
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByTestId("import-error")).toHaveText("Vui lòng dán hoặc tải lên nội dung văn bản.");
});

test("a member has no import page", async ({ page }) => {
  await new LoginPage(page).signInAndWait("dangvien");
  await page.goto("/meetings/import");
  await expect(page.getByTestId("not-found")).toBeVisible();
});
