// Creates Prisma clients. Kept free of "server-only" so scripts (seed, benchmarks) and tests can use it.
import { PrismaClient as PgClient } from "@/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

/** Both generated clients expose the same API; the PostgreSQL flavour is the typing reference. */
export type Db = PgClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbFlavor = "sqlite" | "postgres";

const OMIT = { user: { passwordHash: true } } as const;

export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A Prisma client for the URL: PostgreSQL for postgresql:// URLs, the embedded SQLite otherwise. */
export function createPrisma(url: string): Db {
  if (isPostgres(url)) {
    return new PgClient({ adapter: new PrismaPg({ connectionString: url }), omit: OMIT }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), omit: OMIT }) as unknown as Db;
}
