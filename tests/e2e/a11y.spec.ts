// axe (WCAG 2.x A and AA rules) over every page each demo account can reach, on a wide screen and
// on a phone: no violations anywhere.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { crawlSite } from "./pages/site-crawl";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function violations(page: import("@playwright/test").Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 4)
        .join(", ")}`,
  );
}

test("the sign-in page has no axe violations", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

for (const account of ["admin", "thuky", "dangvien"]) {
  test(`no page of ${account} has an axe violation, wide or on a phone`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await new LoginPage(page).signInAndWait(account);
    const visits = await crawlSite(page, async ({ url }) => {
      expect.soft(await violations(page), `${url} at 1366 px`).toEqual([]);
    });
    expect(visits.length).toBeGreaterThan(8);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const { url } of visits) {
      await page.goto(url);
      expect.soft(await violations(page), `${url} at 390 px`).toEqual([]);
    }
  });
}
