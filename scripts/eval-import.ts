/**
 * Evaluates the importer on the shared fixtures (corpus and seeds): per-field precision, recall
 * and F1, micro-averaged. Exits 1 when people or directives fall below 0.9 F1.
 *   npm run -s eval:import            summary
 *   npm run -s eval:import -- --files a line per text as well
 */
import { corpusCases, seedCases, sharedDir, type FixtureCase } from "@/features/import/fixtures-dir";
import {
  addCounts,
  compareExtraction,
  emptyCounts,
  FIELDS,
  scores,
  type Field,
  type FieldCounts,
} from "@/features/import/eval/score";
import { extractMeeting } from "@/features/import/parse";

/** Fields that must reach the threshold (items and their fields). */
const GATED: readonly Field[] = ["people", "people.titles", "directives", "directives.fields"];
const THRESHOLD = 0.9;

const pct = (x: number) => x.toFixed(3);

function table(title: string, counts: FieldCounts): string {
  const rows = FIELDS.map((f) => {
    const s = scores(counts[f]);
    const c = counts[f];
    return (
      `  ${f.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ` +
      `${pct(s.f1).padStart(7)}   ${String(c.tp).padStart(4)} ${String(c.predicted).padStart(5)} ` +
      `${String(c.expected).padStart(5)}`
    );
  });
  return [`${title}`, `  ${"field".padEnd(18)} precision  recall      F1     tp  pred   exp`, ...rows].join("\n");
}

function evaluate(cases: readonly FixtureCase[], perFile: boolean): FieldCounts {
  const total = emptyCounts();
  for (const c of cases) {
    const counts = compareExtraction(extractMeeting(c.text), c.expected);
    addCounts(total, counts);
    if (perFile) {
      const misses = FIELDS.filter((f) => scores(counts[f]).f1 < 1).map((f) => `${f}=${pct(scores(counts[f]).f1)}`);
      console.log(`  ${c.name}: ${misses.length ? misses.join(" ") : "all fields right"}`);
    }
  }
  return total;
}

function main(): number {
  const perFile = process.argv.includes("--files");
  const corpus = corpusCases();
  const seeds = seedCases();
  if (corpus.length + seeds.length === 0) {
    console.error(
      `Lỗi: không tìm thấy dữ liệu mẫu ở ${sharedDir()} (đặt SHARED_DIR).\nError: no fixtures found in ${sharedDir()} (set SHARED_DIR).`,
    );
    return 2;
  }
  const corpusCounts = evaluate(corpus, perFile);
  const seedCounts = evaluate(seeds, perFile);
  const all = addCounts(addCounts(emptyCounts(), corpusCounts), seedCounts);
  console.log(table(`Corpus (${corpus.length} texts)`, corpusCounts));
  console.log();
  console.log(table(`Seeds (${seeds.length} texts)`, seedCounts));
  console.log();
  console.log(table(`All (${corpus.length + seeds.length} texts)`, all));
  const failing = GATED.filter((f) => scores(corpusCounts[f]).f1 < THRESHOLD || scores(all[f]).f1 < THRESHOLD);
  console.log();
  if (failing.length > 0) {
    console.log(`FAIL: F1 < ${THRESHOLD} for ${failing.join(", ")}`);
    return 1;
  }
  console.log(`OK: ${GATED.join(", ")} at or above F1 ${THRESHOLD}`);
  return 0;
}

process.exitCode = main();
