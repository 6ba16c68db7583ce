// Vitest globalSetup of the integration project: builds one migrated template database per run.
// SQLite: a template file that each test file copies. PostgreSQL (TEST_DATABASE_URL set): a
// template database that each test file clones with CREATE DATABASE … TEMPLATE.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationSql } from "./migrations";

export const TEMPLATE_DB = "sbb_test_template";

export default async function setup() {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DB} ENCODING 'UTF8'`);
    } finally {
      await admin.end();
    }
    const url = new URL(pgUrl);
    url.pathname = `/${TEMPLATE_DB}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const sql of migrationSql("postgres")) await client.query(sql);
    } finally {
      await client.end();
    }
    process.env.SBB_TEST_PG_TEMPLATE = TEMPLATE_DB;
    return async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`).catch(() => undefined);
      await c.end();
    };
  }
  const dir = path.join(os.tmpdir(), `sbb-test-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  const db = new Database(template);
  for (const sql of migrationSql("sqlite")) db.exec(sql);
  db.close();
  process.env.SBB_TEST_SQLITE_TEMPLATE = template;
  process.env.SBB_TEST_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
