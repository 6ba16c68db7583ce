"use client";

import { type FormEvent, startTransition, useEffect, useRef } from "react";

/**
 * Submits a form through an action without React's automatic form reset. A `<form action={fn}>`
 * is reset by React after every submit, refused or not: inputs fall back to their default values
 * and selects to the option chosen at first render, while controlled state stays as it was — the
 * select of "Lập đính chính" showed "Tên cuộc họp" again and the next submit amended the title.
 *
 * With these props a refused submit keeps every field exactly as the user left it; the form is
 * cleared only after a success (`status: "ok"`), unless `resetOnSuccess` is false.
 *
 * Usage: `const form = useKeptForm(dispatch, state); <form {...form}>`.
 */
export function useKeptForm(
  dispatch: (payload: FormData) => void,
  state: { status: string } | null | undefined,
  opts: { resetOnSuccess?: boolean } = {},
) {
  const ref = useRef<HTMLFormElement>(null);
  const resetOnSuccess = opts.resetOnSuccess ?? true;
  useEffect(() => {
    if (resetOnSuccess && state?.status === "ok") ref.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(e.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(data));
  };
  return { ref, onSubmit };
}
