/**
 * Where the shared fixtures live: `SHARED_DIR`, or `../shared` beside the repository. Tests and
 * scripts read the texts from there at run time; no fixture text is copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { stripSourceUrlLine } from "@/lib/vi/text";
import { extractionSchema, type Extraction } from "./types";

export function sharedDir(): string {
  return process.env.SHARED_DIR ?? path.resolve(process.cwd(), "../shared");
}

export interface FixtureCase {
  /** "seeds/000_…" or "corpus/02_…". */
  name: string;
  group: "seed" | "corpus";
  /** The text the extractor is given (a corpus file's address line removed). */
  text: string;
  expected: Extraction;
}

function readCase(group: "seed" | "corpus", textPath: string, expectedPath: string): FixtureCase {
  const raw = readFileSync(textPath, "utf8");
  const text = group === "corpus" ? stripSourceUrlLine(raw) : raw;
  const expected = extractionSchema.parse(JSON.parse(readFileSync(expectedPath, "utf8")));
  return { name: `${group === "seed" ? "seeds" : "corpus"}/${path.basename(textPath, ".txt")}`, group, text, expected };
}

/** The two seeds (seeds/*.txt with fixtures/*.expected.json). */
export function seedCases(dir = sharedDir()): FixtureCase[] {
  const seeds = path.join(dir, "seeds");
  const fixtures = path.join(dir, "fixtures");
  if (!existsSync(seeds)) return [];
  return readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readCase("seed", path.join(seeds, f), path.join(fixtures, f.replace(/\.txt$/, ".expected.json"))))
    .filter(Boolean);
}

/** The corpus (fixtures/corpus/NN_*.txt with NN_*.expected.json). */
export function corpusCases(dir = sharedDir()): FixtureCase[] {
  const corpus = path.join(dir, "fixtures", "corpus");
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .filter((f) => f.endsWith(".txt") && existsSync(path.join(corpus, f.replace(/\.txt$/, ".expected.json"))))
    .sort()
    .map((f) => readCase("corpus", path.join(corpus, f), path.join(corpus, f.replace(/\.txt$/, ".expected.json"))));
}
