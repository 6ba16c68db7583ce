/**
 * Page benchmark (issue #13): every page and route a reader uses, through `next start` over HTTP,
 * on a generated archive of each size and database, beside the floor measured in the same run.
 * Prints a table and writes docs/benchmarks.md. Not a test: asserts nothing.
 *
 *   npm run -s bench:pages -- --meetings 10000,100000 [--no-pg] [--json FILE] [--database URL [--ids FILE]]
 *       [--duration S (10)] [--mixed-duration S (60)] [--clients 1,16] [--app DIR] [--doc FILE] [--no-explain] [--keep]
 *
 * --database reuses an archive made by `cli generate` instead of generating one (--ids: the JSON
 * line the command printed; for a SQLite file, FILE.json beside it, which this script writes when
 * it generates). --app serves another checkout's build (for before/after figures; the archive
 * must then have been generated with that checkout's migrations). The app must be built
 * (`next build`). Run on a quiet machine, with `flock /tmp/sbb-heavy.lock` on a shared one.
 *
 * Floors: for pages, a signed-in request for a record that does not exist (the app's not-found
 * page inside its layout: the same session work as every page); for JSON, GET /api/health.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateArchive } from "./generate";
import type { Tallies } from "./generate/build";
import { fmtMs, freePort, machine, mib, pgServer, pgTarget, sqliteTarget, type Target } from "./bench/targets";
import { load, type Measured, type RequestSpec, signIn, startServer, write, type WriterResult } from "./bench/http";
import { explainPages, type PagePlans } from "./bench/explain";

// ───────────── arguments ─────────────

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const list = (s: string) =>
  s
    .split(",")
    .map((x) => Number.parseInt(x.replace(/_/g, ""), 10))
    .filter((n) => Number.isFinite(n) && n > 0);
const SIZES = list(arg("--meetings") ?? "10000,100000");
const DURATION = Math.max(1, Number(arg("--duration") ?? 10));
const MIXED = Math.max(1, Number(arg("--mixed-duration") ?? 60));
const CLIENTS = list(arg("--clients") ?? "1,16");
const NO_PG = process.argv.includes("--no-pg");
const KEEP = process.argv.includes("--keep");
const EXPLAIN = !process.argv.includes("--no-explain");
const DATABASE = arg("--database");
const IDS = arg("--ids");
const APP = path.resolve(arg("--app") ?? process.cwd());
/** A server already running (no start, no memory figure): for trying the script against `next dev`. */
const URL_ARG = arg("--url");
const JSON_OUT = arg("--json");
const DOC = arg("--doc") ?? "docs/benchmarks.md";
const PASSWORD = "sobienban";

// ───────────── the archive ─────────────

interface Archive {
  target: Target;
  meetings: number;
  ids: Tallies;
  generated?: { seconds: number; meetingsPerSecond: number; rows: Record<string, number> };
}

async function generated(target: Target, meetings: number): Promise<Archive> {
  console.log(`\n▶ ${target.label}: cli generate --meetings ${meetings}`);
  const g = await generateArchive({ url: target.url, meetings });
  if (target.label === "SQLite") writeFileSync(`${target.url.slice(5)}.json`, JSON.stringify(g));
  console.log(`  ${g.seconds} s, ${g.meetingsPerSecond} meetings/s, ${mib(await target.size())}`);
  return {
    target,
    meetings,
    ids: g,
    generated: { seconds: g.seconds, meetingsPerSecond: g.meetingsPerSecond, rows: g.rows },
  };
}

function reused(url: string): Archive {
  const file = IDS ?? (url.startsWith("file:") ? `${url.slice(5)}.json` : "");
  if (!file || !existsSync(file)) throw new Error("--database needs --ids FILE (the JSON line of cli generate)");
  const line =
    readFileSync(file, "utf8")
      .split("\n")
      .find((l) => l.startsWith("{")) ?? "{}";
  const ids = JSON.parse(line) as Tallies & { meetings: number };
  const label = url.startsWith("file:") ? "SQLite" : "PostgreSQL";
  return {
    target: { label, url, size: async () => Number.NaN, drop: async () => {} },
    meetings: ids.meetings,
    ids,
  };
}

// ───────────── the cases ─────────────

type Floor = "page" | "json" | "none";
interface Case {
  name: string;
  floor: Floor;
  admin: string | null;
  member: string | null;
  write?: boolean;
}

function cases(ids: Tallies): Case[] {
  const q = (s: string) => encodeURIComponent(s);
  return [
    { name: "home", floor: "page", admin: "/", member: "/" },
    { name: "archive, no filter", floor: "page", admin: "/archive", member: "/archive" },
    {
      name: "archive, unit filter",
      floor: "page",
      admin: `/archive?unit=${ids.dangBoUnitId}`,
      member: `/archive?unit=${ids.memberUnitId}`,
    },
    {
      name: "archive, common word",
      floor: "page",
      admin: `/archive?q=${q("nhiệm vụ")}`,
      member: `/archive?q=${q("nhiệm vụ")}`,
    },
    { name: "archive, rare word", floor: "page", admin: "/archive?q=Yagi", member: "/archive?q=Yagi" },
    { name: "archive, ct05", floor: "page", admin: "/archive?q=ct05", member: "/archive?q=ct05" },
    { name: "meeting", floor: "page", admin: `/meetings/${ids.meetingId}`, member: `/meetings/${ids.meetingId}` },
    {
      name: "print",
      floor: "page",
      admin: `/meetings/${ids.meetingId}/print`,
      member: `/meetings/${ids.meetingId}/print`,
    },
    {
      name: "DOCX",
      floor: "none",
      admin: `/api/v1/meetings/${ids.meetingId}/export?format=docx`,
      member: `/api/v1/meetings/${ids.meetingId}/export?format=docx`,
    },
    {
      name: "PDF",
      floor: "none",
      admin: `/api/v1/meetings/${ids.meetingId}/export?format=pdf`,
      member: `/api/v1/meetings/${ids.meetingId}/export?format=pdf`,
    },
    {
      name: "directive (most cited)",
      floor: "page",
      admin: `/directives/${ids.mostCitedDirectiveId}`,
      member: `/directives/${ids.mostCitedDirectiveId}`,
    },
    {
      name: "person (long-serving / own)",
      floor: "page",
      admin: `/members/${ids.longServingMemberId}`,
      member: `/members/${ids.memberId}`,
    },
    { name: "overview", floor: "page", admin: "/overview", member: null },
    { name: "tasks", floor: "page", admin: "/tasks", member: "/tasks" },
    { name: "roster", floor: "page", admin: "/members", member: "/members" },
    {
      name: "GET /api/v1/meetings?q=",
      floor: "json",
      admin: `/api/v1/meetings?q=${q("nhiệm vụ")}`,
      member: `/api/v1/meetings?q=${q("nhiệm vụ")}`,
    },
    { name: "draft save (PATCH)", floor: "json", admin: "write", member: null, write: true },
  ];
}

const FLOOR_PAGE = "/meetings/khong-co-bien-ban-nay";
const FLOOR_JSON = "/api/health";

// ───────────── one run ─────────────

interface Row {
  case: string;
  role: "admin" | "member";
  clients: number;
  m: Measured;
  floor: Floor;
  /** p95 over the floor's p95 at the same clients. */
  ratio: number | null;
}

interface Run {
  database: string;
  meetings: number;
  generated?: Archive["generated"];
  sizeBytes: number;
  rows: Row[];
  floors: Record<string, Measured>;
  peakRss: number;
  mixed: { reads: Measured; writes: WriterResult; rps: number; p95: number; seconds: number };
  plans: PagePlans[];
}

async function runOne(a: Archive): Promise<Run> {
  const port = await freePort();
  console.log(`\n▶ ${a.target.label}, ${a.meetings} meetings: next start (${APP}) on ${port}`);
  const server = URL_ARG
    ? { base: URL_ARG.replace(/\/$/, ""), peakRss: () => Number.NaN, stop: async () => {} }
    : await startServer(APP, port, a.target.url);
  try {
    const cookie = {
      admin: await signIn(server.base, "admin", PASSWORD),
      member: await signIn(server.base, "dangvien", PASSWORD),
    };
    const floors: Record<string, Measured> = {};
    const rows: Row[] = [];
    const all = cases(a.ids);
    // Warm every route once (compilation of server components happens at build; this fills caches).
    for (const c of all)
      for (const role of ["admin", "member"] as const) {
        const p = c[role];
        if (p && !c.write)
          await fetch(server.base + p, { headers: { cookie: cookie[role] } }).then((r) => r.arrayBuffer());
      }
    for (const clients of CLIENTS) {
      for (const role of ["admin", "member"] as const) {
        floors[`page ${role} ${clients}`] = await load(
          server.base,
          [{ path: FLOOR_PAGE, cookie: cookie[role] }],
          clients,
          DURATION,
          false,
        );
      }
      floors[`json ${clients}`] = await load(server.base, [{ path: FLOOR_JSON }], clients, DURATION);
      for (const c of all)
        for (const role of ["admin", "member"] as const) {
          const p = c[role];
          if (!p) continue;
          const m = c.write
            ? await write(server.base, cookie.admin, a.ids.draftId, clients, DURATION)
            : await load(server.base, [{ path: p, cookie: cookie[role] }], clients, DURATION);
          const f =
            c.floor === "page"
              ? floors[`page ${role} ${clients}`]
              : c.floor === "json"
                ? floors[`json ${clients}`]
                : null;
          const ratio = f ? m.p95 / f.p95 : null;
          rows.push({ case: c.name, role, clients, m, floor: c.floor, ratio });
          console.log(
            `  ${c.name} · ${role} · ${clients}: p50 ${fmtMs(m.p50)} p95 ${fmtMs(m.p95)} p99 ${fmtMs(m.p99)} ms, ` +
              `${kb(m.bytes)}, ${m.errors} errors${ratio ? `, ×${ratio.toFixed(1)} floor` : ""}`,
          );
        }
    }
    console.log(`  mixed load: 50 readers + 5 writers, ${MIXED} s`);
    const readers: RequestSpec[] = all
      .filter((c) => !c.write && c.floor === "page")
      .flatMap((c) =>
        (["admin", "member"] as const).flatMap((r) => (c[r] ? [{ path: c[r] as string, cookie: cookie[r] }] : [])),
      );
    const [reads, writes] = await Promise.all([
      load(server.base, readers, 50, MIXED),
      write(server.base, cookie.admin, a.ids.draftId, 5, MIXED),
    ]);
    const times = reads.requests + writes.requests;
    const mixed = {
      reads,
      writes,
      rps: times / MIXED,
      p95: Math.max(reads.p95, writes.p95),
      seconds: MIXED,
    };
    console.log(
      `  mixed: ${mixed.rps.toFixed(1)} req/s, p95 reads ${fmtMs(reads.p95)} writes ${fmtMs(writes.p95)} ms, ` +
        `${reads.errors + writes.errors} errors, ${writes.lostWrites} lost writes`,
    );
    const peakRss = server.peakRss();
    await server.stop();
    const plans = EXPLAIN ? await explainPages(a.target.url, a.ids, slowest(rows)) : [];
    return {
      database: a.target.label,
      meetings: a.meetings,
      generated: a.generated,
      sizeBytes: await a.target.size(),
      rows,
      floors,
      peakRss,
      mixed,
      plans,
    };
  } finally {
    await server.stop();
  }
}

/** The pages furthest above their floor at one client (admin), slowest first. */
function slowest(rows: Row[]): string[] {
  return rows
    .filter((r) => r.role === "admin" && r.clients === CLIENTS[0] && r.floor === "page")
    .sort((x, y) => (y.ratio ?? 0) - (x.ratio ?? 0))
    .slice(0, 4)
    .map((r) => r.case);
}

// ───────────── output ─────────────

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function table(run: Run): string {
  const head =
    "| page | reader | clients | p50 ms | p95 ms | p99 ms | bytes | errors | p95 × floor |\n|---|---|---|---|---|---|---|---|---|";
  const floorRows = Object.entries(run.floors).map(([k, m]) => {
    const [kind, who, clients] = k.split(" ").length === 3 ? k.split(" ") : [k.split(" ")[0], "—", k.split(" ")[1]];
    const route = kind === "json" ? FLOOR_JSON : FLOOR_PAGE;
    return `| floor: ${route} | ${who} | ${clients} | ${fmtMs(m.p50)} | ${fmtMs(m.p95)} | ${fmtMs(m.p99)} | ${kb(m.bytes)} | — | 1 |`;
  });
  const body = run.rows.map(
    (r) =>
      `| ${r.case} | ${r.role} | ${r.clients} | ${fmtMs(r.m.p50)} | ${fmtMs(r.m.p95)} | ${fmtMs(r.m.p99)} | ${kb(r.m.maxBytes)} | ` +
      `${r.m.errors}${
        r.m.errors
          ? ` (${Object.entries(r.m.statuses)
              .map(([s, n]) => `${s}: ${n}`)
              .join(", ")})`
          : ""
      } | ` +
      `${r.ratio === null ? "—" : `×${r.ratio.toFixed(1)}`} |`,
  );
  return [head, ...floorRows, ...body].join("\n");
}

function runSection(run: Run): string {
  const g = run.generated;
  const mixed = run.mixed;
  const lines = [
    `### ${run.database}, ${run.meetings.toLocaleString("en")} meetings`,
    "",
    g
      ? `Archive: \`cli generate\` in ${g.seconds} s (${g.meetingsPerSecond} meetings/s), ${mib(run.sizeBytes)} on disk; ` +
        `${g.rows.Member} members, ${g.rows.Attendance} attendance rows, ${g.rows.Speech} speeches, ${g.rows.DirectiveCitation} citations.`
      : "Archive: reused (`--database`).",
    "",
    `Server peak RSS through the run: **${mib(run.peakRss)}**.`,
    "",
    table(run),
    "",
    `Mixed load (50 readers over the pages above, admin and member, + 5 writers autosaving their own draft, ${mixed.seconds} s): ` +
      `**${mixed.rps.toFixed(1)} requests/s**, p95 reads ${fmtMs(mixed.reads.p95)} ms, p95 writes ${fmtMs(mixed.writes.p95)} ms, ` +
      `${mixed.reads.errors + mixed.writes.errors} errors, **${mixed.writes.lostWrites} lost writes** (${mixed.writes.saves} saves).`,
    "",
  ];
  for (const p of run.plans) {
    lines.push(`#### Query plans: ${p.page}`, "");
    for (const q of p.queries) lines.push("```sql", q.sql, "```", "```", q.plan, "```", "");
  }
  return lines.join("\n");
}

const KEPT = "<!-- Notes below this line are kept when bench:pages rewrites the file. -->";

function writeDoc(runs: Run[]): void {
  const previous = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : `${KEPT}\n`;
  const doc = [
    "# Benchmarks",
    "",
    "Written by `npm run -s bench:pages` (scripts/bench-pages.ts): each page through `next start` over HTTP, closed-loop",
    "clients, every response timed; the floor is measured in the same run (pages: a signed-in request for a record that",
    "does not exist; JSON: `GET /api/health`). Exports have absolute budgets instead of a floor.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${machine()}; load average at the end ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
    `- Durations: ${DURATION} s per case and client count, mixed load ${MIXED} s (defaults: 10 s and 60 s)`,
    `- App: ${APP === process.cwd() ? "this checkout" : APP}`,
    "",
    ...runs.map(runSection),
    kept,
  ].join("\n");
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, doc);
  console.log(`\nWritten / đã ghi: ${DOC}`);
}

// ───────────── main ─────────────

async function main() {
  if (!URL_ARG && !existsSync(path.join(APP, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID")))
    throw new Error(`no build in ${APP}: run next build first`);
  const runs: Run[] = [];
  if (DATABASE) runs.push(await runOne(reused(DATABASE)));
  else {
    const pg = await pgServer({ skip: NO_PG, keep: KEEP });
    try {
      for (const n of SIZES) {
        const targets: Target[] = [sqliteTarget(path.resolve(`data/bench-pages-${n}.db`), true)];
        if (pg) targets.push(await pgTarget(pg.url, `bench_pages_${n}`, KEEP));
        for (const t of targets) {
          try {
            runs.push(await runOne(await generated(t, n)));
            writeDoc(runs); // after every run: a later failure keeps what was measured
          } catch (e) {
            console.error(`✗ ${t.label}, ${n} meetings: ${(e as Error).message}`);
          } finally {
            if (t.label === "PostgreSQL") await t.drop();
          }
        }
      }
    } finally {
      pg?.stop();
    }
  }
  for (const r of runs) console.log(`\n${r.database}, ${r.meetings} meetings\n${table(r)}`);
  if (JSON_OUT)
    writeFileSync(JSON_OUT, JSON.stringify({ machine: machine(), date: new Date().toISOString(), runs }, null, 2));
  writeDoc(runs);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
