// The migrations of each provider build exactly the schema of prisma/schema.source.prisma, apart from
// the search objects Prisma cannot describe, which live in hand-written migrations (README "Layout",
// src/server/search). `prisma migrate diff` replays the migrations into a shadow database and
// compares the result with the schema: everything it would change must be one of those objects.
// A migration that forgets a column, or a schema change without its migration, fails here.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const pgUrl = process.env.TEST_DATABASE_URL;
const flavor = pgUrl ? "postgres" : "sqlite";

/**
 * What the diff wants to drop because the schema does not know it: the documented search objects.
 * SQLite: the FTS5 table (with the tables FTS5 keeps beside it), the key table that maps its rows to
 * meetings, and two covering indexes of the search queries. PostgreSQL: the generated tsvector
 * column and its GIN index. Add an entry here only together with a hand-written migration and a
 * line in README "Layout".
 */
const SEARCH_OBJECTS: Record<typeof flavor, string[]> = {
  sqlite: [
    'DROP INDEX "Meeting_search_id_idx"',
    'DROP INDEX "Meeting_search_unit_idx"',
    'DROP TABLE "MeetingSearch"',
    'DROP TABLE "MeetingSearchKey"',
    'DROP TABLE "MeetingSearch_config"',
    'DROP TABLE "MeetingSearch_data"',
    'DROP TABLE "MeetingSearch_docsize"',
    'DROP TABLE "MeetingSearch_idx"',
  ],
  postgres: ['ALTER TABLE "Meeting" DROP COLUMN "searchVector"', 'DROP INDEX "Meeting_searchVector_idx"'],
};

const workDir = mkdtempSync(path.join(os.tmpdir(), "sbb-drift-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The SQL statements of `prisma migrate diff` from the migrations to the schema, without comments. */
async function diffStatements(): Promise<string[]> {
  const { stdout } = await run(
    path.join(root, "node_modules/.bin/prisma"),
    [
      "migrate",
      "diff",
      "--from-migrations",
      `prisma/${flavor}/migrations`,
      "--to-schema-datamodel",
      `prisma/${flavor}/schema.prisma`,
      "--script",
    ],
    {
      cwd: root,
      // prisma.config.ts picks the provider from DATABASE_URL; the shadow database is made from it
      env: { ...process.env, DATABASE_URL: pgUrl ?? `file:${path.join(workDir, "cli.db")}` },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return stdout
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n")
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "" && !/^PRAGMA /.test(s))
    .sort();
}

describe(`migrations and schema agree (${flavor})`, () => {
  it("prisma migrate diff finds nothing but the documented search objects", { timeout: 120_000 }, async () => {
    expect(await diffStatements()).toEqual([...SEARCH_OBJECTS[flavor]].sort());
  });

  // one check per provider; the other provider's run makes the other check (no skipped tests)
  const sqliteOnly = flavor === "sqlite" ? it : () => undefined;
  const postgresOnly = flavor === "postgres" ? it : () => undefined;

  sqliteOnly("the FTS5 triggers that keep the index in step exist", async () => {
    const rows = await getDb().$queryRawUnsafe<Array<{ name: string }>>(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      "Meeting_search_delete",
      "Meeting_search_insert",
      "Meeting_search_update",
    ]);
  });

  postgresOnly("the search vector is a generated column with a GIN index", async () => {
    const rows = await getDb().$queryRawUnsafe<Array<{ generated: string; index: string | null }>>(
      `SELECT c.is_generated AS generated, i.indexdef AS index
         FROM information_schema.columns c
         LEFT JOIN pg_indexes i ON i.tablename = 'Meeting' AND i.indexname = 'Meeting_searchVector_idx'
        WHERE c.table_name = 'Meeting' AND c.column_name = 'searchVector'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].generated).toBe("ALWAYS");
    expect(rows[0].index).toMatch(/USING gin \("searchVector"\)/);
  });
});
