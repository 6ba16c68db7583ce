import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ArchivePage } from "./pages/archive-page";
import { TITLES, e2eDbFile } from "./helpers";

function memberIdByFoldedName(folded: string): string {
  const db = new Database(e2eDbFile(), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM "Member" WHERE nameFolded = ?').get(folded) as { id: string }).id;
  } finally {
    db.close();
  }
}

test.describe("archive and search", () => {
  test("a member finds records by a directive reference typed loosely, with marked snippets; the URL keeps the search", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    const archive = new ArchivePage(page);
    await archive.open();
    await archive.search("ct05");
    await expect(page).toHaveURL(/\/archive\?q=ct05/);
    const results = archive.results();
    await expect(results.getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
    await expect(results.getByRole("link", { name: TITLES.schoolConference, exact: true })).toBeVisible();
    await expect(results).not.toContainText(TITLES.tchcJuly); // a sibling chi bộ's record
    await expect(results.locator("mark").first()).toBeVisible();
    await expect(results.getByTestId("snippet").first()).toContainText("05-CT/TW");

    // The same search typed with accents and the symbol finds the same records; a bookmark reopens it.
    await archive.search("Chỉ thị số 05-CT/TW");
    await expect(page).toHaveURL(/q=Ch%E1%BB%89/);
    await expect(results.getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
    const count = await results.locator("li").count();
    await page.goto("/archive?q=ct05");
    await expect(results.locator("li")).toHaveCount(count);

    // Filters live in the URL too.
    await page.getByLabel("Loại cuộc họp").selectOption({ label: "Sinh hoạt chuyên đề" });
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/kind=CHUYEN_DE/);
    await expect(results.getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
    await expect(results.getByRole("link", { name: TITLES.schoolConference })).toHaveCount(0);
    await results.getByRole("link", { name: TITLES.daoTao, exact: true }).click();
    await expect(page.getByTestId("meeting-record")).toBeVisible();
  });

  test("diacritics and case do not matter; a sibling chi bộ's record is not found, not even counted", async ({
    page,
  }) => {
    await new LoginPage(page).signInAndWait("dangvien");
    await page.goto("/archive?q=PHAT+TRIEN+DANG");
    await expect(new ArchivePage(page).results().getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
    await page.goto("/archive?q=thuong+ky+thang+7+nam+2023");
    await expect(new ArchivePage(page).total()).toHaveText("Không có biên bản nào phù hợp.");
    await page.goto("/archive?directive=khong-co-van-ban-nay");
    await expect(page.getByTestId("archive-problem")).toContainText("Không tìm thấy văn bản");
  });

  test("a person's page: meetings attended, speeches and the attendance rate by year", async ({ page }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.goto(`/members/${memberIdByFoldedName("nguyen van quyet")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nguyễn Văn Quyết");
    await page.getByRole("link", { name: "Năm 2023", exact: true }).click();
    await expect(page).toHaveURL(/year=2023/);
    await expect(page.getByTestId("attendance-rate")).toContainText(/Dự \d+\/\d+ cuộc họp/);
    await expect(page.getByTestId("attendance-table")).toContainText(TITLES.daoTao);
    await page.getByRole("link", { name: /Tra cứu các biên bản có đồng chí Nguyễn Văn Quyết/ }).click();
    await expect(page).toHaveURL(/\/archive\?from=2023-01-01&to=2023-12-31&person=/);
    await expect(new ArchivePage(page).results().getByRole("link", { name: TITLES.daoTao, exact: true })).toBeVisible();
  });

  test("an admin issues an API token, a program searches with it, and a revoked token is refused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await new LoginPage(page).signInAndWait("admin");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "API" }).click();
    await expect(page.getByRole("heading", { name: "Mã truy cập API" })).toBeVisible();
    await page.getByLabel("Tên (dùng cho việc gì)").fill("Báo cáo tra cứu");
    await page.getByLabel("Tổ chức Đảng").selectOption({ label: "Chi bộ Đào tạo" });
    await page.getByLabel("Quyền").selectOption("MEMBER");
    await page.getByRole("button", { name: "Cấp mã" }).click();
    const secret = (await page.getByTestId("issued-token-secret").textContent())!.trim();
    expect(secret).toMatch(/^sbb_/);

    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
    });
    const found = await api.get(`/api/v1/meetings?q=${encodeURIComponent("chỉ thị 05")}`);
    expect(found.status()).toBe(200);
    const body = await found.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    const titles = body.items.map((i: { title: string }) => i.title);
    expect(titles).toEqual(expect.arrayContaining([TITLES.daoTao, TITLES.schoolConference]));
    expect(titles).not.toContain(TITLES.tchcJuly);
    for (const item of body.items)
      expect(item).toMatchObject({
        id: expect.any(String),
        kind: expect.any(String),
        date: expect.any(String),
        status: "APPROVED",
        unit: { id: expect.any(String), name: expect.any(String) },
        snippet: expect.any(String),
      });

    // the token opens the versioned API only: pages (and so their server actions) ask for a sign-in
    const pageWithToken = await api.get("/admin/accounts");
    expect(new URL(pageWithToken.url()).pathname).toBe("/login");

    const bad = await api.get("/api/v1/meetings?kind=HOP_BAN");
    expect(bad.status()).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["kind"]);
    const units = (await (await api.get("/api/v1/units")).json()).items as Array<{
      id: string;
      name: string;
      kind: string;
      parentId: string | null;
    }>;
    expect(units.map((u) => u.name)).toContain("Chi bộ Đào tạo");
    expect(units.map((u) => u.name)).not.toContain("Chi bộ Tổ chức – Hành chính");
    const directiveId = (await (await api.get("/api/v1/directives?q=05-CT%2FTW")).json()).items[0].id;
    const directive = await (await api.get(`/api/v1/directives/${directiveId}`)).json();
    expect(directive).toMatchObject({ kind: "CHI_THI", number: "05", meetings: { total: 2 } });

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Thu hồi mã Báo cáo tra cứu" }).click();
    await expect(page.getByTestId("token-table")).toContainText("Đã thu hồi");
    expect((await api.get("/api/v1/meetings")).status()).toBe(401);
  });
});
