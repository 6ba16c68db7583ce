/**
 * Throughput of the importer's extractor over the shared fixtures (seeds and corpus), repeated
 * until the measurement lasts long enough, plus one long document made of all texts, to show
 * that time grows linearly with length. Prints figures; not a test.
 */
import { corpusCases, seedCases, sharedDir } from "@/features/import/fixtures-dir";
import { extractMeeting } from "@/features/import/parse";

const MIN_MS = 2000;
const MIN_ROUNDS = 20;

function measure(texts: readonly string[]): { rounds: number; ms: number } {
  let rounds = 0;
  const start = performance.now();
  let ms = 0;
  while (ms < MIN_MS || rounds < MIN_ROUNDS) {
    for (const t of texts) extractMeeting(t);
    rounds++;
    ms = performance.now() - start;
  }
  return { rounds, ms };
}

function main(): number {
  const texts = [...seedCases(), ...corpusCases()].map((c) => c.text);
  if (texts.length === 0) {
    console.error(`Lỗi: không tìm thấy dữ liệu mẫu ở ${sharedDir()}.\nError: no fixtures found in ${sharedDir()}.`);
    return 2;
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  // Warm-up: compile regular expressions and let the JIT settle.
  for (let i = 0; i < 20; i++) for (const t of texts) extractMeeting(t);

  const { rounds, ms } = measure(texts);
  const n = rounds * texts.length;
  const seconds = ms / 1000;
  console.log(`Fixtures: ${texts.length} texts, ${(bytes / 1024).toFixed(1)} KiB, repeated ${rounds} times`);
  console.log(
    `  ${(n / seconds).toFixed(0)} texts/s   ${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s   ${((ms * 1000) / n).toFixed(0)} µs/text`,
  );

  for (const copies of [10, 50]) {
    const long = Array.from({ length: copies }, () => texts.join("\n\n")).join("\n\n");
    const longBytes = Buffer.byteLength(long, "utf8");
    const r = measure([long]);
    const s = r.ms / 1000;
    console.log(
      `Long document (${copies}× all texts, ${(longBytes / 1024).toFixed(0)} KiB): ` +
        `${((longBytes * r.rounds) / 1e6 / s).toFixed(2)} MB/s   ${(r.ms / r.rounds).toFixed(1)} ms/document`,
    );
  }
  return 0;
}

process.exitCode = main();
