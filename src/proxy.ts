import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/server/security-headers";

/**
 * Runs before every page and route: makes the request's CSP nonce (Next reads it from the request's
 * Content-Security-Policy header and puts it on its scripts) and sends the security headers.
 * Not an authorization layer: the data layer checks every access itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

export const config = {
  // Static build files get the fixed headers from next.config.ts; everything else passes here.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
