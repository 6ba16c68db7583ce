"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

export function LoginForm({
  initialError,
  notice,
  callbackUrl,
}: {
  initialError?: string;
  notice?: string;
  callbackUrl: string;
}) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(!username ? "Vui lòng nhập tên đăng nhập." : "Vui lòng nhập mật khẩu.");
      return;
    }
    setPending(true);
    setError(undefined);
    const res = await signIn("credentials", { username, password, redirect: false });
    if (res?.ok && !res.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm"
      noValidate
    >
      {notice && (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-2 text-sm text-green-900"
          data-testid="login-notice"
        >
          {notice}
        </p>
      )}
      <div>
        <label htmlFor="username" className="block text-sm font-medium">
          Tên đăng nhập
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          // biome-ignore lint/a11y/noAutofocus: the sign-in page has one task; its first field takes the focus
          autoFocus
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 focus:border-brand focus:outline-none"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 focus:border-brand focus:outline-none"
        />
      </div>
      <p
        id="login-error"
        role="status"
        aria-live="polite"
        className="min-h-5 text-sm text-red-700"
        data-testid="login-error"
      >
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
