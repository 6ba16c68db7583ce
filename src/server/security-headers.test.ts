import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security-headers";
import { proxy } from "../proxy";

describe("security headers", () => {
  it("the policy allows scripts only by nonce and forbids plugins, framing, foreign base and forms", () => {
    const csp = contentSecurityPolicy("abc", false);
    const script = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(csp).toContain(d);
  });

  it("the proxy sends them with a new nonce on every request, and passes the nonce on to Next", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = proxy(new NextRequest("http://127.0.0.1:3404/meetings"));
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      seen.add(nonce ?? "");
      expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
      expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("geolocation=()");
    }
    expect(seen.size).toBe(3);
  });
});
