// GET /api/health: a real route that answers without a session and without the database.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers { ok: true } as JSON, never cached", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true });
  });

  it("does not touch the database: it answers while DATABASE_URL points nowhere", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    try {
      expect(await GET().json()).toEqual({ ok: true });
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
