import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loadActor, loadTokenActor, signInWithPassword } from "./actor";
import type { Actor } from "./policy/policy";
import { env } from "./env";

const baseOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: env().SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials) {
        const result = await signInWithPassword({ username: credentials?.username, password: credentials?.password });
        // next-auth passes a thrown message back to the sign-in page as ?error=…
        if (!result.ok) throw new Error(result.message);
        return { id: result.userId, name: result.displayName, sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      // Only the identity goes into the session; roles are read from the database per request.
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};

/**
 * Whether this request reached the app over HTTPS: NEXTAUTH_URL says https, or the app is told to
 * trust its reverse proxy (SOBIENBAN_TRUST_PROXY=1) and that proxy's X-Forwarded-Proto says https.
 */
export function servedOverHttps(requestHeaders: Headers): boolean {
  if (process.env.NEXTAUTH_URL?.startsWith("https://")) return true;
  if (process.env.SOBIENBAN_TRUST_PROXY !== "1") return false;
  return requestHeaders.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase() === "https";
}

const secureOptions: NextAuthOptions = { ...baseOptions, useSecureCookies: true };
const plainOptions: NextAuthOptions = { ...baseOptions, useSecureCookies: false };

/** next-auth's options for a request: the session cookie is Secure (and __Secure- named) over HTTPS. */
export function authOptionsFor(requestHeaders: Headers): NextAuthOptions {
  return servedOverHttps(requestHeaders) ? secureOptions : plainOptions;
}

/** The signed-in person of this request (session cookie only), or null. Pages and server actions use this. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptionsFor(await headers()))) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  return loadActor(session.userId, typeof session.sv === "number" ? session.sv : undefined);
});

/**
 * The caller of a versioned API route (/api/v1/…): an API bearer token when the request carries
 * one, else the session. Tokens are accepted nowhere else, so a token never drives a page or a
 * server action (account, roster or tree commands).
 */
export const getApiActor = cache(async (): Promise<Actor | null> => {
  const authorization = (await headers()).get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return loadTokenActor(bearer);
  return getActor();
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
