import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { TITLES, meetingIdByTitle } from "./helpers";

/** Collects what Chromium reports about the Content-Security-Policy (blocked scripts, styles, frames). */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) seen.push(e.message);
  });
  return seen;
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(
    csp.split(";").find((d) => d.trim().startsWith("script-src")),
    where,
  ).not.toContain("unsafe-inline");
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
    expect(csp, where).toContain(directive);
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
}

test("every page and route sends the security headers, with a fresh nonce per request", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/login", "/ban-tin", "/api/health", "/api/v1/meetings", "/khong-co-trang-nay"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(res.headers(), path);
    nonces.add(/'nonce-([^']+)'/.exec(res.headers()["content-security-policy"])?.[1] ?? "");
  }
  expect(nonces.size).toBe(6);
  const html = await (await request.get("/login")).text();
  expect(html).toMatch(/<script[^>]+nonce="[^"]+"/);
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const script = await request.get(asset!);
  expect(script.headers()["x-content-type-options"]).toBe("nosniff");
  expect(script.headers()["x-frame-options"]).toBe("DENY");
});

test("the app works under its Content-Security-Policy: no violation on the main screens", async ({ page }) => {
  const violations = cspViolations(page);
  await new LoginPage(page).signInAndWait("thuky");
  const id = meetingIdByTitle(TITLES.tchcJuly);
  for (const path of [
    "/meetings/new",
    `/meetings/${id}`,
    `/meetings/${id}/history`,
    "/archive?q=chi+bo",
    "/directives",
    "/tasks",
    "/members",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
  }
  // client-side navigation and a client component still run (React hydrated under the nonce)
  await page.goto("/meetings/new");
  await page
    .getByRole("link", { name: /Biên bản/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Biên bản các cuộc họp" })).toBeVisible();
  expect(violations).toEqual([]);
});
