import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { getDirective, mergeTargets } from "@/features/directives/data";
import { DirectiveTimeline } from "@/features/directives/components/timeline";
import { MergeForm } from "@/features/directives/components/merge-form";
import { formatLongDate } from "@/lib/vi/date";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Văn bản" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined) });

export default async function DirectivePage({
  params,
  searchParams,
}: {
  params: Promise<{ directiveId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { directiveId } = await params;
  const { page } = pageSchema.parse(await searchParams);
  const d = await getDirective(actor, directiveId, { page });
  if (!d) notFound();
  const manage = canAnywhere(actor, "directive.manage") && !d.mergedInto;
  const targets = manage ? await mergeTargets(d.id) : [];
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/directives" className="text-brand hover:underline">
          ← Danh mục văn bản
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold">{d.label}</h1>
        {d.subject && <p className="mt-1 text-lg">{d.subject}</p>}
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="directive-facts">
          {d.issuer && (
            <>
              <dt className="text-stone-500">Cơ quan ban hành</dt>
              <dd>{d.issuer}</dd>
            </>
          )}
          {d.issuedOn && (
            <>
              <dt className="text-stone-500">Ngày ban hành</dt>
              <dd>{formatLongDate(d.issuedOn)}</dd>
            </>
          )}
          {d.term && (
            <>
              <dt className="text-stone-500">Khóa</dt>
              <dd>{d.term}</dd>
            </>
          )}
        </dl>
      </header>
      {d.mergedInto && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          Văn bản này đã được hợp nhất vào{" "}
          <Link href={`/directives/${d.mergedInto.id}`} className="font-medium text-brand hover:underline">
            {d.mergedInto.label}
          </Link>
          .
        </p>
      )}
      {d.duplicates.length > 0 && (
        <p className="text-sm text-stone-600">Đã hợp nhất từ: {d.duplicates.map((x) => x.label).join("; ")}.</p>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-1 text-xl font-semibold">
          Quá trình triển khai
        </h2>
        <p className="mb-3 text-sm text-stone-600" data-testid="directive-counts">
          {d.counts.meetings} cuộc họp · {d.counts.speeches} phát biểu · {d.counts.tasks} nhiệm vụ
          {d.counts.meetings > 0 && (
            <>
              {" · "}
              <Link href={`/archive?directive=${encodeURIComponent(d.id)}`} className="text-brand hover:underline">
                Tra cứu các biên bản trích dẫn
              </Link>
            </>
          )}
        </p>
        <DirectiveTimeline entries={d.timeline} />
        <Pagination
          page={d.page}
          pageSize={d.pageSize}
          total={d.counts.meetings}
          basePath={`/directives/${d.id}`}
          label="Phân trang quá trình triển khai"
        />
      </section>
      {manage && <MergeForm duplicateId={d.id} targets={targets} />}
    </div>
  );
}
