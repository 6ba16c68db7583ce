import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewPublishedBulletin } from "@/features/bulletins/data";
import { formatClock, formatShortDate } from "@/lib/vi/date";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Bản tin" };

export default async function BulletinPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const b = await viewPublishedBulletin(slug);
  if (!b) notFound();
  const at = new Date(b.publishedAt);
  return (
    <article
      className="rounded-lg border border-stone-200 bg-white p-6 font-serif text-[17px] leading-relaxed"
      data-testid="bulletin"
    >
      <p className="font-sans text-sm text-brand">{b.unitName}</p>
      <h1 className="mt-1 text-2xl font-bold">{b.title}</h1>
      <p className="mt-1 font-sans text-xs text-stone-500" data-testid="bulletin-meta">
        Ngày đăng {formatShortDate(at)} | {formatClock(at)} | Lượt xem: {b.viewCount}
      </p>
      <p className="mt-4 font-bold">{b.lead}</p>
      {b.body.split(/\n{2,}/).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of a published text, rendered once
        <p key={i} className="mt-3">
          {p}
        </p>
      ))}
    </article>
  );
}
