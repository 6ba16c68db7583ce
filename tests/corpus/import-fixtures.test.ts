/**
 * Acceptance on the shared fixtures, read at run time from SHARED_DIR (or ../shared):
 * the seeds exactly (lists in any order), the corpus at F1 ≥ 0.9 for people and directives.
 * Part of `npm run -s test:corpus` (the main suite runs the same code on the project's own texts).
 */
import { describe, expect, it } from "vitest";
import {
  addCounts,
  canonicalExtraction as canonical,
  compareExtraction,
  emptyCounts,
  scores,
} from "@/features/import/eval/score";
import { corpusCases, seedCases, sharedDir } from "@/features/import/fixtures-dir";
import { extractMeeting } from "@/features/import/parse";

const seeds = seedCases();
const corpus = corpusCases();

describe(`fixtures in ${sharedDir()}`, () => {
  it("are present", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
    expect(corpus.length).toBeGreaterThanOrEqual(1);
  });

  it.each(seeds.map((c) => [c.name, c] as const))("seed %s gives exactly the expected extraction", (_, c) => {
    expect(canonical(extractMeeting(c.text))).toEqual(canonical(c.expected));
  });

  it("corpus reaches F1 ≥ 0.9 on people and directives", () => {
    const total = emptyCounts();
    for (const c of corpus) addCounts(total, compareExtraction(extractMeeting(c.text), c.expected));
    for (const field of ["people", "people.titles", "directives", "directives.fields"] as const) {
      expect(scores(total[field]).f1, field).toBeGreaterThanOrEqual(0.9);
    }
  });
});
