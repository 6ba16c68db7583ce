#!/usr/bin/env node
// Part of `npm run lint`: no line of the project's own text files is longer than 160 characters
// (the formatter wraps code at 120; this catches long strings, comments and Markdown it cannot wrap).
// Migrations are left out: Prisma checks their checksums, so an applied migration never changes.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const MAX = 160;
const CHECKED = /\.(ts|tsx|mts|mjs|cjs|js|json|jsonc|sh|md|grit|prisma|css)$/;
const SKIPPED = [
  /^prisma\/(sqlite|postgres)\/migrations\//,
  /^prisma\/(sqlite|postgres)\/schema\.prisma$/,
  /^package-lock\.json$/,
];

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => CHECKED.test(f) && !SKIPPED.some((re) => re.test(f)));
let bad = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    continue; // deleted in the work tree
  }
  text.split("\n").forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX) {
      bad++;
      console.log(`${file}:${i + 1}: ${length} characters (at most ${MAX})`);
    }
  });
}
if (bad) {
  console.log(`\n${bad} line(s) longer than ${MAX} characters.`);
  process.exit(1);
}
