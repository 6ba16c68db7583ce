import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/server/auth";
import { listMeetings } from "@/features/meetings/data";
import { formatShortDate } from "@/lib/vi/date";
import { meetingKindLabels, meetingStatusLabels } from "@/lib/vi/labels";
import { Pagination } from "@/components/pagination";
import { totalLabel } from "@/lib/search/total";
import { canAnywhere } from "@/server/policy/policy";

export const metadata: Metadata = { title: "Biên bản" };

const querySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { page } = querySchema.parse(await searchParams);
  const list = await listMeetings(actor, { page, pageSize: 20 });
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">Biên bản các cuộc họp</h1>
          <p className="text-sm text-stone-600">
            {totalLabel(list.total, list.totalCapped)} biên bản bạn được xem, mới nhất trước.
          </p>
        </div>
        {canAnywhere(actor, "meeting.create") && (
          <div className="flex flex-wrap gap-2 text-sm">
            <Link
              href="/meetings/new"
              className="rounded-md bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-dark"
            >
              Soạn biên bản mới
            </Link>
            <Link
              href="/meetings/import"
              className="rounded-md border border-stone-300 bg-white px-3 py-2 hover:bg-stone-100"
            >
              Nhập từ văn bản
            </Link>
          </div>
        )}
      </div>
      {canAnywhere(actor, "archive.search") && (
        // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing
        <form role="search" action="/archive" className="mb-4 flex gap-2">
          <label htmlFor="home-search" className="sr-only">
            Tìm trong biên bản
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder="Tìm trong biên bản: đảng bộ, hiệu trưởng, 05-CT/TW…"
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          />
          <button
            type="submit"
            className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100"
          >
            Tìm
          </button>
        </form>
      )}
      {list.items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600">
          Chưa có biên bản nào.
        </p>
      ) : (
        <ul
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          data-testid="meeting-list"
        >
          {list.items.map((m) => (
            <li key={m.id} className="p-4 hover:bg-stone-50">
              <Link href={`/meetings/${m.id}`} className="block">
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  <span className="rounded bg-stone-100 px-2 py-0.5">{meetingKindLabels[m.kind]}</span>
                  <span
                    className={
                      m.status === "APPROVED"
                        ? "rounded bg-green-100 px-2 py-0.5 text-green-800"
                        : "rounded bg-amber-100 px-2 py-0.5 text-amber-900"
                    }
                  >
                    {meetingStatusLabels[m.status]}
                  </span>
                  {m.date ? (
                    <time dateTime={m.date} className="text-stone-600">
                      {formatShortDate(m.date)}
                    </time>
                  ) : (
                    <span className="text-stone-600">Chưa rõ ngày</span>
                  )}
                </div>
                <p className="mt-1 font-semibold text-stone-900">{m.title}</p>
                <p className="text-sm text-stone-600">{m.unit.name}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        capped={list.totalCapped && list.items.length === list.pageSize}
        basePath="/"
      />
    </div>
  );
}
