import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth";
import { LoginForm } from "@/features/accounts/components/login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  if (await getActor()) redirect("/");
  const { error, callbackUrl } = await searchParams;
  // next-auth sends its own codes for some failures; our authorize() sends Vietnamese sentences.
  const initialError = error && !/^[A-Za-z]+$/.test(error) ? error : error ? "Đăng nhập không thành công. Vui lòng thử lại." : undefined;
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand uppercase">Đảng Cộng sản Việt Nam</p>
          <h1 className="mt-1 font-serif text-3xl font-bold">Sổ Biên Bản</h1>
          <p className="mt-2 text-sm text-stone-600">Soạn thảo, thông qua và lưu trữ biên bản sinh hoạt Đảng</p>
        </div>
        <LoginForm initialError={initialError} callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
