import { readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { RosterImportPage, UnitTreePage } from "./pages/roster-pages";
import { ComboboxField } from "./pages/combobox";
import { e2eDbFile } from "./helpers";

const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";
const tag = Date.now().toString(36).slice(-5);
const TREE_UNIT = `Chi bộ Thử nghiệm ${tag}`;
const TREE_UNIT_RENAMED = `Chi bộ Thử nghiệm ${tag} (đổi tên)`;
const IMPORT_UNIT = `Chi bộ Nhập danh sách ${tag}`;
const FORM_UNIT = `Chi bộ Biểu mẫu ${tag}`;

// The e2e database is shared by every spec of the run: the units and members made here are removed
// again afterwards, so the demo tree other specs count stays as it was.
test.afterAll(() => {
  const db = new Database(e2eDbFile());
  try {
    const ids = (
      db
        .prepare('SELECT id FROM "Unit" WHERE name IN (?, ?, ?, ?)')
        .all(TREE_UNIT, TREE_UNIT_RENAMED, IMPORT_UNIT, FORM_UNIT) as Array<{ id: string }>
    ).map((r) => r.id);
    for (const id of ids) {
      const members = (db.prepare('SELECT id FROM "Member" WHERE unitId = ?').all(id) as Array<{ id: string }>).map(
        (r) => r.id,
      );
      for (const m of members) {
        for (const t of ["Position", "Membership", "MemberStatusChange"])
          db.prepare(`DELETE FROM "${t}" WHERE memberId = ?`).run(m);
        db.prepare('DELETE FROM "Member" WHERE id = ?').run(m);
      }
      db.prepare('DELETE FROM "Membership" WHERE unitId = ?').run(id);
      db.prepare('DELETE FROM "Unit" WHERE id = ?').run(id);
    }
  } finally {
    db.close();
  }
});

test.describe("the admin keeps the tree and the roster", () => {
  test("creates a chi bộ in the tree editor, renames it, moves it to the other đảng bộ and closes it", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("admin");
    const tree = new UnitTreePage(page);
    await tree.goto();
    await tree.addChild(SCHOOL, TREE_UNIT, "Chi bộ trực thuộc");
    await expect(tree.row(TREE_UNIT)).toContainText("Chi bộ trực thuộc · 0 đảng viên");
    // a chi bộ holds no units: no "add" button on it
    await expect(page.getByRole("button", { name: `Thêm tổ chức trực thuộc ${TREE_UNIT}` })).toHaveCount(0);

    await tree.rename(TREE_UNIT, TREE_UNIT_RENAMED);
    await expect(tree.row(TREE_UNIT)).toHaveCount(0);

    await tree.move(TREE_UNIT_RENAMED, KHOI);
    // now listed under the Khối: the rows after the Khối's row include it
    const names = await page
      .getByTestId("unit-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit")));
    expect(names.indexOf(TREE_UNIT_RENAMED)).toBeGreaterThan(names.indexOf(KHOI));

    await tree.close(TREE_UNIT_RENAMED);
    await expect(tree.notice()).toContainText("Đã giải thể");
    await expect(tree.row(TREE_UNIT_RENAMED)).toHaveAttribute("data-closed", "true");
    await expect(tree.row(TREE_UNIT_RENAMED)).toContainText("đã giải thể");
    await expect(page.getByRole("button", { name: `Khôi phục ${TREE_UNIT_RENAMED}` })).toBeVisible();
  });

  test("closing a chi bộ that still has members is refused with a Vietnamese reason", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    const tree = new UnitTreePage(page);
    await tree.goto();
    await page.getByRole("button", { name: "Giải thể Chi bộ Đào tạo" }).click();
    await page
      .getByRole("form", { name: "Xác nhận giải thể" })
      .getByRole("button", { name: "Xác nhận giải thể" })
      .click();
    await expect(page.getByTestId("unit-form-error")).toContainText(
      "Chưa thể giải thể: còn 9 đảng viên sinh hoạt tại Chi bộ Đào tạo.",
    );
    await page.getByRole("button", { name: "Hủy" }).click();
    await expect(tree.row("Chi bộ Đào tạo")).toHaveAttribute("data-closed", "false");
  });

  test("uploads a CSV with one bad row, sees the row error, confirms, and finds the members sorted by given name", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("admin");
    const tree = new UnitTreePage(page);
    await tree.goto();
    await tree.addChild(SCHOOL, IMPORT_UNIT, "Chi bộ trực thuộc");

    const csv = [
      "Họ và tên;Ngày sinh;Giới tính;Số thẻ đảng viên;Ngày vào Đảng;Ngày chính thức;Loại đảng viên;Chức vụ Đảng;Chi bộ",
      `Trần Văn Xuân;12/03/1980;Nam;E2E${tag}1;19/05/2005;19/05/2006;Chính thức;Bí thư Chi bộ;${IMPORT_UNIT}`,
      `Lê Thị Bích;31/02/1985;Nữ;E2E${tag}2;03/02/2010;03/02/2011;Chính thức;;${IMPORT_UNIT}`,
      `Nguyễn Hữu An;1/6/1990;Nam;E2E${tag}3;2/9/2015;;Dự bị;;${IMPORT_UNIT}`,
      `Phạm Minh Khoa;2001-07-15;Nam;E2E${tag}4;10/10/2022;10/10/2023;Chính thức;Chi ủy viên;${IMPORT_UNIT}`,
    ].join("\r\n");

    const importer = new RosterImportPage(page);
    await importer.goto();
    await importer.upload("danh-sach.csv", `\uFEFF${csv}`);
    await expect(importer.counts()).toContainText(
      "4 dòng: 3 thêm mới, 0 cập nhật, 0 không thay đổi, 1 dòng lỗi. Chưa có dữ liệu nào được ghi.",
    );
    await expect(importer.rowErrors()).toHaveText("Dòng 3: Ngày sinh “31/02/1985” không hợp lệ.");
    await expect(page.getByTestId("import-table").locator('tr[data-action="error"]')).toContainText("Lê Thị Bích");
    await importer.confirm(3);
    await expect(page.getByTestId("import-done")).toContainText("Đã ghi: 3 thêm mới, 0 cập nhật; bỏ qua 1 dòng lỗi.");

    // the roster of the new chi bộ, sorted by given name: An, Khoa, Xuân
    await page.goto("/members");
    await new ComboboxField(page, "Tổ chức").choose(IMPORT_UNIT.toLowerCase(), new RegExp(`^${IMPORT_UNIT}`));
    await page.getByRole("button", { name: "Lọc" }).click();
    const rows = page.getByTestId("member-table").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.locator("td:nth-child(2)")).toHaveText(["Nguyễn Hữu An", "Phạm Minh Khoa", "Trần Văn Xuân"]);
    await expect(rows.first()).toContainText("Đảng viên dự bị");
    await expect(rows.nth(2)).toContainText("Bí thư Chi bộ");

    // the export of this chi bộ has the import's columns, UTF-8 with a BOM, and reads back unchanged below
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Danh sách đảng viên – ${IMPORT_UNIT}.csv`);
    const exported = await readFile((await download.path())!, "utf8");
    expect(
      exported.startsWith("\uFEFFSTT,Họ và tên,Họ,Tên đệm,Tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Ngày vào Đảng"),
    ).toBe(true);
    expect(exported).toContain(`1,Nguyễn Hữu An,Nguyễn,Hữu,An,01/06/1990,Nam,E2E${tag}3,02/09/2015,,Dự bị`);

    // importing the same file again updates nothing and creates nothing
    await importer.goto();
    await importer.upload("danh-sach.csv", `\uFEFF${csv}`);
    await expect(importer.counts()).toContainText("4 dòng: 0 thêm mới, 0 cập nhật, 3 không thay đổi, 1 dòng lỗi.");
    await expect(page.getByRole("button", { name: "Xác nhận ghi 0 đảng viên" })).toBeDisabled();
  });

  test("adds a member with a two-syllable given name and a position through the form, then records a dated status", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("admin");
    const tree = new UnitTreePage(page);
    await tree.goto();
    await tree.addChild(SCHOOL, FORM_UNIT, "Chi bộ trực thuộc");

    await page.goto("/members");
    await page.getByRole("link", { name: "Thêm đảng viên" }).click();
    const form = page.getByTestId("member-form");
    await form.getByRole("button", { name: "Thêm đảng viên" }).click();
    await expect(form.getByTestId("member-form-status")).toHaveText(
      "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
    );
    await expect(form.getByRole("textbox", { name: "Họ", exact: true })).toHaveAttribute("aria-invalid", "true");

    await form.getByRole("combobox", { name: "Chi bộ" }).selectOption({ label: FORM_UNIT });
    await form.getByRole("textbox", { name: "Họ", exact: true }).fill("Phạm");
    await form.getByRole("textbox", { name: "Tên", exact: true }).fill("Bình Minh");
    await form.getByLabel("Ngày sinh").fill("1985-03-02");
    await form.getByLabel("Ngày vào Đảng (kết nạp)").fill("2010-05-19");
    await form.getByLabel("Ngày chính thức").fill("2011-05-19");
    await form.getByRole("button", { name: "Thêm chức vụ" }).click();
    await form.getByLabel("Chức vụ", { exact: true }).fill("Bí thư Chi bộ");
    await form.getByRole("button", { name: "Thêm đảng viên" }).click();
    await expect(page).toHaveURL(/\/members\/[^/]+\/edit/);
    await expect(page.getByRole("heading", { name: "Phạm Bình Minh" })).toBeVisible();
    await expect(page.getByTestId("member-form-status")).toHaveText("Đã thêm đảng viên.");

    const statusForm = page.getByRole("form", { name: "Ghi tình trạng sinh hoạt" });
    await statusForm.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Miễn sinh hoạt" });
    await statusForm.getByLabel("Từ ngày", { exact: true }).fill("2024-01-01");
    await statusForm.getByRole("button", { name: "Ghi tình trạng" }).click();
    await expect(statusForm.getByRole("status")).toHaveText("Đã ghi tình trạng sinh hoạt.");
    await expect(page.getByTestId("member-history")).toContainText("Miễn sinh hoạt: 01/01/2024");
    await expect(page.getByTestId("member-history")).toContainText("Bí thư Chi bộ (Chức vụ Đảng)");

    await page.goto("/members");
    const row = page.getByTestId("member-table").locator('tr[data-member="Phạm Bình Minh"]');
    await expect(row).toContainText("Bí thư Chi bộ");
    await expect(row).toContainText("Miễn sinh hoạt");
    await expect(row).toContainText(FORM_UNIT);
  });

  test("a secretary sees the tree read-only and has no import page", async ({ page }) => {
    await new LoginPage(page).signInAndWait("thuky");
    await page.goto("/units");
    await expect(page.getByTestId("unit-tree")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Đổi tên/ })).toHaveCount(0);
    const res = await page.goto("/members/import");
    expect(res?.status()).toBe(404);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the tree editor, the roster and the import page fit the screen", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    const someone = page.getByTestId("member-table").getByRole("link", { name: "Sửa Nguyễn Văn Quyết" });
    await page.goto("/members");
    const editPath = new URL((await someone.getAttribute("href"))!, "http://x").pathname;
    for (const path of ["/units", "/members", "/members/import", "/members/new", editPath]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto("/units");
    await page.getByRole("button", { name: "Đổi tên Chi bộ Đào tạo" }).click();
    await expect(page.getByRole("form", { name: "Đổi tên Chi bộ Đào tạo" }).getByLabel("Tên mới")).toBeFocused();
  });
});
