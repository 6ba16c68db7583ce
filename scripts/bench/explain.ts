/**
 * Query plans of the queries behind a page: the page's data functions run in this process against
 * the benchmark's database through a Prisma client that reports every statement, and each distinct
 * statement is explained (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN).
 */
import { PrismaClient as PgClient } from "@/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "@/server/db";
import { loadActor } from "@/server/actor";
import { searchMeetings } from "@/server/search/meetings";
import { getMemberRecord, memberYears } from "@/features/members/record";
import { getDirective } from "@/features/directives/data";
import type { Tallies } from "../generate/build";

export interface PagePlans {
  page: string;
  queries: Array<{ sql: string; plan: string }>;
}

type Captured = { query: string; params: string };

function client(url: string, seen: Captured[]): Db {
  const log = [{ emit: "event" as const, level: "query" as const }];
  const c = url.startsWith("postgres")
    ? new PgClient({ adapter: new PrismaPg({ connectionString: url }), log })
    : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }), log });
  (c as unknown as { $on(e: "query", f: (e: Captured) => void): void }).$on("query", (e) => seen.push(e));
  return c as unknown as Db;
}

/** What each page asks the database, as the page's own data functions (pages without one are skipped). */
function pageWork(
  ids: Tallies,
): Record<string, (actor: NonNullable<Awaited<ReturnType<typeof loadActor>>>) => Promise<unknown>> {
  return {
    home: (a) => searchMeetings(a, { page: 1, pageSize: 20 }),
    "archive, no filter": (a) => searchMeetings(a, { status: "APPROVED", page: 1, pageSize: 20 }),
    "archive, unit filter": (a) => searchMeetings(a, { status: "APPROVED", unitId: ids.dangBoUnitId, pageSize: 20 }),
    "archive, common word": (a) => searchMeetings(a, { status: "APPROVED", q: "nhiệm vụ", pageSize: 20 }),
    "archive, rare word": (a) => searchMeetings(a, { status: "APPROVED", q: "Yagi", pageSize: 20 }),
    "archive, ct05": (a) => searchMeetings(a, { status: "APPROVED", q: "ct05", pageSize: 20 }),
    "directive (most cited)": (a) => getDirective(a, ids.mostCitedDirectiveId),
    "person (long-serving / own)": async (a) => {
      const year = (await memberYears(a, ids.longServingMemberId))[0];
      return getMemberRecord(a, ids.longServingMemberId, year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {});
    },
  };
}

function shorten(sql: string): string {
  return sql.length > 1200 ? `${sql.slice(0, 1200)} …` : sql;
}

export async function explainPages(url: string, ids: Tallies, pages: string[]): Promise<PagePlans[]> {
  const seen: Captured[] = [];
  const db = client(url, seen);
  globalThis.__sbbDb = { url, client: db };
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const out: PagePlans[] = [];
  try {
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
    const actor = await loadActor(admin.id);
    if (!actor) return out;
    const work = pageWork(ids);
    for (const page of pages) {
      const fn = work[page];
      if (!fn) continue;
      seen.length = 0;
      await fn(actor);
      const queries: PagePlans["queries"] = [];
      const done = new Set<string>();
      for (const q of seen.splice(0)) {
        if (done.has(q.query) || /^(BEGIN|COMMIT|ROLLBACK|SELECT 1)\b/i.test(q.query.trim())) continue;
        done.add(q.query);
        const params = JSON.parse(q.params || "[]") as unknown[];
        const pg = url.startsWith("postgres");
        try {
          const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
            `${pg ? "EXPLAIN" : "EXPLAIN QUERY PLAN"} ${q.query}`,
            ...params,
          );
          const plan = rows.map((r) => (pg ? String(r["QUERY PLAN"]) : `${String(r.detail)}`)).join("\n");
          queries.push({ sql: shorten(q.query), plan });
        } catch (e) {
          queries.push({ sql: shorten(q.query), plan: `(not explained: ${(e as Error).message.split("\n")[0]})` });
        }
      }
      out.push({ page, queries });
    }
  } finally {
    await db.$disconnect();
    globalThis.__sbbDb = undefined;
    process.env.DATABASE_URL = saved;
  }
  return out;
}
