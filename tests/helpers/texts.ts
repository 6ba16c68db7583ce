// Texts the project wrote itself for its tests (tests/texts), so that the main suite needs nothing beside the checkout.
// Vitest and Playwright both run from the repository root.
import { readFileSync } from "node:fs";
import path from "node:path";

export const TEXTS_DIR = path.resolve(process.cwd(), "tests/texts");

/** A text of tests/texts by its path there, e.g. "import/school-mid-year.txt". */
export function ownText(name: string): string {
  return readFileSync(path.join(TEXTS_DIR, name), "utf8");
}
