/**
 * Bulk writers of the generator, one per database: raw multi-row INSERTs in one transaction per
 * batch (Prisma's createMany manages ~10k rows/s here, too slow for 100,000 records). Values are
 * written as Prisma's adapters write them, so the app reads them back unchanged.
 */
import Database from "better-sqlite3";
import pg from "pg";
import type { Row } from "./meetings";

export interface Writer {
  readonly provider: "sqlite" | "postgres";
  insert(table: string, rows: Row[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  /** Counts rows of a table (to refuse a database that is not empty). */
  count(table: string): Promise<number>;
  tableExists(table: string): Promise<boolean>;
  /** After the load: planner statistics (and a WAL checkpoint on SQLite). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

function columnsOf(rows: Row[]): string[] {
  const cols = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) cols.add(k);
  return [...cols];
}

const quoted = (cols: string[]) => cols.map((c) => `"${c}"`).join(", ");

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export function sqliteWriter(url: string): Writer {
  const db = new Database(sqliteFile(url));
  db.pragma("journal_mode = WAL"); // as scripts/start.mjs leaves the app's file
  db.pragma("synchronous = OFF"); // this loading connection only
  const statements = new Map<string, Database.Statement>();
  // As Prisma's SQLite adapter writes them: ISO text with "+00:00", booleans as 0/1.
  const value = (v: unknown) =>
    v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null);
  return {
    provider: "sqlite",
    async insert(table, rows) {
      if (rows.length === 0) return;
      const cols = columnsOf(rows);
      const key = `${table}(${cols.join(",")})`;
      let st = statements.get(key);
      if (!st) {
        st = db.prepare(`INSERT INTO "${table}" (${quoted(cols)}) VALUES (${cols.map(() => "?").join(", ")})`);
        statements.set(key, st);
      }
      const args = new Array(cols.length);
      for (const r of rows) {
        for (let i = 0; i < cols.length; i++) args[i] = value(r[cols[i]]);
        st.run(args);
      }
    },
    async transaction(fn) {
      db.exec("BEGIN");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    },
    async count(table) {
      return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    },
    async tableExists(table) {
      return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    },
    async settle() {
      db.exec("ANALYZE");
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    async close() {
      db.close();
    },
  };
}

/** Rows per INSERT statement. */
const PG_ROWS = 20_000;

export async function pgWriter(url: string): Promise<Writer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // timestamp(3) without time zone holding UTC wall time, as Prisma's adapter writes it.
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : (v ?? null));
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let t = types.get(table);
    if (!t) {
      const r = await client.query(
        "SELECT column_name AS c, udt_name AS t FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      );
      t = new Map(r.rows.map((x: { c: string; t: string }) => [x.c, x.t]));
      types.set(table, t);
    }
    return t;
  };
  return {
    provider: "postgres",
    // One array parameter per column (INSERT … SELECT FROM unnest): far cheaper to parse and bind than VALUES lists.
    async insert(table, rows) {
      if (rows.length === 0) return;
      const cols = columnsOf(rows);
      const t = await typesOf(table);
      const arrays = cols.map((c, i) => `$${i + 1}::"${t.get(c) ?? "text"}"[]`).join(", ");
      const sql = `INSERT INTO "${table}" (${quoted(cols)}) SELECT * FROM unnest(${arrays})`;
      for (let i = 0; i < rows.length; i += PG_ROWS) {
        const chunk = rows.slice(i, i + PG_ROWS);
        await client.query(
          sql,
          cols.map((c) => chunk.map((r) => value(r[c]))),
        );
      }
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    async count(table) {
      return Number((await client.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n);
    },
    async tableExists(table) {
      return (await client.query("SELECT to_regclass($1) AS t", [`"${table}"`])).rows[0].t !== null;
    },
    async settle() {
      await client.query("VACUUM ANALYZE");
    },
    async close() {
      await client.end();
    },
  };
}
