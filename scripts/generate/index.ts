/**
 * The one generator of realistic archives (`npm run -s cli -- generate`, the benchmarks, tests):
 * an organisation tree, members with Vietnamese names, a document registry, N meeting records
 * with everything a biên bản holds, and the accounts admin (the whole tree), thuky (secretary of
 * one chi bộ) and dangvien (a member of it) with the demo password. Deterministic for a seed: the
 * same seed writes the same rows (ids included) on either database; only password hashes differ.
 * A worker thread builds the records (build.ts) while this thread writes them (writers.ts).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { hashPassword } from "@/server/password-core";
import { DEMO_PASSWORD } from "@/server/seed/demo";
import { type BuildItem, PASSWORD_PLACEHOLDER, STATIC_TABLES, type StaticRows, type Tallies } from "./build";
import { BATCH_TABLES, type Batch } from "./meetings";
import { pgWriter, sqliteWriter, type Writer } from "./writers";

export interface GenerateOptions {
  /** A SQLite `file:` URL or a `postgresql://` URL; the database must be empty (migrated or not). */
  url: string;
  meetings: number;
  seed?: number;
  /** Meetings per transaction. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

/** What a benchmark needs to know about the archive: the JSON line the command prints. */
export interface GeneratedArchive extends Tallies {
  provider: "sqlite" | "postgres";
  seed: number;
  meetings: number;
  rows: Record<string, number>;
  accounts: { admin: string; thuky: string; dangvien: string; password: string };
  /** Words for the benchmarks' searches. */
  words: { common: string; rare: string; reference: string };
  seconds: number;
  meetingsPerSecond: number;
  /** Seconds per phase: migrations (when the database had no tables), the load, statistics. */
  phases: { migrate: number; load: number; settle: number };
}

const TABLES_THAT_MUST_BE_EMPTY = ["Unit", "Member", "Meeting", "User", "Directive"];

export class NotEmptyError extends Error {
  constructor(readonly table: string) {
    super(`database not empty (table ${table} has rows)`);
  }
}

async function openWriter(url: string): Promise<Writer> {
  return /^postgres(ql)?:\/\//.test(url) ? pgWriter(url) : sqliteWriter(url);
}

/** Applies the migrations with the Prisma CLI when the database has no tables yet. */
async function ensureMigrated(url: string): Promise<Writer> {
  const w = await openWriter(url);
  if (await w.tableExists("Meeting")) return w;
  await w.close();
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const r = spawnSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed:\n${r.stderr || r.stdout}`);
  return openWriter(url);
}

/** The builder's items, from a worker thread, as an async sequence; `ack` lets it build one more batch. */
function fromWorker(seed: number, meetings: number, batchSize: number) {
  const worker = new Worker(path.join(__dirname, "worker-boot.cjs"), { workerData: { seed, meetings, batchSize } });
  const queue: BuildItem[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => wake?.();
  worker.on("message", (m: BuildItem) => {
    queue.push(m);
    notify();
  });
  worker.on("error", (e) => {
    failure = e;
    notify();
  });
  worker.on("exit", (code) => {
    failure ??= code ? new Error(`generator worker exited with ${code}`) : null;
    notify();
  });
  return {
    async next(): Promise<BuildItem> {
      while (queue.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      return queue.shift() as BuildItem;
    },
    ack: () => worker.postMessage("more"),
    stop: () => worker.terminate(),
  };
}

async function writeStatic(w: Writer, rows: StaticRows): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of rows.User) if (u.passwordHash === PASSWORD_PLACEHOLDER) u.passwordHash = passwordHash;
  await w.transaction(async () => {
    for (const t of STATIC_TABLES) await w.insert(t, rows[t]);
  });
}

async function writeBatch(w: Writer, batch: Batch): Promise<void> {
  await w.transaction(async () => {
    for (const t of BATCH_TABLES) await w.insert(t, batch[t]);
  });
}

/** Writes everything the builder sends; returns the tallies and the rows per table. */
async function load(w: Writer, o: GenerateOptions, seed: number) {
  const source = fromWorker(seed, o.meetings, Math.max(1, o.batch ?? 1000));
  const rows: Record<string, number> = {};
  try {
    for (;;) {
      const item = await source.next();
      if (item.type === "done") return { tallies: item.tallies, rows };
      const tables = item.type === "static" ? item.rows : item.batch;
      for (const [t, list] of Object.entries(tables)) rows[t] = (rows[t] ?? 0) + (list as unknown[]).length;
      if (item.type === "static") await writeStatic(w, item.rows);
      else {
        await writeBatch(w, item.batch);
        source.ack();
        o.onProgress?.(item.done, o.meetings);
      }
    }
  } finally {
    await source.stop();
  }
}

const s1 = (ms: number) => Math.round(ms / 100) / 10;

export async function generateArchive(o: GenerateOptions): Promise<GeneratedArchive> {
  if (!Number.isInteger(o.meetings) || o.meetings < 1) throw new Error("meetings must be a positive integer");
  const seed = o.seed ?? 1;
  const t0 = performance.now();
  const w = await ensureMigrated(o.url);
  const t1 = performance.now();
  try {
    for (const t of TABLES_THAT_MUST_BE_EMPTY) if ((await w.count(t)) > 0) throw new NotEmptyError(t);
    const { tallies, rows } = await load(w, o, seed);
    const t2 = performance.now();
    await w.settle();
    const t3 = performance.now();
    return {
      provider: w.provider,
      seed,
      meetings: o.meetings,
      rows,
      accounts: { admin: "admin", thuky: "thuky", dangvien: "dangvien", password: DEMO_PASSWORD },
      ...tallies,
      words: { common: "nhiệm vụ", rare: "Yagi", reference: "ct05" },
      seconds: s1(t3 - t0),
      meetingsPerSecond: Math.round((o.meetings * 1000) / (t3 - t0)),
      phases: { migrate: s1(t1 - t0), load: s1(t2 - t1), settle: s1(t3 - t2) },
    };
  } finally {
    await w.close();
  }
}
