import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { deepNFC } from "@/lib/vi/normalize";
import { illFormedFieldErrors } from "@/lib/vi/unicode";
import { getActor } from "./auth";
import { AppError, errorMessages, isAppError, isUniqueViolation } from "./errors";
import type { Actor } from "./policy/policy";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: T }
  | {
      status: "error";
      code: string;
      message: string;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, unknown>;
      /** For CONFLICT: the record as it is now, so the user can compare and merge. */
      current?: unknown;
    };

export const idleState: ActionState = { status: "idle" };

/** FormData → plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}

/** zod issues → { "field.path": ["Vietnamese message"] }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

/** Maps anything thrown by a command to an error state with a Vietnamese message. */
export function errorState(e: unknown, values?: Record<string, unknown>): ActionState<never> {
  if (isAppError(e)) {
    return {
      status: "error",
      code: e.code,
      message: e.message,
      fieldErrors: e.fields,
      values,
      ...(e.details ? { current: e.details } : {}),
    };
  }
  if (isUniqueViolation(e)) return { status: "error", code: "CONFLICT", message: "Dữ liệu này đã tồn tại.", values };
  console.error("[action] unexpected error", e);
  return { status: "error", code: "INTERNAL", message: errorMessages.INTERNAL, values };
}

/**
 * The one entry of every server action: input (FormData or object) → NFC → actor → zod →
 * command(actor, data) → state. Commands do authorization and transactions themselves.
 */
export async function runAction<S extends z.ZodType, T>(
  input: FormData | unknown,
  schema: S,
  command: (actor: Actor, data: z.output<S>) => Promise<T>,
  opts: { revalidate?: string[]; message?: string } = {},
): Promise<ActionState<T>> {
  const raw = deepNFC(input instanceof FormData ? formDataToObject(input) : input);
  const values = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const broken = illFormedFieldErrors(raw);
    const parsed = broken ? null : schema.safeParse(raw);
    if (!parsed?.success) {
      return {
        status: "error",
        code: "VALIDATION",
        message: errorMessages.VALIDATION,
        fieldErrors: broken ?? (parsed ? fieldErrorsOf(parsed.error) : {}),
        values,
      };
    }
    const data = await command(actor, parsed.data);
    for (const path of opts.revalidate ?? []) revalidatePath(path);
    return { status: "ok", data, message: opts.message };
  } catch (e) {
    unstable_rethrow(e);
    return errorState(e, values);
  }
}
