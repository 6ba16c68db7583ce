/**
 * Acceptance on the shared fixtures, read at run time from SHARED_DIR (or ../shared):
 * the seeds exactly (lists in any order), the corpus at F1 ≥ 0.9 for people and directives.
 */
import { describe, expect, it } from "vitest";
import { addCounts, compareExtraction, emptyCounts, scores } from "./eval/score";
import { corpusCases, seedCases, sharedDir } from "./fixtures-dir";
import { extractMeeting } from "./parse";
import type { Extraction } from "./types";

/** Lists sorted by their JSON, so that their order does not matter. */
function canonical(e: Extraction): Extraction {
  const sort = <T>(xs: readonly T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...e,
    people: sort(e.people),
    reports: sort(e.reports),
    speeches: sort(e.speeches),
    directives: sort(e.directives),
  };
}

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
