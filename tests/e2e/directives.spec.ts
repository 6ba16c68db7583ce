import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ComboboxField } from "./pages/combobox";
import { meetingIdByTitle, TITLES } from "./helpers";

test.describe("directive registry", () => {
  test("admin finds Chỉ thị 05 by a loose query and reads its timeline across the tree", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto("/directives");
    await expect(page.getByRole("heading", { name: "Danh mục chỉ thị, nghị quyết" })).toBeVisible();
    await page.getByLabel("Tìm văn bản").fill("chi thi 5");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/q=chi\+thi\+5/);
    const list = page.getByTestId("directive-list");
    await expect(list.getByRole("link")).toHaveCount(1);
    await list.getByRole("link", { name: /Chỉ thị 05-CT\/TW/ }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chỉ thị số 05-CT/TW ngày 15/5/2016");
    await expect(page.getByTestId("directive-facts")).toContainText("Bộ Chính trị");
    await expect(page.getByTestId("directive-counts")).toContainText("4 cuộc họp");
    await expect(page.getByTestId("directive-counts")).toContainText("2 nhiệm vụ");
    const timeline = page.getByTestId("directive-timeline");
    for (const title of [TITLES.khoiConference, TITLES.tchcJuly, TITLES.schoolConference, TITLES.daoTao]) {
      await expect(
        timeline.locator('li[data-type="meeting"]').getByRole("link", { name: title, exact: true }),
      ).toBeVisible();
    }
    await expect(timeline).toContainText("Chuẩn bị nội dung sinh hoạt chuyên đề quý III");
    await expect(timeline).toContainText("Trích dẫn: “Chỉ thị 05-CT/TW”");
    // Oldest first: the 2018 conference of the Khối comes before the 2023 records.
    const dates = await timeline.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort());
    await expect(page.getByTestId("merge-form")).toBeVisible();

    await timeline.locator('li[data-type="meeting"]').getByRole("link", { name: TITLES.tchcJuly }).click();
    await expect(page.getByTestId("meeting-record")).toContainText("05-CT/TW");
  });

  test("a typed citation resolves to the registry entry or is proposed as new", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    await page.goto("/directives");
    const result = page.getByTestId("propose-result");
    await page.getByLabel("Kiểm tra một trích dẫn").fill("Chỉ thị số 05/CT-TW của Bộ Chính trị");
    await page.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(result).toContainText("Đã có trong danh mục");
    await expect(result.getByRole("link")).toHaveText("Chỉ thị số 05-CT/TW ngày 15/5/2016");
    await page.getByLabel("Kiểm tra một trích dẫn").fill("Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị");
    await page.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(result).toContainText("Chưa có trong danh mục");
    await expect(result).toContainText("Kết luận số 127-KL/TW ngày 28/2/2025");
  });

  test("a member sees only the records of the own chi bộ and the đảng bộ, and cannot merge", async ({ page }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    await page.goto("/directives?q=05-CT%2FTW");
    await page
      .getByTestId("directive-list")
      .getByRole("link", { name: /05-CT\/TW/ })
      .click();
    const timeline = page.getByTestId("directive-timeline");
    const meetings = timeline.locator('li[data-type="meeting"]');
    await expect(meetings).toHaveCount(2);
    await expect(meetings.getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
    await expect(meetings.getByRole("link", { name: TITLES.schoolConference, exact: true })).toBeVisible();
    await expect(timeline).not.toContainText(TITLES.tchcJuly);
    await expect(timeline).not.toContainText(TITLES.khoiConference);
    await expect(page.getByTestId("directive-counts")).toContainText("2 cuộc họp · ");
    await expect(page.getByTestId("merge-form")).toHaveCount(0);
  });

  test("my tasks: overdue tasks are marked and the owner records progress", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    await page.goto("/tasks");
    const mine = page.getByTestId("my-tasks");
    const row = mine.locator("tr", { hasText: "Chuẩn bị nội dung sinh hoạt chuyên đề quý III" });
    await expect(row).toHaveAttribute("data-overdue", "true");
    await expect(row).toContainText("Quá hạn");
    await row.getByRole("link", { name: "Chuẩn bị nội dung sinh hoạt chuyên đề quý III" }).click();
    await expect(page.getByTestId("task-facts")).toContainText("Chỉ thị số 05-CT/TW");
    await page.getByLabel("Nội dung").fill("Đã gửi đề cương chuyên đề cho các đảng viên");
    await page.getByRole("button", { name: "Ghi tiến độ" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã ghi tiến độ.");
    await page.reload();
    await expect(page.getByTestId("task-notes")).toContainText("Đã gửi đề cương chuyên đề cho các đảng viên");
    await expect(page.getByTestId("task-notes")).toContainText("Nguyễn Thị Thu Hà");
  });

  test("a secretary assigns a task from a resolution, linked to a cited directive", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    await page.goto(`/tasks/new?meetingId=${meetingIdByTitle(TITLES.tchcJuly)}`);
    await expect(page.getByRole("heading", { name: "Giao nhiệm vụ" })).toBeVisible();
    await page.getByLabel("Nội dung nhiệm vụ").fill("Tổ chức học tập chuyên đề năm 2023 cho đảng viên mới");
    await new ComboboxField(page, "Đảng viên").choose("thang", /^Lê Văn Thắng/);
    await page.getByLabel("Hạn hoàn thành").fill("2099-12-31");
    await new ComboboxField(page, "Thực hiện văn bản").choose("05-CT/TW", /^Chỉ thị số 05-CT\/TW ngày 15\/5\/2016/);
    await page.getByRole("button", { name: "Giao nhiệm vụ" }).click();
    await expect(page.getByRole("status")).toContainText("Đã giao nhiệm vụ.");
    await page.getByRole("link", { name: "Xem nhiệm vụ" }).click();
    await expect(page.getByTestId("task-facts")).toContainText("Lê Văn Thắng");
    await expect(page.getByTestId("task-facts")).toContainText("31/12/2099");
    await page.getByRole("link", { name: "Chỉ thị số 05-CT/TW ngày 15/5/2016" }).click();
    await expect(page.getByTestId("directive-timeline")).toContainText(
      "Tổ chức học tập chuyên đề năm 2023 cho đảng viên mới",
    );
  });
});
