// Prisma CLI configuration for Prisma 6.19.3 in "engine js" mode (no native engines can be
// downloaded here). DATABASE_URL picks the provider: a postgresql:// URL uses prisma/postgres,
// anything else the embedded SQLite schema in prisma/sqlite. The patches below fix CLI-only
// problems of 6.19.3 recorded in the team's stack notes; pin the version and re-test on any bump.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

process.env.DATABASE_URL ??= "file:./data/sobienban.db";
const url = process.env.DATABASE_URL;
const isPostgres = /^postgres(ql)?:\/\//.test(url);
const dir = isPostgres ? "prisma/postgres" : "prisma/sqlite";

/** Shadow-database replays send multi-statement scripts through executeRaw; route them to executeScript. */
function sqliteAdapter(u: string) {
  const factory = new PrismaBetterSQLite3({ url: u });
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectShadow();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => {
      if (q.args.length > 0) return executeRaw(q);
      await adapter.executeScript(q.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

/** Connection fields rather than a connection string, so a shadow database name is not overridden. */
function pgConfig(u: string): pg.PoolConfig {
  const parsed = new URL(u);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    allowExitOnIdle: true,
  };
}

/** The internal shape patched below: pg's query method and a marker that it is patched. */
interface PatchableQueryable {
  performIO?: (this: unknown, query: unknown) => Promise<{ fields?: { dataTypeID: number }[] }>;
  __sbbNameFix?: boolean;
}

async function pgAdapter(u: string) {
  const factory = new PrismaPg(pgConfig(u));
  // The adapter cannot read the catalog types name (oid 19) and "char" (oid 18): report them as text.
  const probe = await factory.connect();
  // The query method sits on a prototype of the adapter's internals, not on its public type.
  let proto: PatchableQueryable | null = Object.getPrototypeOf(probe);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  const performIO = proto?.performIO;
  if (proto && performIO && !proto.__sbbNameFix) {
    proto.performIO = async function (this: unknown, query: unknown) {
      const result = await performIO.call(this, query);
      for (const field of result.fields ?? []) {
        if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
      }
      return result;
    };
    proto.__sbbNameFix = true;
  }
  await probe.dispose();
  // Create and drop the shadow database ourselves, dropping it only after its pool is closed.
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = async (sql: string) => {
      const client = new pg.Client(pgConfig(u));
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin(`CREATE DATABASE "${name}"`);
    const adapter = await new PrismaPg({ ...pgConfig(u), database: name }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  };
  return factory;
}

{
  // The engine leaves 10 s / 60 s timers behind; unref them so the CLI exits when its work is done.
  const originalSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = originalSetTimeout(fn, ms, ...args);
    if ((ms ?? 0) >= 10_000) timer.unref?.();
    return timer;
  }) as typeof setTimeout;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  adapter: async () => (isPostgres ? pgAdapter(url) : sqliteAdapter(url)),
});
