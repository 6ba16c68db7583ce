import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundTitle } from "@/components/not-found-title";

// The tab says what happened, not the title of the page that was refused.
export const metadata: Metadata = { title: "Không tìm thấy" };

export default function MeetingNotFound() {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-8 text-center" data-testid="not-found">
      <NotFoundTitle />
      <h1 className="text-xl font-bold">Không tìm thấy biên bản</h1>
      <p className="mt-2 text-stone-600">Biên bản không tồn tại hoặc bạn không có quyền xem.</p>
      <Link href="/" className="mt-4 inline-block text-brand hover:underline">
        Về danh sách biên bản
      </Link>
    </div>
  );
}
