// Builds a fresh, migrated and seeded SQLite database for the browser tests (DATABASE_URL=file:…).
import { mkdirSync, rmSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrisma } from "@/server/prisma-factory";
import { seedDemo } from "@/server/seed/demo";
import { seedDirectiveRegistry } from "@/features/directives/registry-seed";
import { sealDatabase } from "./verify-commands";

async function main() {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:")) throw new Error("e2e-db: DATABASE_URL must be a file: URL");
  const file = url.slice("file:".length);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const dir = path.resolve("prisma/sqlite/migrations");
  const sqlite = new Database(file);
  for (const name of readdirSync(dir)
    .filter((n) => !n.endsWith(".toml"))
    .sort()) {
    sqlite.exec(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const db = createPrisma(url);
  await seedDemo(db);
  await seedDirectiveRegistry(db);
  await db.$disconnect();
  await sealDatabase(url);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
