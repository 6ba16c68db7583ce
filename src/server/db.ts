import "server-only";
import { env, isPostgresUrl } from "./env";
import { createPrisma, type Db, type DbFlavor } from "./prisma-factory";

export type { Db, Tx, DbFlavor } from "./prisma-factory";

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
