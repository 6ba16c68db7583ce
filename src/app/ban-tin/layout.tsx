import Link from "next/link";

/** Public pages: no sign-in. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <Link href="/ban-tin" className="font-serif text-xl font-bold">
            Bản tin hoạt động Đảng
          </Link>
          <Link href="/login" className="text-sm underline">
            Đăng nhập
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
    </div>
  );
}
