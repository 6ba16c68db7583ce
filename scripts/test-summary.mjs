// Reads the JSON reports of every part of `npm test` and prints "N passed, N failed".
// A missing report means the part did not run: it counts as one failure, loudly.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".reports";
const parts = [
  { file: "lint.json", label: "lint", kind: "lint" },
  { file: "unit.json", label: "unit", kind: "vitest" },
  { file: "integration-sqlite.json", label: "integration (SQLite)", kind: "vitest" },
  { file: "integration-postgres.json", label: "integration (PostgreSQL)", kind: "vitest" },
  { file: "e2e.json", label: "browser (Chromium)", kind: "playwright" },
];

let passed = 0;
let failed = 0;
let skipped = 0;
console.log("\nSummary");
for (const part of parts) {
  const file = path.join(dir, part.file);
  if (!existsSync(file)) {
    console.log(`  ${part.label.padEnd(26)} DID NOT RUN (counted as 1 failure)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  let p, f, s;
  if (part.kind === "lint") {
    [p, f, s] = r.passed ? [1, 0, 0] : [0, 1, 0];
  } else if (part.kind === "vitest") {
    p = r.numPassedTests;
    // a test file that failed to load has no test results of its own: count it once
    const brokenFiles = (r.testResults ?? []).filter(
      (t) => t.status === "failed" && (t.assertionResults ?? []).length === 0,
    ).length;
    f = r.numFailedTests + brokenFiles;
    s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0 || (r.success === false && f === 0)) f += 1; // a crashed or empty run
  } else {
    p = r.stats.expected + (r.stats.flaky ?? 0);
    f = r.stats.unexpected + (r.errors?.length ?? 0);
    s = r.stats.skipped ?? 0;
    if (p + f === 0) f += 1;
  }
  console.log(`  ${part.label.padEnd(26)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ""}`);
  passed += p;
  failed += f;
  skipped += s;
}
// Skipped tests are failures here: the suite never skips silently.
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
