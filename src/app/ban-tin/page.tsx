import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { listPublishedBulletins } from "@/features/bulletins/data";
import { formatShortDate, formatClock } from "@/lib/vi/date";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Bản tin" };
export const dynamic = "force-dynamic";

const query = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function BulletinsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { page } = query.parse(await searchParams);
  const list = await listPublishedBulletins(page);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Bản tin</h1>
      {list.items.length === 0 && <p className="text-stone-600">Chưa có bản tin nào được đăng.</p>}
      <ul className="space-y-4" data-testid="bulletin-list">
        {list.items.map((b) => (
          <li key={b.slug} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href={`/ban-tin/${b.slug}`} className="font-serif text-lg font-bold hover:underline">
              {b.title}
            </Link>
            <p className="text-xs text-stone-500">
              Ngày đăng {formatShortDate(new Date(b.publishedAt))} | {formatClock(new Date(b.publishedAt))} | Lượt xem:{" "}
              {b.viewCount}
            </p>
            <p className="mt-1 font-serif">{b.lead}</p>
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/ban-tin" />
    </div>
  );
}
