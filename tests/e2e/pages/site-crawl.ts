import { expect, type Page } from "@playwright/test";

/**
 * Every page a signed-in account can reach by following links, one URL per route: the crawl starts
 * at the home page and a few pages that are reached by a form rather than a link, follows same-origin
 * links (never API routes or downloads), and keeps the first URL of each route pattern (ids and
 * slugs are one pattern), so a list of a hundred records costs one visit.
 */
const SEEDS = ["/", "/archive?q=chi+b%E1%BB%99", "/account/password", "/ban-tin"];
const MAX_PAGES = 60;

function routeKey(url: URL): string {
  const parts = url.pathname.split("/").filter(Boolean);
  const key = parts.map((seg, i) => {
    if (/^[a-z0-9]{20,}$/i.test(seg) || /^\d+$/.test(seg)) return ":id";
    if (i === 1 && (parts[0] === "ban-tin" || parts[0] === "xac-thuc")) return ":slug";
    return seg;
  });
  return `/${key.join("/")}`;
}

function followable(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/_next/")) return false;
  if (url.pathname === "/login") return false;
  return true;
}

export interface Visit {
  url: string;
  key: string;
}

/** Visits the pages reachable from the seeds, calls `check` on each, and returns what it visited. */
export async function crawlSite(page: Page, check: (visit: Visit) => Promise<void>): Promise<Visit[]> {
  const origin = new URL(page.url()).origin;
  const queue: string[] = [...SEEDS];
  const seen = new Set<string>();
  const visited: Visit[] = [];
  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const path = queue.shift() as string;
    const url = new URL(path, origin);
    const key = routeKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const res = await page.goto(url.toString());
    // a redirect (to /login, or from an old address) is not a page of its own
    const landed = new URL(page.url());
    if (landed.pathname === "/login") throw new Error(`${path} sent the signed-in account to the sign-in page`);
    expect(res?.status(), `${path} answers`).toBeLessThan(500);
    const visit = { url: url.pathname + url.search, key };
    visited.push(visit);
    await check(visit);
    const hrefs = await page.$$eval("a[href]:not([download])", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const next = new URL(href);
      next.hash = "";
      if (followable(next, origin) && !seen.has(routeKey(next))) queue.push(next.pathname + next.search);
    }
  }
  return visited;
}

/** What makes the document scroll sideways: the widest elements that stick out on the right. */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const culprits: string[] = [];
    if (root.scrollWidth > clientWidth) {
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
        const r = el.getBoundingClientRect();
        if (r.right > clientWidth + 0.5 && r.width > 0) {
          const id = el.id ? `#${el.id}` : "";
          const test = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : "";
          culprits.push(
            `${el.tagName.toLowerCase()}${id}${test} right=${Math.round(r.right)} “${(el.textContent ?? "").trim().slice(0, 40)}”`,
          );
          if (culprits.length >= 5) break;
        }
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth, culprits };
  });
}
