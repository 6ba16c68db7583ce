#!/usr/bin/env node
// `npm start`: from a fresh clone to a running app on the embedded SQLite database with demo data.
// Installs dependencies if missing, generates the Prisma clients, applies migrations, seeds once,
// builds when the sources changed, then serves on http://localhost:$PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { randomBytes, createHash } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.DATABASE_URL ||= "file:./data/sobienban.db";
env.PORT ||= "3000";
env.NEXTAUTH_URL ||= `http://localhost:${env.PORT}`;

function step(title) {
  console.log(`\n▶ ${title}`);
}
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env, ...opts });
  if (r.status !== 0) {
    console.error(`\n✗ Lệnh thất bại (command failed): ${cmd} ${args.join(" ")}`);
    process.exit(r.status ?? 1);
  }
}

mkdirSync("data", { recursive: true });

// A per-installation secret for session tokens, kept out of the repository.
if (!env.NEXTAUTH_SECRET) {
  const secretFile = "data/.nextauth-secret";
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

if (!existsSync("node_modules/.bin/next") || !existsSync("node_modules/.bin/prisma")) {
  step("Cài đặt thư viện (npm install)");
  run("npm", ["install", "--no-fund", "--no-audit"]);
}

step("Sinh Prisma client (prisma generate)");
run("npm", ["run", "-s", "db:generate"], { stdio: ["ignore", "ignore", "inherit"] });

step(`Áp dụng migration (${env.DATABASE_URL.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`);
run("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });

// The embedded database in WAL mode: readers are not blocked while a secretary saves (persists in the file).
if (!env.DATABASE_URL.startsWith("postgres")) {
  const { default: Database } = await import("better-sqlite3");
  const file = env.DATABASE_URL.replace(/^file:/, "");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

step("Dữ liệu mẫu");
run("node_modules/.bin/tsx", ["scripts/seed.ts", "--print-accounts"]);

// Approved records, amendments and audit events without a seal get one, once (README "Verification").
step("Niêm phong biên bản đã thông qua");
run("node_modules/.bin/tsx", ["scripts/cli.ts", "seal"]);

// Fresh statistics for the query planner, once the data is in (statistics of an empty database
// would mislead it for the whole run: search filters join citations and attendance).
if (!env.DATABASE_URL.startsWith("postgres")) {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(env.DATABASE_URL.replace(/^file:/, ""));
  sqlite.exec("ANALYZE");
  sqlite.close();
}

// Build when no build exists or the sources (by content) changed since the last one.
function fingerprint() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (p !== path.join("src", "generated")) walk(p);
      } else h.update(`${p}\n`).update(readFileSync(p));
    }
  };
  for (const d of ["src", "public"]) if (existsSync(d)) walk(d);
  for (const f of [
    "package.json",
    "package-lock.json",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "prisma/schema.source.prisma",
  ]) {
    if (existsSync(f)) h.update(`${f}\n`).update(readFileSync(f));
  }
  return h.digest("hex");
}
const stamp = ".next/.sbb-build-stamp";
const current = fingerprint();
if (!existsSync(".next/BUILD_ID") || !existsSync(stamp) || readFileSync(stamp, "utf8") !== current) {
  step("Biên dịch ứng dụng (next build)");
  run("node_modules/.bin/next", ["build"]);
  writeFileSync(stamp, current);
}

step(`Khởi chạy: http://localhost:${env.PORT}`);
console.log("Tài khoản mẫu (mật khẩu chung: sobienban): admin, thuky, dangvien");
const server = spawn("node_modules/.bin/next", ["start", "-p", env.PORT], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
