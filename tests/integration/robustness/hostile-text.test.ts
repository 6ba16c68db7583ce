// Issue #14 item 3: lone UTF-16 surrogates and control characters are a 400 with a Vietnamese field
// message (or dropped from multi-line text), never a 500 from the database driver, and write nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiHandler } from "@/server/api";
import { patchMeeting, postMeeting } from "@/features/meetings/api";
import { CONTROL_CHAR_MESSAGE, ILL_FORMED_MESSAGE } from "@/lib/vi/unicode";
import { signInWithPassword } from "@/server/actor";
import type { Actor } from "@/server/policy/policy";
import { actorOf, resetToDemo, snapshot, testDb, unitId } from "../../helpers/db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth", () => ({ getActor: async () => session.actor, getApiActor: async () => session.actor }));
const { runAction } = await import("@/server/action");

beforeEach(async () => {
  await resetToDemo();
});

async function call(fn: () => Promise<Response>) {
  const res = await apiHandler(fn)();
  return { status: res.status, body: await res.json() };
}

async function draftBody() {
  return {
    unit: { id: await unitId("Chi bộ Tổ chức – Hành chính") },
    kind: "THUONG_KY",
    title: "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023",
    startsAt: "2023-09-06T14:00",
    place: "Phòng họp tầng 2",
    agenda: [{ title: "Thông tin thời sự" }],
  };
}

describe("JSON API", () => {
  it("answers 400 naming the field for a lone surrogate anywhere in the body, ids included, and writes nothing", async () => {
    const thuky = await actorOf("thuky");
    const before = await snapshot();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: "\ud800" }, "title"],
      [{ place: "Phòng \udc00 họp" }, "place"],
      [{ unit: { id: "\ud83d" } }, "unit.id"],
      [{ agenda: [{ title: "Thời sự", content: "Nội dung\n\ud800" }] }, "agenda.0.content"],
    ];
    for (const [patch, field] of cases) {
      const r = await call(async () => postMeeting(thuky, { ...(await draftBody()), ...patch }));
      expect(r.status, field).toBe(400);
      expect(r.body.error).toMatchObject({ code: "VALIDATION", fields: { [field]: [ILL_FORMED_MESSAGE] } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses control and bidi characters in one-line fields, drops them from paragraphs", async () => {
    const thuky = await actorOf("thuky");
    const before = await snapshot();
    for (const c of ["\u0000", "\u0007", "\u001b", "\u202e", "\u2067"]) {
      const r = await call(async () => postMeeting(thuky, { ...(await draftBody()), title: `Sinh hoạt${c} chi bộ` }));
      expect(r.status).toBe(400);
      expect(r.body.error.fields).toEqual({ title: [CONTROL_CHAR_MESSAGE] });
    }
    expect(await snapshot()).toEqual(before);
    const created = await call(async () => postMeeting(thuky, await draftBody()));
    expect(created.status).toBe(201);
    const saved = await call(() =>
      patchMeeting(thuky, created.body.id, {
        version: created.body.version,
        opening: "Khai mạc\u0000 lúc\u001b 14 giờ.\r\n\u202eĐồng chí\tBí thư chủ trì.",
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.opening).toBe("Khai mạc lúc 14 giờ.\nĐồng chí\tBí thư chủ trì.");
  });
});

describe("server actions and sign-in", () => {
  it("the one action entry refuses ill-formed input before the schema and the command", async () => {
    session.actor = await actorOf("thuky");
    let ran = false;
    const state = await runAction(
      { id: "\ud800", name: "ok" },
      z.object({ id: z.string(), name: z.string() }),
      async () => {
        ran = true;
      },
    );
    expect(ran).toBe(false);
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { id: [ILL_FORMED_MESSAGE] } });
  });

  it("a lone surrogate as a username is a failed sign-in, not a database error, and adds no throttle row", async () => {
    const before = await testDb().loginThrottle.count();
    const r = await signInWithPassword({ username: "admin\ud800", password: "x" });
    expect(r.ok).toBe(false);
    expect(await testDb().loginThrottle.count()).toBe(before);
  });
});
