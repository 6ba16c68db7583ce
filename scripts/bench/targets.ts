/**
 * Databases for the benchmarks: a SQLite file, or a fresh database on a PostgreSQL server
 * (BENCH_PG_URL, where the script may create and drop databases, else a throwaway cluster from
 * Debian's binaries through scripts/pg-cluster.sh).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface Target {
  label: "SQLite" | "PostgreSQL";
  url: string;
  /** Size on disk, in bytes. */
  size(): Promise<number>;
  drop(): Promise<void>;
}

export function sqliteTarget(file: string, keep: boolean): Target {
  const files = () => ["", "-wal", "-shm"].map((s) => file + s);
  for (const f of files()) rmSync(f, { force: true });
  return {
    label: "SQLite",
    url: `file:${file}`,
    async size() {
      return files().reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
    },
    async drop() {
      if (keep) return void console.log(`Kept / giữ lại: ${file}`);
      for (const f of files()) rmSync(f, { force: true });
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function pgTarget(serverUrl: string, name: string, keep: boolean): Promise<Target> {
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
  });
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    label: "PostgreSQL",
    url,
    size: () =>
      withClient(url, async (c) =>
        Number((await c.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n),
      ),
    drop: () =>
      keep
        ? Promise.resolve(void console.log(`Kept / giữ lại: ${url}`))
        : withClient(serverUrl, async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function debianPgBin(): boolean {
  try {
    return readdirSync("/usr/lib/postgresql").some((v) =>
      existsSync(path.join("/usr/lib/postgresql", v, "bin", "initdb")),
    );
  } catch {
    return false;
  }
}

export interface PgServer {
  url: string;
  description: string;
  stop(): void;
}

/** A PostgreSQL server for the run, or null (with the reason printed) when there is none. */
export async function pgServer(opts: { skip: boolean; keep: boolean }): Promise<PgServer | null> {
  if (opts.skip) {
    console.log("PostgreSQL: skipped (--no-pg) / bỏ qua");
    return null;
  }
  if (process.env.BENCH_PG_URL) return { url: process.env.BENCH_PG_URL, description: "BENCH_PG_URL", stop() {} };
  if (!debianPgBin()) {
    console.log("PostgreSQL: skipped (no BENCH_PG_URL, no Debian binaries) / bỏ qua");
    return null;
  }
  // Not inside a temporary folder of ours: as root the cluster runs as "postgres", which must reach it.
  const dir = path.join(os.tmpdir(), `sbb-bench-pg-${process.pid}`);
  const script = path.join(process.cwd(), "scripts", "pg-cluster.sh");
  const port = await freePort();
  const url = execFileSync("bash", [script, "start", dir, String(port)], { encoding: "utf8" }).trim();
  const version = await withClient(url, async (c) => (await c.query("SHOW server_version")).rows[0].server_version);
  return {
    url,
    description: `throwaway cluster ${version} on port ${port} (fsync off)`,
    stop() {
      if (opts.keep) console.log(`Cluster kept / giữ lại: bash scripts/pg-cluster.sh stop ${dir}`);
      else execFileSync("bash", [script, "stop", dir], { stdio: "ignore" });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function fmtMs(n: number): string {
  if (!Number.isFinite(n)) return "—";
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function machine(): string {
  const cpus = os.cpus();
  const ram = `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM`;
  return `Node ${process.version}, ${cpus.length} CPU (${cpus[0]?.model.trim() ?? "?"}), ${ram}, ${os.platform()} ${os.arch()}`;
}
