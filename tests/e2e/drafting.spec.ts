import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { EditorPage } from "./pages/editor-page";
import { ComboboxField } from "./pages/combobox";
import { addMemberAccount } from "./helpers";

test("a secretary drafts a meeting end to end, the meeting approves it, and only the right people read it", async ({
  page,
  browser,
}) => {
  // five sign-ins in one story: more than the default budget on a busy machine
  test.setTimeout(90_000);
  await new LoginPage(page).signInAndWait("thuky");
  const editor = new EditorPage(page);
  const id = await editor.createDraft("2025-09-05T14:00");

  // the roster came in with the computed header figures
  await expect(page.getByTestId("live-summary")).toContainText(
    "Tổng số 8 (chính thức 7, dự bị 1, miễn sinh hoạt 1) · có mặt 8",
  );

  await editor.place().fill("Phòng họp tầng 2, nhà hiệu bộ");
  await new ComboboxField(page, "Chủ trì").choose("le van thang", /^Lê Văn Thắng/);
  await new ComboboxField(page, "Thư ký").choose("thu ha", /^Nguyễn Thị Thu Hà/);
  await page.getByLabel("Tình trạng của Vũ Đức Toàn").selectOption("ABSENT_EXCUSED");
  await page.getByLabel("Lý do của Vũ Đức Toàn").fill("Đi công tác");
  await expect(page.getByTestId("live-summary")).toContainText("có mặt 7 · vắng 1 (có lý do 1, không lý do 0)");

  await page.getByRole("button", { name: "+ Thêm báo cáo" }).click();
  await page.getByLabel("Tên báo cáo").fill("Báo cáo kết quả công tác tháng 8");
  await page.getByRole("button", { name: /Nhập trích dẫn/ }).click();
  await page.getByLabel("Trích dẫn 1").fill("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị");
  await page.getByRole("button", { name: "+ Thêm kết luận" }).click();
  await page.getByRole("textbox", { name: "Kết luận 1" }).fill("Chi bộ hoàn thành tốt nhiệm vụ tháng 8.");
  await page.getByRole("button", { name: "+ Thêm nghị quyết" }).click();
  await page.getByLabel("Nội dung biểu quyết").fill("Thông qua nhiệm vụ tháng 9 năm 2023");
  await page.getByLabel("Tán thành", { exact: true }).fill("5");
  await expect(page.getByTestId("vote-result")).toContainText(
    "Thông qua: 5/6 đảng viên chính thức có quyền biểu quyết tán thành",
  );
  await page.getByRole("button", { name: "+ Thêm nhiệm vụ" }).click();
  await page.getByLabel("Nhiệm vụ", { exact: true }).fill("Chuẩn bị hồ sơ kết nạp đảng viên");
  await editor.waitSaved();

  // everything is on the server: a reload shows it
  await page.reload();
  await expect(editor.place()).toHaveValue("Phòng họp tầng 2, nhà hiệu bộ");
  await expect(page.getByLabel("Lý do của Vũ Đức Toàn")).toHaveValue("Đi công tác");
  await expect(page.getByTestId("directive-row")).toContainText("Chỉ thị số 05-CT/TW");

  // the meeting adopts the minutes
  await page.getByTestId("open-approve").click();
  await expect(page.getByTestId("approve-dialog")).toContainText("Lê Văn Thắng");
  // adopted at the meeting, not at the click: the dialog starts from the meeting's time, never after now
  await expect(page.getByTestId("approve-at")).toHaveValue("2025-09-05T14:00");
  await page.getByTestId("approve-at").fill("2025-09-05T13:00");
  await expect(page.getByTestId("approve-dialog")).toContainText("không được trước giờ bắt đầu cuộc họp");
  await expect(page.getByTestId("confirm-approve")).toBeDisabled();
  await page.getByTestId("approve-at").fill("2025-09-05T16:30");
  await page.getByTestId("confirm-approve").click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}$`));
  await expect(page.getByTestId("meeting-status")).toHaveText("Đã thông qua");
  await expect(page.getByTestId("meeting-record")).toContainText("Thông qua: 5/6");
  await expect(page.getByTestId("meeting-record")).toContainText("16 giờ 30 ngày 5 tháng 9 năm 2025");

  // locked: the editor sends back to the record; corrections are amendments with a reason
  await page.goto(`/meetings/${id}/edit`);
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}$`));
  await page.getByLabel("Mục cần đính chính").selectOption({ label: "Địa điểm" });
  await page.getByLabel("Nội dung đúng").fill("Phòng họp tầng 3, nhà hiệu bộ");
  await page.getByRole("button", { name: "Ghi đính chính" }).click();
  await expect(page.getByTestId("amend-reason-error")).toHaveText("Vui lòng ghi lý do đính chính.");
  await page.getByLabel("Lý do đính chính").fill("Ghi nhầm tầng");
  await page.getByRole("button", { name: "Ghi đính chính" }).click();
  await expect(page.getByTestId("amendments")).toContainText("Ghi nhầm tầng");
  await expect(page.getByTestId("meeting-record")).toContainText("Phòng họp tầng 2, nhà hiệu bộ");

  // history shows who changed what
  await page.getByRole("link", { name: "Lịch sử thay đổi" }).click();
  const history = page.getByTestId("history");
  await expect(history).toContainText("Địa điểm");
  // every entry in Vietnamese: the approval with its vote, the amendment with its reason, rows by name
  await expect(history).toContainText("Thông qua biên bản");
  await expect(history).toContainText("Biểu quyết thông qua biên bản: tán thành");
  await expect(history).toContainText("Lý do: Ghi nhầm tầng");
  await expect(history).toContainText("Điểm danh › Vũ Đức Toàn › Tình trạng");
  await expect(history).toContainText("Vắng có lý do");
  await expect(history).toContainText("Tạo biên bản");
  const historyText = ((await history.textContent()) ?? "").replace(/\s+/g, " ");
  expect(historyText).not.toMatch(
    /\b(PRESENT|ABSENT_EXCUSED|ABSENT_UNEXCUSED|LATE|LEFT_EARLY|GUEST|reason|status|for)\b/,
  );
  expect(historyText).not.toMatch(/mục \d/);

  // a member of the chi bộ and the admin read it; a member of the sibling chi bộ cannot, not even by URL
  const lan = await addMemberAccount("pham thi lan", "phamthilan");
  for (const [user, visible] of [
    [lan, true],
    ["admin", true],
    ["dangvien", false],
  ] as const) {
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await new LoginPage(other).signInAndWait(user);
    await other.goto(`/meetings/${id}`);
    if (visible)
      await expect(other.getByTestId("meeting-record")).toContainText("Chi bộ hoàn thành tốt nhiệm vụ tháng 8.");
    else await expect(other.getByTestId("not-found")).toContainText("Không tìm thấy biên bản");
    await ctx.close();
  }
});

test("losing the connection loses nothing: the draft is kept on the machine and saved when back", async ({
  page,
  context,
}) => {
  await new LoginPage(page).signInAndWait("thuky");
  const editor = new EditorPage(page);
  const id = await editor.createDraft("2031-10-03T14:00");
  await editor.waitSaved();

  await context.setOffline(true);
  await editor.place().fill("Gõ khi mất mạng: phòng họp B");
  await page.getByRole("button", { name: "+ Thêm kết luận" }).click();
  await page.getByRole("textbox", { name: "Kết luận 1" }).fill("Nội dung gõ lúc mất kết nối.");
  await expect(editor.status()).toHaveAttribute("data-status", "offline", { timeout: 10_000 });
  await expect(editor.status()).toContainText("Mất kết nối");

  // the tab is closed while offline; later the secretary comes back online and opens the draft again
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/meetings/${id}/edit`);
  await expect(again.getByTestId("restore-banner")).toBeVisible();
  await again.getByRole("button", { name: "Khôi phục nội dung này" }).click();
  const editor2 = new EditorPage(again);
  await editor2.waitSaved();
  await again.reload();
  await expect(editor2.place()).toHaveValue("Gõ khi mất mạng: phòng họp B");
  await expect(again.getByRole("textbox", { name: "Kết luận 1" })).toHaveValue("Nội dung gõ lúc mất kết nối.");
});

test("back online without closing the tab, the editor saves by itself", async ({ page, context }) => {
  await new LoginPage(page).signInAndWait("thuky");
  const editor = new EditorPage(page);
  await editor.createDraft("2031-10-10T14:00");
  await editor.waitSaved();
  await context.setOffline(true);
  await editor.place().fill("Phòng họp C");
  await expect(editor.status()).toHaveAttribute("data-status", "offline", { timeout: 10_000 });
  await context.setOffline(false);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.place()).toHaveValue("Phòng họp C");
});

test("two tabs editing the same record: the later save does not overwrite, the user merges", async ({
  page,
  context,
}) => {
  await new LoginPage(page).signInAndWait("thuky");
  const tabA = new EditorPage(page);
  const id = await tabA.createDraft("2031-11-07T14:00");
  await tabA.waitSaved();
  const pageB = await context.newPage();
  await pageB.goto(`/meetings/${id}/edit`);
  const tabB = new EditorPage(pageB);

  // A saves first: place and title
  await tabA.place().fill("Phòng họp của tab A");
  await page.getByTestId("field-title").fill("Tiêu đề sửa ở tab A");
  await tabA.waitSaved();

  // B, still on the old version, changes the place too and adds a conclusion
  await tabB.place().fill("Phòng họp của tab B");
  await pageB.getByRole("button", { name: "+ Thêm kết luận" }).click();
  await pageB.getByRole("textbox", { name: "Kết luận 1" }).fill("Kết luận chỉ có ở tab B.");
  const merge = pageB.getByTestId("merge-panel");
  await expect(merge).toBeVisible({ timeout: 15_000 });
  await expect(pageB.getByTestId("merge-place")).toContainText("Phòng họp của tab A");
  await expect(pageB.getByTestId("merge-place")).toContainText("Phòng họp của tab B");
  await expect(merge).toContainText("Tự động lấy thay đổi của người khác ở: Tên cuộc họp");
  await pageB.getByTestId("merge-save").click();
  await tabB.waitSaved();

  await pageB.reload();
  await expect(tabB.place()).toHaveValue("Phòng họp của tab B");
  await expect(pageB.getByTestId("field-title")).toHaveValue("Tiêu đề sửa ở tab A");
  await expect(pageB.getByRole("textbox", { name: "Kết luận 1" })).toHaveValue("Kết luận chỉ có ở tab B.");
});

test("the editor fits a phone screen", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await ctx.newPage();
  await new LoginPage(page).signInAndWait("thuky");
  const editor = new EditorPage(page);
  await editor.createDraft("2032-02-06T14:00");
  await editor.place().fill("Phòng họp nhỏ");
  await editor.waitSaved();
  await page.getByRole("link", { name: "Điểm danh" }).click();
  await expect(page.getByRole("heading", { name: "Điểm danh" })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await ctx.close();
});

test("the editor works from the keyboard alone", async ({ page }) => {
  await new LoginPage(page).signInAndWait("thuky");
  const editor = new EditorPage(page);
  await editor.createDraft("2031-12-05T14:00");
  await editor.waitSaved();
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "field-place");
  }
  expect(reached).toBe(true);
  await page.keyboard.type("Hội trường tầng 1");
  await page.keyboard.press("Enter"); // Enter must not submit or lose anything
  await page.keyboard.press("Tab");
  await editor.waitSaved();
  await page.reload();
  await expect(editor.place()).toHaveValue("Hội trường tầng 1");
});
