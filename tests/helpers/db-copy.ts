// Fresh databases for a test file, copied from the templates that globalSetup built once per run:
// "empty" (migrated) and "seeded" (migrated + demo data). SQLite: a copy of the template file;
// PostgreSQL: CREATE DATABASE … TEMPLATE. Switching points DATABASE_URL (and so getDb) at the copy.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type TemplateKind = "empty" | "seeded";

interface Copies {
  /** Databases (PostgreSQL names or SQLite files) made by this test file and not yet removed. */
  made: Set<string>;
  /** Removals under way. */
  removing: Promise<unknown>[];
  /** PostgreSQL: the next copy of a template, made ahead while the tests run (see switchToCopy). */
  ahead: Partial<Record<TemplateKind, Promise<string>>>;
  switches: Record<TemplateKind, number>;
  current?: string;
}

declare global {
  var __sbbTestCopies: Copies | undefined;
}

const tag = `${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
let serial = 0;

function state(): Copies {
  globalThis.__sbbTestCopies ??= { made: new Set(), removing: [], ahead: {}, switches: { empty: 0, seeded: 0 } };
  return globalThis.__sbbTestCopies;
}

function templateName(kind: TemplateKind): string {
  const key = process.env.TEST_DATABASE_URL
    ? { empty: "SBB_TEST_PG_TEMPLATE", seeded: "SBB_TEST_PG_SEEDED" }[kind]
    : { empty: "SBB_TEST_SQLITE_TEMPLATE", seeded: "SBB_TEST_SQLITE_SEEDED" }[kind];
  const name = process.env[key];
  if (!name) throw new Error(`${key} is not set: run through a vitest project whose globalSetup builds the templates.`);
  return name;
}

async function withAdmin<T>(run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

/** A new copy of the template: its database name (PostgreSQL) or file (SQLite). */
async function makeCopy(kind: TemplateKind): Promise<string> {
  const template = templateName(kind);
  const name = `t_${tag}_${serial++}`;
  if (!process.env.TEST_DATABASE_URL) {
    const file = path.join(process.env.SBB_TEST_DIR ?? path.dirname(template), `${name}.db`);
    copyFileSync(template, file);
    state().made.add(file);
    return file;
  }
  state().made.add(name);
  await withAdmin(async (admin) => {
    // CREATE DATABASE … TEMPLATE needs the template to have no other sessions; retry briefly.
    for (let i = 0; ; i++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (e) {
        if (i > 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  return name;
}

async function removeCopy(copy: string): Promise<void> {
  state().made.delete(copy);
  if (process.env.TEST_DATABASE_URL) {
    await withAdmin((a) => a.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`));
    return;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(copy + suffix, { force: true });
}

async function disconnect() {
  await globalThis.__sbbDb?.client.$disconnect();
  globalThis.__sbbDb = undefined;
}

/**
 * Points this file's database at a fresh copy of a template; the previous copy is removed. On
 * PostgreSQL, where a copy takes about a second, a file that switches a second time (resetToDemo
 * before each test) gets the next copy made ahead, while its test runs.
 */
export async function switchToCopy(kind: TemplateKind): Promise<void> {
  const s = state();
  await disconnect();
  const pending = s.ahead[kind];
  s.ahead[kind] = undefined;
  const copy = await (pending ?? makeCopy(kind));
  const previous = s.current;
  s.current = copy;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${copy}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.DATABASE_URL = `file:${copy}`;
  }
  if (previous) s.removing.push(removeCopy(previous));
  s.switches[kind] += 1;
  if (process.env.TEST_DATABASE_URL && s.switches[kind] >= 2) {
    const next = makeCopy(kind);
    next.catch(() => undefined); // a failure shows when the copy is used
    s.ahead[kind] = next;
  }
}

/** Closes the client and removes this file's copies (afterAll of the setup file). */
export async function dropCopies(): Promise<void> {
  const s = state();
  await disconnect();
  await Promise.allSettled([...s.removing, ...Object.values(s.ahead)]);
  for (const copy of [...s.made]) await removeCopy(copy);
  globalThis.__sbbTestCopies = undefined;
}
