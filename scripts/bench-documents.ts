/**
 * Render time of the biên bản per document: seeds a temporary SQLite database with the demo data,
 * then renders each demo meeting N times as document model, DOCX and PDF and prints ms per
 * document (p50 / p95). Prints figures; not a test.
 *
 *   npm run -s bench:documents [-- --rounds 30] [-- --write-dir /tmp/out]   (--write-dir keeps one copy of each file)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

// The data layer is marked "server-only", whose default export throws outside React Server
// Components. This script is a trusted server-side process: answer that one module with an empty one.
const localRequire = createRequire(path.join(process.cwd(), "package.json"));
const serverOnly = localRequire.resolve("server-only");
localRequire.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

// tsx runs this package's files as CommonJS, so the ESM-only subpaths of @react-pdf (exported for
// "import" only, e.g. "@react-pdf/hyphenate/en-us") cannot be required. Next and Vitest resolve
// them as ESM; here, a failed subpath lookup falls back to the package's "import" target.
type Resolve = (request: string, parent: NodeJS.Module | undefined, ...rest: unknown[]) => string;
const ModuleCtor = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = ModuleCtor._resolveFilename;
ModuleCtor._resolveFilename = function (request, parent, ...rest) {
  try {
    return resolveFilename.call(this, request, parent, ...rest);
  } catch (e) {
    const fallback =
      (e as { code?: string }).code === "ERR_PACKAGE_PATH_NOT_EXPORTED" ? importTarget(request, parent) : null;
    if (fallback) return fallback;
    throw e;
  }
};

function importTarget(request: string, parent: NodeJS.Module | undefined): string | null {
  const m = /^((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(request);
  if (!m) return null;
  const [, pkg, sub] = m;
  for (const base of parent?.paths ?? []) {
    const pkgJson = path.join(base, pkg, "package.json");
    if (!existsSync(pkgJson)) continue;
    const exportsMap =
      (JSON.parse(readFileSync(pkgJson, "utf8")) as { exports?: Record<string, { import?: string } | string> })
        .exports ?? {};
    for (const [key, value] of Object.entries(exportsMap)) {
      const target = typeof value === "string" ? value : value.import;
      if (!target) continue;
      if (key === `./${sub}`) return path.join(base, pkg, target);
      if (key.endsWith("*") && `./${sub}`.startsWith(key.slice(0, -1)))
        return path.join(base, pkg, target.replace("*", `./${sub}`.slice(key.length - 1)));
    }
  }
  return null;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function applyMigrations(file: string) {
  const dir = path.join(process.cwd(), "prisma", "sqlite", "migrations");
  const db = new Database(file);
  try {
    for (const name of readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      db.exec(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
    }
  } finally {
    db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function time<T>(rounds: number, fn: () => Promise<T> | T): Promise<{ p50: number; p95: number; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), last };
}

async function main(): Promise<number> {
  const rounds = Math.max(1, Number(arg("--rounds") ?? 20));
  const writeDir = arg("--write-dir");
  const dir = mkdtempSync(path.join(os.tmpdir(), "sbb-bench-documents-"));
  const file = path.join(dir, "bench.db");
  applyMigrations(file);
  process.env.DATABASE_URL = `file:${file}`;

  const { createPrisma } = await import("@/server/prisma-factory");
  const { seedDemo } = await import("@/server/seed/demo");
  const seedClient = createPrisma(process.env.DATABASE_URL);
  await seedDemo(seedClient);
  await seedClient.$disconnect();

  const { getDb } = await import("@/server/db");
  const { loadActor } = await import("@/server/actor");
  const { getMeeting } = await import("@/features/meetings/data");
  const { unitHeaderInfo } = await import("@/features/documents/load");
  const { minutesOptions } = await import("@/features/documents/options");
  const { buildMinutesModel } = await import("@/features/documents/minutes-model");
  const { renderMinutesDocx } = await import("@/features/documents/docx");
  const { renderMinutesPdf } = await import("@/features/documents/pdf");

  const db = getDb();
  try {
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
    const actor = await loadActor(admin.id);
    if (!actor) throw new Error("no admin actor");
    const meetings = await db.meeting.findMany({
      where: { status: "APPROVED" },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true },
    });

    // Warm-up: fonts, layout caches, JIT.
    {
      const m = await getMeeting(actor, meetings[0].id);
      if (!m) throw new Error("meeting not readable");
      const model = buildMinutesModel(m, minutesOptions(m, await unitHeaderInfo(m.unit.id)));
      for (let i = 0; i < 3; i++) {
        await renderMinutesDocx(model);
        await renderMinutesPdf(model);
      }
    }

    console.log(`Biên bản render time, ms per document (${rounds} rounds each; p50 / p95)`);
    console.log(
      `${"meeting".padEnd(52)} ${"model".padStart(13)} ${"DOCX".padStart(15)} ${"PDF".padStart(15)}   size DOCX / PDF`,
    );
    const fmt = (r: { p50: number; p95: number }) => `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)}`;
    for (const row of meetings) {
      const detail = await getMeeting(actor, row.id);
      if (!detail) continue;
      const header = await unitHeaderInfo(detail.unit.id);
      const model = await time(rounds * 10, () => buildMinutesModel(detail, minutesOptions(detail, header)));
      const docx = await time(rounds, () => renderMinutesDocx(model.last));
      const pdf = await time(rounds, () => renderMinutesPdf(model.last));
      const name = row.title.length > 50 ? `${row.title.slice(0, 49)}…` : row.title;
      console.log(
        `${name.padEnd(52)} ${fmt(model).padStart(13)} ${fmt(docx).padStart(15)} ${fmt(pdf).padStart(15)}   ` +
          `${(docx.last.length / 1024).toFixed(0)} KiB / ${(pdf.last.length / 1024).toFixed(0)} KiB`,
      );
      if (writeDir) {
        mkdirSync(writeDir, { recursive: true });
        writeFileSync(path.join(writeDir, `${model.last.meta.asciiFileName}.docx`), docx.last);
        writeFileSync(path.join(writeDir, `${model.last.meta.asciiFileName}.pdf`), pdf.last);
      }
    }
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error("Lỗi đo thời gian kết xuất biên bản (benchmark failed):", e);
    process.exitCode = 1;
  },
);
