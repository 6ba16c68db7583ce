import "server-only";
import { PrismaClient as PgClient } from "@/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env, isPostgresUrl } from "./env";

/** Both generated clients expose the same API; the PostgreSQL flavour is the typing reference. */
export type Db = PgClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbFlavor = "sqlite" | "postgres";

const OMIT = { user: { passwordHash: true } } as const;

/** A Prisma client for the URL: PostgreSQL for postgresql:// URLs, the embedded SQLite otherwise. */
export function createPrisma(url: string): Db {
  if (isPostgresUrl(url)) {
    return new PgClient({ adapter: new PrismaPg({ connectionString: url }), omit: OMIT }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), omit: OMIT }) as unknown as Db;
}

declare global {
  var __sbbDb: { url: string; client: Db } | undefined;
}

/** The process-wide client, created on first use from DATABASE_URL (tests set it per file). */
export function getDb(): Db {
  const url = process.env.DATABASE_URL ?? env().DATABASE_URL;
  if (!globalThis.__sbbDb || globalThis.__sbbDb.url !== url) {
    globalThis.__sbbDb = { url, client: createPrisma(url) };
  }
  return globalThis.__sbbDb.client;
}

export function dbFlavor(): DbFlavor {
  return isPostgresUrl(process.env.DATABASE_URL ?? env().DATABASE_URL) ? "postgres" : "sqlite";
}

/** Shorthand used by the data layer: `db().meeting.findMany(...)`. */
export const db = getDb;
