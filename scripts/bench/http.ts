/**
 * The HTTP side of the page benchmark: `next start` as a child process (with its peak memory
 * sampled from /proc), sign-in through the app's own credentials endpoint, closed-loop load with
 * autocannon (every response's time, size and status recorded, so percentiles are exact), and
 * closed-loop writers that autosave their own draft through the JSON API.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { percentile } from "./targets";

// ───────────── the server ─────────────

export interface Server {
  base: string;
  /** Peak resident memory of the server's process tree since start (bytes). */
  peakRss(): number;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function treeRss(pid: number): number {
  let total = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop() as number;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      continue;
    }
    todo.push(...childrenOf(p));
  }
  return total;
}

/** `next start` of the app in `appDir` (built already) on `port`, against `databaseUrl`. */
export async function startServer(appDir: string, port: number, databaseUrl: string): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(appDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-pages-secret-0123456789abcdef",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr = (stderr + String(d)).slice(-4000);
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 250);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer /api/health in 60 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    peakRss: () => peak,
    async stop() {
      clearInterval(timer);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

// ───────────── sessions ─────────────

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in with the app's credentials provider; returns the Cookie header of the session. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, username, password, json: "true", callbackUrl: `${base}/` }),
  });
  const all = [...jar, ...cookiesOf(res)];
  const session = all.find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${username} failed (HTTP ${res.status})`);
  return all.join("; ");
}

// ───────────── load ─────────────

export interface RequestSpec {
  path: string;
  method?: "GET" | "PATCH" | "POST";
  cookie?: string;
}

export interface Measured {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean response body size, bytes. */
  bytes: number;
  maxBytes: number;
  /** Responses that were not 2xx (3xx count as errors too: a page that redirects is not the page), or failed. */
  errors: number;
  statuses: Record<string, number>;
  rps: number;
}

function summarize(
  times: number[],
  sizes: number[],
  statuses: Record<string, number>,
  errors: number,
  seconds: number,
) {
  times.sort((a, b) => a - b);
  const total = sizes.reduce((s, n) => s + n, 0);
  return {
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytes: times.length ? total / times.length : 0,
    maxBytes: sizes.reduce((m, n) => Math.max(m, n), 0),
    errors,
    statuses,
    rps: times.length / seconds,
  };
}

/** Closed-loop GET load: `connections` clients, each sending the next request when the last answered. */
export async function load(
  base: string,
  specs: RequestSpec[],
  connections: number,
  seconds: number,
  onlyOk = true,
): Promise<Measured> {
  const times: number[] = [];
  const sizes: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 60,
    requests: specs.map((s) => ({
      method: s.method ?? "GET",
      path: s.path,
      headers: s.cookie ? { cookie: s.cookie } : ({} as Record<string, string>),
    })),
  });
  instance.on("response", (_client: unknown, status: number, resBytes: number, responseTime: number) => {
    times.push(responseTime);
    sizes.push(resBytes);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (onlyOk && (status < 200 || status >= 300)) errors++;
  });
  const result = await instance;
  errors += result.errors + result.timeouts;
  // A page slower than the whole duration answered after autocannon stopped counting: time it once by itself.
  if (times.length === 0 && specs[0]) {
    const t = performance.now();
    const res = await fetch(base + specs[0].path, { headers: specs[0].cookie ? { cookie: specs[0].cookie } : {} });
    const body = await res.arrayBuffer();
    times.push(performance.now() - t);
    sizes.push(body.byteLength);
    statuses[res.status] = 1;
    if (onlyOk && !res.ok) errors++;
  }
  return summarize(times, sizes, statuses, errors, seconds);
}

// ───────────── writers ─────────────

export interface WriterResult extends Measured {
  /** Saves answered 200 whose content is not what the draft holds afterwards (or a version skipped). */
  lostWrites: number;
  saves: number;
}

/** A new draft for one writer: a copy of `template` (a draft the admin may read) under a new title, through the JSON API. */
async function newDraft(
  base: string,
  cookie: string,
  template: string,
  n: number,
): Promise<{ id: string; version: number }> {
  const got = await fetch(`${base}/api/v1/meetings/${template}`, { headers: { cookie } });
  if (!got.ok) throw new Error(`reading the draft ${template} failed: HTTP ${got.status}`);
  const shape = { ...((await got.json()) as Record<string, unknown>), title: `Bản nháp đo tải ${n}` };
  const res = await fetch(`${base}/api/v1/meetings`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify(shape),
  });
  if (res.status !== 201)
    throw new Error(`creating a draft failed: HTTP ${res.status} ${(await res.text()).slice(0, 500)}`);
  const r = (await res.json()) as { id: string; version: number };
  return { id: r.id, version: r.version };
}

/**
 * `writers` clients, each autosaving its own draft (PATCH with the version it holds, as the editor
 * does) for `seconds`; then every draft is read back: its closing text and version must be those
 * of the last acknowledged save (a draft that differs counts as a lost write).
 */
export async function write(
  base: string,
  cookie: string,
  template: string,
  writers: number,
  seconds: number,
): Promise<WriterResult> {
  const drafts = [];
  for (let i = 0; i < writers; i++) drafts.push(await newDraft(base, cookie, template, i + 1));
  const times: number[] = [];
  const sizes: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let saves = 0;
  const end = Date.now() + seconds * 1000;
  const last: Array<{ text: string; version: number; acked: number }> = drafts.map((d) => ({
    text: "",
    version: d.version,
    acked: 0,
  }));
  await Promise.all(
    drafts.map(async (d, w) => {
      let i = 0;
      while (Date.now() < end) {
        const text = `Bế mạc lúc ${w}-${++i}.`;
        const t = performance.now();
        try {
          const res = await fetch(`${base}/api/v1/meetings/${d.id}`, {
            method: "PATCH",
            headers: { "content-type": "application/json", cookie, origin: base },
            body: JSON.stringify({ version: last[w].version, closing: text }),
          });
          const body = await res.arrayBuffer();
          times.push(performance.now() - t);
          sizes.push(body.byteLength);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 200) {
            const r = JSON.parse(Buffer.from(body).toString("utf8")) as { version: number };
            last[w] = { ...last[w], text, version: r.version, acked: last[w].acked + 1 };
            saves++;
          } else errors++;
        } catch {
          times.push(performance.now() - t);
          errors++;
        }
      }
    }),
  );
  let lostWrites = 0;
  for (const [w, d] of drafts.entries()) {
    const res = await fetch(`${base}/api/v1/meetings/${d.id}`, { headers: { cookie } });
    const r = (await res.json()) as { version: number; closing: string | null };
    const l = last[w];
    if (l.acked && (r.closing !== l.text || r.version !== l.version)) lostWrites++;
  }
  return { ...summarize(times, sizes, statuses, errors, seconds), lostWrites, saves };
}
