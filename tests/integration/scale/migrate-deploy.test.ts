// `cli generate` (and `npm run db:deploy`) migrate an empty database with the Prisma CLI: every
// checked-in migration must apply through `prisma migrate deploy` on this test's database provider.
// (On PostgreSQL the CLI splits a script at semicolons, even inside a comment.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";

async function freshUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sbb-deploy-"));
    return {
      url: `file:${path.join(dir, "fresh.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `deploy_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

describe("prisma migrate deploy", () => {
  it("applies every migration to an empty database", async () => {
    const { url, drop } = await freshUrl();
    try {
      const r = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
        encoding: "utf8",
      });
      expect(r.stderr + r.stdout).toContain("All migrations have been successfully applied");
      expect(r.status).toBe(0);
    } finally {
      await drop();
    }
  }, 120_000);
});
