// Issue #14 item 4: a write to /api/v1 authenticated by the session cookie must be JSON from the
// app's own origin; bearer-token requests are exempt; otherwise 403 in Vietnamese and nothing written.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FOREIGN_ORIGIN_WRITE, NOT_JSON_WRITE } from "@/server/api";
import type { Actor } from "@/server/policy/policy";
import { actorOf, meetingId, resetToDemo, snapshot, unitId } from "../../helpers/db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth", () => ({ getActor: async () => session.actor, getApiActor: async () => session.actor }));
const meetings = await import("@/app/api/v1/meetings/route");
const meeting = await import("@/app/api/v1/meetings/[meetingId]/route");
const approve = await import("@/app/api/v1/meetings/[meetingId]/approve/route");

const APP = "http://127.0.0.1:3404";

beforeEach(async () => {
  await resetToDemo();
  session.actor = await actorOf("thuky");
});

async function draftBody() {
  return JSON.stringify({
    unit: { id: await unitId("Chi bộ Tổ chức – Hành chính") },
    kind: "THUONG_KY",
    title: "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023",
    startsAt: "2023-09-06T14:00",
    place: "Phòng họp tầng 2",
  });
}

function req(method: string, path: string, body: string, headers: Record<string, string>) {
  return new Request(`${APP}${path}`, { method, body, headers: { cookie: "next-auth.session-token=x", ...headers } });
}

async function json(res: Response) {
  return { status: res.status, body: await res.json() };
}

describe("cookie-authenticated writes to /api/v1", () => {
  it("refuses a foreign origin, a missing origin and a non-JSON body with 403, writing nothing", async () => {
    const before = await snapshot();
    const id = await meetingId("Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023");
    const ctx = { params: Promise.resolve({ meetingId: id }) };
    const body = await draftBody();
    const refused: Array<[Promise<Response>, string]> = [
      [
        meetings.POST(
          req("POST", "/api/v1/meetings", body, { origin: "http://evil.example", "content-type": "application/json" }),
        ),
        FOREIGN_ORIGIN_WRITE,
      ],
      [
        meetings.POST(req("POST", "/api/v1/meetings", body, { origin: APP, "content-type": "text/plain" })),
        NOT_JSON_WRITE,
      ],
      [
        meetings.POST(req("POST", "/api/v1/meetings", body, { "content-type": "application/json" })),
        FOREIGN_ORIGIN_WRITE,
      ],
      [
        meetings.POST(req("POST", "/api/v1/meetings", body, { origin: "null", "content-type": "application/json" })),
        FOREIGN_ORIGIN_WRITE,
      ],
      [
        meetings.POST(
          req("POST", "/api/v1/meetings", body, {
            referer: "http://evil.example/x",
            "content-type": "application/json",
          }),
        ),
        FOREIGN_ORIGIN_WRITE,
      ],
      [
        meeting.PATCH(
          req("PATCH", `/api/v1/meetings/${id}`, '{"version":1,"place":"X"}', {
            origin: "http://evil.example",
            "content-type": "text/plain",
          }),
          ctx,
        ),
        NOT_JSON_WRITE,
      ],
      [
        approve.POST(
          req("POST", `/api/v1/meetings/${id}/approve`, "{}", {
            origin: "http://evil.example",
            "content-type": "application/json",
          }),
          ctx,
        ),
        FOREIGN_ORIGIN_WRITE,
      ],
    ];
    for (const [response, message] of refused) {
      const r = await json(await response);
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ error: { code: "FORBIDDEN", message, fields: {} } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("accepts JSON from the app's own origin (Origin or Referer), and reads need no origin", async () => {
    const body = await draftBody();
    const byOrigin = await meetings.POST(
      req("POST", "/api/v1/meetings", body, { origin: APP, "content-type": "application/json; charset=utf-8" }),
    );
    expect(byOrigin.status).toBe(201);
    const byReferer = await meetings.POST(
      req("POST", "/api/v1/meetings", body, { referer: `${APP}/meetings/new`, "content-type": "application/json" }),
    );
    expect(byReferer.status).toBe(201);
    const read = await meetings.GET(
      new Request(`${APP}/api/v1/meetings`, { headers: { origin: "http://evil.example" } }),
    );
    expect(read.status).toBe(200);
  });

  it("exempts bearer-token requests (no cookie is involved)", async () => {
    const r = await meetings.POST(
      req("POST", "/api/v1/meetings", await draftBody(), {
        authorization: "Bearer sbb_test",
        "content-type": "text/plain",
      }),
    );
    expect(r.status).toBe(201);
  });
});
