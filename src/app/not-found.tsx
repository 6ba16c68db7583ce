import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundTitle } from "@/components/not-found-title";

// The tab says what happened, not the title of the page that was refused.
export const metadata: Metadata = { title: "Không tìm thấy" };

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="text-center" data-testid="not-found">
        <NotFoundTitle />
        <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
        <p className="mt-2 text-stone-600">Trang không tồn tại hoặc bạn không có quyền xem.</p>
        <Link href="/" className="mt-4 inline-block text-brand hover:underline">
          Về trang chủ
        </Link>
      </div>
    </main>
  );
}
