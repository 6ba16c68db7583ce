import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptionsFor } from "@/server/auth";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/** next-auth's handler with the options of this request (Secure session cookie over HTTPS). */
async function handler(request: NextRequest, context: Ctx) {
  return NextAuth(request, context, authOptionsFor(request.headers));
}

export { handler as GET, handler as POST };
