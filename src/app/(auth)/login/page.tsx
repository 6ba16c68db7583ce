import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth";
import { LoginForm } from "@/features/accounts/components/login-form";
import { SIGN_IN_FAILED } from "@/server/actor";

/** Notices the app itself links to; any other text in the URL is never shown (no message can be planted). */
const NOTICES: Record<string, string> = {
  "password-changed": "Đã đổi mật khẩu. Vui lòng đăng nhập lại với mật khẩu mới.",
};
const KNOWN_ERROR = /^Bạn đã đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/;

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; notice?: string; callbackUrl?: string }>;
}) {
  if (await getActor()) redirect("/");
  const { error, notice, callbackUrl } = await searchParams;
  // next-auth sends its own codes for some failures, and our authorize() its Vietnamese sentences:
  // only those we wrote are shown as they are.
  const initialError = !error
    ? undefined
    : error === SIGN_IN_FAILED || KNOWN_ERROR.test(error)
      ? error
      : "Đăng nhập không thành công. Vui lòng thử lại.";
  const initialNotice = notice ? NOTICES[notice] : undefined;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand uppercase">Đảng Cộng sản Việt Nam</p>
          <h1 className="mt-1 font-serif text-3xl font-bold">Sổ Biên Bản</h1>
          <p className="mt-2 text-sm text-stone-600">Soạn thảo, thông qua và lưu trữ biên bản sinh hoạt Đảng</p>
        </div>
        <LoginForm initialError={initialError} notice={initialNotice} callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
