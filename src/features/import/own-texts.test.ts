/**
 * The extractor on texts the project wrote itself (tests/texts/import: the facts of the two demo
 * meetings retold in our own words, with a careful reader's expected.json). The same checks as the
 * acceptance on the shared fixtures (`npm run -s test:corpus`), runnable in a bare clone.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCounts, canonicalExtraction, compareExtraction, emptyCounts, FIELDS, scores } from "./eval/score";
import { extractMeeting } from "./parse";
import { extractionSchema } from "./types";

const dir = path.resolve(import.meta.dirname, "../../../tests/texts/import");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({
    name: f,
    text: readFileSync(path.join(dir, f), "utf8"),
    expected: extractionSchema.parse(
      JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")),
    ),
  }));

describe("the project's own import texts", () => {
  it("are present", () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s gives exactly the expected extraction", (_, c) => {
    expect(canonicalExtraction(extractMeeting(c.text))).toEqual(canonicalExtraction(c.expected));
  });

  it("score F1 = 1 on every field, and less when an item is missing", () => {
    const total = emptyCounts();
    for (const c of cases) addCounts(total, compareExtraction(extractMeeting(c.text), c.expected));
    for (const field of FIELDS) {
      if (total[field].expected > 0) expect(scores(total[field]).f1, field).toBe(1);
    }
    const c = cases.find((x) => x.expected.directives.length > 1);
    if (!c) throw new Error("a text citing several documents is needed");
    const fewer = { ...extractMeeting(c.text), directives: extractMeeting(c.text).directives.slice(1) };
    expect(scores(compareExtraction(fewer, c.expected).directives).f1).toBeLessThan(1);
  });
});
