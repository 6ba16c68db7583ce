import Link from "next/link";

/** Public check of verification codes: no sign-in. */
export default function VerifyLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <Link href="/xac-thuc" className="font-serif text-xl font-bold">
            Xác thực biên bản
          </Link>
          <Link href="/login" className="text-sm underline">
            Đăng nhập
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-5 px-4 py-6">{children}</main>
    </div>
  );
}
