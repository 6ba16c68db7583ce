import { startTransition, type FormEvent } from "react";
import type { ActionState } from "@/server/action";

/**
 * With JavaScript, submits through the action without React's automatic form reset (which also
 * resets selects and checkboxes, controlled or not, losing the choices after a refused submit).
 * Without JavaScript the form still posts to the action.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    startTransition(() => formAction(formData));
  };
}

export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base sm:text-sm aria-[invalid=true]:border-red-600";
export const buttonClass =
  "rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass =
  "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60";

/** The first error of a field, or undefined. */
export function fieldError(state: ActionState<unknown>, ...keys: string[]): string | undefined {
  if (state.status !== "error") return undefined;
  for (const k of keys) {
    const e = state.fieldErrors?.[k]?.[0];
    if (e) return e;
  }
  return undefined;
}

/** A value echoed back after a failed submit, for defaultValue. */
export function echoed(state: ActionState<unknown>, key: string): string | undefined {
  const v = state.status === "error" ? state.values?.[key] : undefined;
  return typeof v === "string" ? v : undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

export function FormMessage({ state, testId }: { state: ActionState<unknown>; testId?: string }) {
  if (state.status === "idle") return null;
  return (
    <p
      role={state.status === "error" ? "alert" : "status"}
      data-testid={testId}
      className={state.status === "ok" ? "text-sm text-green-800" : "text-sm text-red-700"}
    >
      {state.message}
    </p>
  );
}

/** A password shown once, with a note that it will not be shown again. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="one-time-password">
      <p>Mật khẩu (chỉ hiển thị một lần, hãy ghi lại và trao tận tay người dùng):</p>
      <output className="mt-1 block font-mono text-lg font-semibold tracking-wide select-all" aria-label="Mật khẩu mới">
        {password}
      </output>
    </div>
  );
}
