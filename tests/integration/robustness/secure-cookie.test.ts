// Issue #14 item 5: the session cookie is Secure whenever the app is served over HTTPS.
import { afterEach, describe, expect, it } from "vitest";
import { authOptionsFor, servedOverHttps } from "@/server/auth";

const saved = { url: process.env.NEXTAUTH_URL, trust: process.env.SOBIENBAN_TRUST_PROXY };
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url;
  process.env.SOBIENBAN_TRUST_PROXY = saved.trust;
  if (saved.url === undefined) delete process.env.NEXTAUTH_URL;
  if (saved.trust === undefined) delete process.env.SOBIENBAN_TRUST_PROXY;
});

const viaProxy = new Headers({ "x-forwarded-proto": "https" });

describe("Secure session cookie", () => {
  it("over HTTPS by NEXTAUTH_URL", () => {
    process.env.NEXTAUTH_URL = "https://sobienban.example.vn";
    expect(servedOverHttps(new Headers())).toBe(true);
    expect(authOptionsFor(new Headers()).useSecureCookies).toBe(true);
  });

  it("over HTTPS by a trusted proxy's X-Forwarded-Proto, not by anyone's", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    delete process.env.SOBIENBAN_TRUST_PROXY;
    expect(authOptionsFor(viaProxy).useSecureCookies).toBe(false);
    process.env.SOBIENBAN_TRUST_PROXY = "1";
    expect(authOptionsFor(viaProxy).useSecureCookies).toBe(true);
    expect(authOptionsFor(new Headers({ "x-forwarded-proto": "http" })).useSecureCookies).toBe(false);
  });

  it("not over plain HTTP", () => {
    process.env.NEXTAUTH_URL = "http://127.0.0.1:3404";
    expect(authOptionsFor(new Headers()).useSecureCookies).toBe(false);
  });
});
