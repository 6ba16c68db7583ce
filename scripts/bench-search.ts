/**
 * Search latency over a generated archive (`cli generate`, scripts/generate: the same archive on
 * SQLite and on a fresh PostgreSQL database), timing typical queries through the real search
 * (searchMeetings: ranked, scoped, counted, with snippets) beside the same words as a plain
 * `LIKE '%…%'` scan. Prints figures; not a test, asserts nothing.
 *
 *   npm run -s bench:search [-- --sizes 2000,20000] [-- --runs 20] [-- --no-pg] [-- --keep]
 *
 * PostgreSQL: BENCH_PG_URL (a server where the script may create and drop databases), else a
 * throwaway cluster from Debian's binaries (scripts/pg-cluster.sh) when they are installed.
 * Run with `tsx --conditions=react-server` (the search module imports "server-only").
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Prisma } from "@/generated/postgres/client";
import { getDb } from "@/server/db";
import { loadActor } from "@/server/actor";
import { searchMeetings } from "@/server/search/meetings";
import type { Actor } from "@/server/policy/policy";
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { generateArchive, type GeneratedArchive } from "./generate";
import { fmtMs, machine, mib, percentile, pgServer, pgTarget, sqliteTarget, type Target } from "./bench/targets";

// ───────────── arguments ─────────────

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZES = (arg("--sizes") ?? "10000,100000")
  .split(",")
  .map((s) => Number.parseInt(s.replace(/_/g, ""), 10))
  .filter((n) => Number.isFinite(n) && n > 0);
const RUNS = Math.max(1, Number(arg("--runs") ?? 20));
const WARMUP = 2;
/** A case whose single run takes longer than this is timed fewer times (never fewer than MIN_RUNS). */
const CASE_BUDGET_MS = Number(arg("--case-budget-ms") ?? 6000);
const MIN_RUNS = 6;
const NO_PG = process.argv.includes("--no-pg");
/** Keep the databases (and the throwaway cluster) for EXPLAIN by hand; where they are is printed. */
const KEEP = process.argv.includes("--keep");

// ───────────── timing ─────────────

interface Timing {
  p50: number;
  p95: number;
  runs: number;
  matches: number;
}

/** A run slower than this makes the second warm-up run count as timed, and allows as few as SLOW_MIN_RUNS runs. */
const SLOW_MS = 2000;
const SLOW_MIN_RUNS = 3;

async function time(fn: () => Promise<number>): Promise<Timing> {
  const ms: number[] = [];
  let matches = 0;
  let warm = 0;
  for (let i = 0; i < WARMUP; i++) {
    const t = performance.now();
    matches = await fn();
    warm = performance.now() - t;
    if (warm > SLOW_MS) break; // one warm-up is enough for a query this slow
  }
  const min = warm > SLOW_MS ? SLOW_MIN_RUNS : MIN_RUNS;
  const runs = Math.min(RUNS, Math.max(Math.min(RUNS, min), Math.floor(CASE_BUDGET_MS / Math.max(warm, 0.01))));
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), runs, matches };
}

// ───────────── queries ─────────────

interface Case {
  label: string;
  q?: string;
  unitId?: string;
  unitPath?: string;
}

interface ActorCase {
  label: string;
  actor: Actor;
  /** The same scope as the search's, over m (Meeting) and u (its Unit). */
  scope: Prisma.Sql;
}

function likeQuery(c: Case, a: ActorCase): { page: Prisma.Sql; count: Prisma.Sql } {
  const where: Prisma.Sql[] = [Prisma.sql`m."deletedAt" IS NULL`, a.scope];
  if (c.unitPath) where.push(Prisma.sql`substr(u."path", 1, ${c.unitPath.length}) = ${c.unitPath}`);
  for (const w of foldForSearch(c.q ?? "")
    .split(" ")
    .filter(Boolean))
    where.push(Prisma.sql`m."searchText" LIKE ${`%${w}%`}`);
  const from = Prisma.sql`FROM "Meeting" m JOIN "Unit" u ON u."id" = m."unitId" WHERE ${Prisma.join(where, " AND ")}`;
  return {
    page: Prisma.sql`SELECT m."id" AS id ${from} ORDER BY m."startsAt" DESC LIMIT 20`,
    count: Prisma.sql`SELECT COUNT(*) AS n ${from}`,
  };
}

function report(t: Target, g: GeneratedArchive, size: number): void {
  const r = g.rows;
  console.log(
    `Rows: ${r.Unit} units, ${r.Member} members, ${r.Directive} directives, ${r.Meeting} meetings ` +
      `(2017–2026, most approved), ${r.Attendance} attendance, ${r.Report} reports, ${r.Speech} speeches, ` +
      `${r.DirectiveCitation} citations, ${r.Task} tasks`,
  );
  console.log(
    `  ${t.label}: cli generate ${g.seconds} s (${g.meetingsPerSecond} meetings/s; migrate ${g.phases.migrate} s, ` +
      `load ${g.phases.load} s, statistics ${g.phases.settle} s); database size / dung lượng ${mib(size)}`,
  );
}

async function benchOne(target: Target, n: number, g: GeneratedArchive): Promise<void> {
  // Switch the app's client to this database.
  await closeAppDb();
  process.env.DATABASE_URL = target.url;
  const db = getDb();
  const actorOf = async (username: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    const actor = await loadActor(u.id);
    if (!actor) throw new Error(`no actor ${username}`);
    return actor;
  };
  const [root, cb, dbcs, secretary] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: g.rootUnitId }, select: { id: true, name: true, path: true } }),
    db.unit.findUniqueOrThrow({ where: { id: g.memberUnitId }, select: { id: true, name: true, path: true } }),
    db.unit.findUniqueOrThrow({ where: { id: g.dangBoUnitId }, select: { id: true, name: true, path: true } }),
    db.member.findFirstOrThrow({
      where: { unitId: g.memberUnitId },
      orderBy: { id: "asc" },
      select: { familyName: true, middleName: true, givenName: true },
    }),
  ]);
  // The member: a school chi bộ (so that "hiệu trưởng" finds its records), a full name from its roster.
  const actors: ActorCase[] = [
    {
      label: "admin (root)",
      actor: await actorOf("admin"),
      scope: Prisma.sql`substr(u."path", 1, ${root.path.length}) = ${root.path}`,
    },
    {
      label: "member (chi bộ)",
      actor: await actorOf("dangvien"),
      scope: Prisma.sql`CAST(m."status" AS TEXT) = 'APPROVED' AND u."id" IN (${Prisma.join(cb.path.split("/").filter(Boolean))})`,
    },
  ];
  const fullNameOfSecretary = fullName(secretary);
  const cases: Case[] = [
    { label: "dang bo", q: "dang bo" },
    { label: "hieu truong", q: "hieu truong" },
    { label: "Chỉ thị 05", q: "Chỉ thị 05" },
    { label: "05-CT/TW", q: "05-CT/TW" },
    { label: "ct05", q: "ct05" },
    { label: "nghị quyết trung ương 4", q: "nghị quyết trung ương 4" },
    { label: `${fullNameOfSecretary} (full name)`, q: fullNameOfSecretary },
    { label: "tham luận chi bộ", q: "tham luận chi bộ" },
    { label: "Yagi (rare word)", q: "Yagi" },
    { label: "blockchain (no match)", q: "blockchain" },
  ];

  const rows: string[][] = [];
  let reduced = false;
  const run = async (c: Case, ac: ActorCase, filter: Parameters<typeof searchMeetings>[1]) => {
    const s = await time(async () => (await searchMeetings(ac.actor, filter)).total);
    const lq = likeQuery(c, ac);
    const l = await time(async () => {
      const [, counted] = await Promise.all([
        db.$queryRaw<Array<{ id: string }>>(lq.page),
        db.$queryRaw<Array<{ n: number | bigint }>>(lq.count),
      ]);
      return Number(counted[0]?.n ?? 0);
    });
    if (s.runs < RUNS || l.runs < RUNS) reduced = true;
    const runs = s.runs < RUNS || l.runs < RUNS ? ` (${s.runs}/${l.runs} runs)` : "";
    rows.push([
      c.label + runs,
      ac.label,
      String(s.matches),
      String(l.matches),
      fmtMs(s.p50),
      fmtMs(s.p95),
      fmtMs(l.p50),
      fmtMs(l.p95),
    ]);
  };
  for (const c of cases) for (const ac of actors) await run(c, ac, { q: c.q, page: 1, pageSize: 20 });
  // Browse without words: the admin in one đảng bộ cơ sở (its subtree), the member in the own chi bộ.
  await run({ label: `browse: ${dbcs.name} (no q)`, unitId: dbcs.id, unitPath: dbcs.path }, actors[0], {
    unitId: dbcs.id,
    page: 1,
    pageSize: 20,
  });
  await run({ label: `browse: ${cb.name} (no q)`, unitId: cb.id, unitPath: cb.path }, actors[1], {
    unitId: cb.id,
    page: 1,
    pageSize: 20,
  });

  const head = ["query", "actor", "search hits", "LIKE hits", "search p50", "p95", "LIKE p50", "p95"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  console.log(
    `\n${target.label}, ${n.toLocaleString("en-US")} meetings — ms, page 1 of 20 (search: ranked page + count + snippets; LIKE: page + count)`,
  );
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i >= 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const r of rows) console.log(line(r));
  if (reduced)
    console.log(
      `(n/m runs): fewer than ${RUNS} timed runs for search/LIKE, to stay within ~${CASE_BUDGET_MS / 1000} s per ` +
        `case: at least ${Math.min(RUNS, MIN_RUNS)}, or ${SLOW_MIN_RUNS} after a single warm-up when one run takes ` +
        `more than ${SLOW_MS / 1000} s; with few runs p95 is the slowest run.`,
    );

  await closeAppDb();
}

/** Ends the app's process-wide client (src/server/db.ts), so the next db() opens DATABASE_URL anew. */
async function closeAppDb(): Promise<void> {
  const current = globalThis.__sbbDb;
  globalThis.__sbbDb = undefined;
  await current?.client.$disconnect();
}

// ───────────── main ─────────────

async function main(): Promise<number> {
  if (SIZES.length === 0) {
    console.error("Lỗi: --sizes không hợp lệ. / Error: invalid --sizes.");
    return 2;
  }
  const t0 = performance.now();
  console.log("# Tìm kiếm biên bản: độ trễ truy vấn / search latency benchmark");
  console.log(machine());
  console.log(
    `Sizes / số biên bản: ${SIZES.map((s) => s.toLocaleString("en-US")).join(", ")}; ${WARMUP} warm-up runs, ` +
      `then ${RUNS} timed runs per query (fewer when one run exceeds ${CASE_BUDGET_MS / RUNS} ms)`,
  );
  console.log("Text / văn bản: the generator's own sentence bank (scripts/generate/sentences.ts)");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "sbb-bench-search-"));
  const server = await pgServer({ skip: NO_PG, keep: KEEP });
  if (server) console.log(`PostgreSQL: ${server.description}`);
  try {
    for (const n of SIZES) {
      console.log(`\n# ${n.toLocaleString("en-US")} meetings / biên bản`);
      const targets: Target[] = [sqliteTarget(path.join(tmp, `bench-${n}.db`), KEEP)];
      if (server) targets.push(await pgTarget(server.url, `sbb_bench_${n}_${process.pid}`, KEEP));
      try {
        // The same archive on every database: one seed per size.
        const generated: GeneratedArchive[] = [];
        for (const t of targets) {
          const g = await generateArchive({ url: t.url, meetings: n, seed: n });
          report(t, g, await t.size());
          generated.push(g);
        }
        for (const [i, t] of targets.entries()) await benchOne(t, n, generated[i]);
      } finally {
        for (const t of targets) await t.drop();
      }
    }
  } finally {
    server?.stop();
    if (!KEEP) rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nTổng thời gian / total: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
