// Vitest globalSetup of the database projects: builds, once per run, a migrated template database
// and a seeded one (the template plus the demo data), which test files copy instead of migrating
// and seeding themselves. SQLite: template files; PostgreSQL (TEST_DATABASE_URL set): template
// databases, cloned with CREATE DATABASE … TEMPLATE.
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrisma } from "@/server/prisma-factory";
import { seedDemo } from "@/server/seed/demo";
import { migrationSql } from "./migrations";

export const TEMPLATE_DB = "sbb_test_template";
export const SEEDED_DB = "sbb_test_template_seeded";

async function seedInto(url: string) {
  const db = createPrisma(url);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

async function admin<T>(pgUrl: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

function dbUrl(pgUrl: string, name: string): string {
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function setupPostgres(pgUrl: string) {
  await admin(pgUrl, async (a) => {
    for (const name of [SEEDED_DB, TEMPLATE_DB]) await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.query(`CREATE DATABASE ${TEMPLATE_DB} ENCODING 'UTF8'`);
  });
  const client = new pg.Client({ connectionString: dbUrl(pgUrl, TEMPLATE_DB) });
  await client.connect();
  try {
    for (const sql of migrationSql("postgres")) await client.query(sql);
  } finally {
    await client.end();
  }
  await admin(pgUrl, (a) => a.query(`CREATE DATABASE ${SEEDED_DB} TEMPLATE ${TEMPLATE_DB}`));
  await seedInto(dbUrl(pgUrl, SEEDED_DB));
  // the seeding client's pool may close its sessions a moment later; copies need none open
  await admin(pgUrl, async (a) => {
    for (let i = 0; i < 100; i++) {
      const r = await a.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [SEEDED_DB]);
      if (r.rows[0].n === 0) return;
      await new Promise((res) => setTimeout(res, 50));
    }
  });
  process.env.SBB_TEST_PG_TEMPLATE = TEMPLATE_DB;
  process.env.SBB_TEST_PG_SEEDED = SEEDED_DB;
  return () =>
    admin(pgUrl, async (a) => {
      for (const name of [SEEDED_DB, TEMPLATE_DB]) {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      }
    });
}

async function setupSqlite() {
  const dir = path.join(os.tmpdir(), `sbb-test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`);
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  const db = new Database(template);
  for (const sql of migrationSql("sqlite")) db.exec(sql);
  db.close();
  const seeded = path.join(dir, "seeded.db");
  copyFileSync(template, seeded);
  await seedInto(`file:${seeded}`);
  // everything in the main file, so that copying the one file copies the whole database
  const check = new Database(seeded);
  check.pragma("wal_checkpoint(TRUNCATE)");
  check.pragma("journal_mode = DELETE");
  check.close();
  if (existsSync(`${seeded}-wal`)) throw new Error("seeded template: the write-ahead log was not folded in");
  process.env.SBB_TEST_SQLITE_TEMPLATE = template;
  process.env.SBB_TEST_SQLITE_SEEDED = seeded;
  process.env.SBB_TEST_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

export default async function setup() {
  const pgUrl = process.env.TEST_DATABASE_URL;
  return pgUrl ? setupPostgres(pgUrl) : setupSqlite();
}
