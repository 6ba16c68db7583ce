// Vitest setupFile of the integration project: gives every test file its own database, made from
// the migrated template, and points DATABASE_URL (and so src/server/db) at it.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import pg from "pg";

const pgUrl = process.env.TEST_DATABASE_URL;
const tag = `${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;

if (pgUrl) {
  const name = `t_${tag}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  // CREATE DATABASE … TEMPLATE needs the template to have no other sessions; retry briefly.
  for (let i = 0; ; i++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.SBB_TEST_PG_TEMPLATE ?? "sbb_test_template"}`);
      break;
    } catch (e) {
      if (i > 20) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    await globalThis.__sbbDb?.client.$disconnect();
    globalThis.__sbbDb = undefined;
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
} else {
  const template = process.env.SBB_TEST_SQLITE_TEMPLATE;
  if (!template)
    throw new Error("SBB_TEST_SQLITE_TEMPLATE is not set: run through the integration project's globalSetup.");
  const file = path.join(process.env.SBB_TEST_DIR ?? path.dirname(template), `t_${tag}.db`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    await globalThis.__sbbDb?.client.$disconnect();
    globalThis.__sbbDb = undefined;
  });
}
