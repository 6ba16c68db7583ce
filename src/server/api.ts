import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getApiActor } from "./auth";
import { AppError, errorMessages, httpStatus, isAppError, type AppErrorCode } from "./errors";
import type { Actor } from "./policy/policy";
import { fieldErrorsOf } from "./action";
import { deepNFC } from "@/lib/vi/normalize";
import { illFormedFieldErrors } from "@/lib/vi/unicode";

/** The JSON error body of the versioned API: { "error": { "code", "message", "fields" } }. */
export function apiError(
  code: AppErrorCode,
  message?: string,
  fields?: Record<string, string[]>,
  extra?: Record<string, unknown>,
) {
  return NextResponse.json(
    { error: { code, message: message ?? errorMessages[code], fields: fields ?? {} }, ...extra },
    { status: httpStatus[code] },
  );
}

/** Maps anything thrown in a handler to a JSON error; unexpected errors are logged, never shown. */
export function apiErrorFrom(e: unknown) {
  if (isAppError(e)) return apiError(e.code, e.message, e.fields, e.details ? { current: e.details } : undefined);
  console.error("[api] unexpected error", e);
  return apiError("INTERNAL");
}

/** The caller (session cookie or Bearer token), or a 401 error to return. */
export async function apiActor(): Promise<Actor> {
  const actor = await getApiActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Parses query parameters with a zod schema; a bad parameter becomes a 400 naming it. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of params.entries()) raw[k] = v;
  const broken = illFormedFieldErrors(raw);
  if (broken) throw new AppError("VALIDATION", undefined, { fields: broken });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    throw new AppError("VALIDATION", `Tham số không hợp lệ: ${Object.keys(fields).join(", ")}.`, { fields });
  }
  return parsed.data;
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const NOT_JSON_WRITE = "Yêu cầu ghi dữ liệu phải gửi nội dung JSON (Content-Type: application/json).";
export const FOREIGN_ORIGIN_WRITE = "Yêu cầu ghi dữ liệu không đến từ chính trang Sổ Biên Bản nên bị từ chối.";

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery guard of the JSON API: a write that does not carry a bearer token
 * (so the browser's session cookie may be what authenticates it) must be JSON and come from the
 * app's own origin (Origin, else Referer; the request's own origin or NEXTAUTH_URL's).
 */
export function apiWriteRefusal(request: Request): AppError | null {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return null;
  if (/^Bearer\s+\S+$/i.test(request.headers.get("authorization") ?? "")) return null;
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") return new AppError("FORBIDDEN", NOT_JSON_WRITE);
  const origin = request.headers.get("origin") ?? originOf(request.headers.get("referer"));
  const own = [originOf(request.url), originOf(process.env.NEXTAUTH_URL)];
  if (!origin || !own.includes(origin)) return new AppError("FORBIDDEN", FOREIGN_ORIGIN_WRITE);
  return null;
}

/** Wraps a route handler so every failure answers with the JSON error shape; refuses forged writes first. */
export function apiHandler<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      const refusal = args[0] instanceof Request ? apiWriteRefusal(args[0]) : null;
      if (refusal) return apiErrorFrom(refusal);
      return await fn(...args);
    } catch (e) {
      return apiErrorFrom(e);
    }
  };
}

/** The request's JSON body, or a 400 in Vietnamese when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("VALIDATION", "Nội dung gửi lên không phải JSON hợp lệ.");
  }
}

/** Validates a body with a zod schema; a bad body becomes a 400 with Vietnamese messages per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const broken = illFormedFieldErrors(body);
  if (broken) throw new AppError("VALIDATION", undefined, { fields: broken });
  const parsed = schema.safeParse(deepNFC(body));
  if (!parsed.success) throw new AppError("VALIDATION", undefined, { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
