import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { searchMeetings, type SearchPage } from "@/server/search/meetings";
import { memberOptions } from "@/features/members/lookup";
import { unitOptions } from "@/features/units/lookup";
import { directiveOptions } from "@/features/directives/lookup";
import { Combobox } from "@/components/combobox";
import { typedOption } from "@/lib/lookup";
import { archiveHref, archiveQuerySchema } from "@/features/archive/schema";
import { SnippetText } from "@/features/archive/components/snippet-text";
import { formatShortDate } from "@/lib/vi/date";
import { totalLabel } from "@/lib/search/total";
import { meetingKindLabels } from "@/lib/vi/labels";
import { MeetingKind } from "@/lib/enums";

export const metadata: Metadata = { title: "Tra cứu biên bản" };

const PAGE_SIZE = 20;
const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

export default async function ArchivePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const query = archiveQuerySchema.parse(await searchParams);
  // Only the chosen filters' labels are read here; the choosers look the rest up as the reader types.
  const [[unit], [person], [directive]] = await Promise.all([
    unitOptions(actor, [query.unit], "read"),
    memberOptions(actor, [query.person], "roster"),
    directiveOptions([query.directive]),
  ]);

  let result: SearchPage | null = null;
  let problem: string | null = null;
  try {
    result = await searchMeetings(actor, {
      q: query.q,
      unitId: query.unit,
      kind: query.kind,
      from: query.from,
      to: query.to,
      directiveId: query.directive,
      personId: query.person,
      status: "APPROVED",
      page: query.page,
      pageSize: PAGE_SIZE,
    });
  } catch (e) {
    if (!isAppError(e) || e.code !== "NOT_FOUND") throw e;
    problem =
      query.directive && e.fields?.directive
        ? `Không tìm thấy văn bản “${query.directive}” trong danh mục.`
        : e.message;
  }
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  // Past a capped total, a full page means there may be more.
  const hasNext = !!result && (result.page < pages || (result.totalCapped && result.items.length === PAGE_SIZE));
  const filtered = !!(query.q || query.unit || query.kind || query.from || query.to || query.directive || query.person);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Tra cứu biên bản</h1>
        <p className="text-sm text-stone-600">
          Biên bản đã thông qua mà bạn được xem. Gõ có dấu hay không dấu đều được; tìm văn bản bằng số hiệu như
          “05-CT/TW”, “chỉ thị 05”, “ct05”.
        </p>
      </div>

      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing */}
      <form
        role="search"
        action="/archive"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        data-testid="archive-form"
      >
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="archive-q" className="block text-sm font-medium">
            Từ khóa
          </label>
          <input
            id="archive-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="đảng bộ, hiệu trưởng, tham luận, 05-CT/TW…"
            className={field}
          />
        </div>
        <Combobox
          id="archive-unit"
          label="Tổ chức Đảng (kể cả cấp dưới)"
          name="unit"
          source={{ path: "/api/v1/lookup/units", params: { for: "read" } }}
          defaultValue={unit ?? null}
          placeholder="Tất cả"
        />
        <div>
          <label htmlFor="archive-kind" className="block text-sm font-medium">
            Loại cuộc họp
          </label>
          <select id="archive-kind" name="kind" defaultValue={query.kind ?? ""} className={field}>
            <option value="">Tất cả</option>
            {Object.values(MeetingKind).map((k) => (
              <option key={k} value={k}>
                {meetingKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="archive-from" className="block text-sm font-medium">
            Từ ngày
          </label>
          <input id="archive-from" name="from" type="date" defaultValue={query.from ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="archive-to" className="block text-sm font-medium">
            Đến ngày
          </label>
          <input id="archive-to" name="to" type="date" defaultValue={query.to ?? ""} className={field} />
        </div>
        <Combobox
          id="archive-directive"
          className="sm:col-span-1 lg:col-span-2"
          label="Văn bản được trích dẫn"
          name="directive"
          acceptText
          source={{ path: "/api/v1/lookup/directives" }}
          defaultValue={directive ?? (query.directive ? typedOption(query.directive) : null)}
          placeholder="05-CT/TW, nghị quyết 35…"
        />
        <Combobox
          id="archive-person"
          className="sm:col-span-1 lg:col-span-2"
          label="Người dự họp, báo cáo hoặc phát biểu"
          name="person"
          source={{ path: "/api/v1/lookup/members", params: { for: "roster" } }}
          defaultValue={person ?? null}
          placeholder="Tất cả"
        />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button
            type="submit"
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
          >
            Tìm
          </button>
          {filtered && (
            <Link href="/archive" className="rounded-md border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100">
              Bỏ lọc
            </Link>
          )}
        </div>
      </form>

      <div aria-live="polite">
        {problem ? (
          <p
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="archive-problem"
          >
            {problem}
          </p>
        ) : (
          <p className="text-sm text-stone-600" data-testid="archive-total">
            {result && result.total > 0
              ? `Tìm thấy ${totalLabel(result.total, result.totalCapped)} biên bản${query.q ? ", xếp theo mức độ phù hợp" : ", mới nhất trước"}.`
              : "Không có biên bản nào phù hợp."}
          </p>
        )}
      </div>

      {result && result.items.length > 0 && (
        <ol
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          data-testid="archive-results"
          start={(result.page - 1) * PAGE_SIZE + 1}
        >
          {result.items.map((m) => (
            <li key={m.id} className="p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span className="rounded bg-stone-100 px-2 py-0.5">{meetingKindLabels[m.kind]}</span>
                {m.date ? (
                  <time dateTime={m.date} className="text-stone-600">
                    {formatShortDate(m.date)}
                  </time>
                ) : (
                  <span className="text-stone-600">Chưa rõ ngày</span>
                )}
                <span className="text-stone-600">{m.unit.name}</span>
              </div>
              <Link
                href={`/meetings/${m.id}`}
                className="mt-1 block font-semibold text-stone-900 hover:text-brand hover:underline"
              >
                {m.title}
              </Link>
              {m.snippet !== undefined && <SnippetText text={m.snippet} highlights={m.highlights ?? []} />}
            </li>
          ))}
        </ol>
      )}

      {result && (pages > 1 || hasNext) && (
        <nav aria-label="Phân trang" className="flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link
              href={archiveHref({ ...query, page: result.page - 1 })}
              className="rounded border px-3 py-1.5 hover:bg-stone-100"
            >
              ← Trang trước
            </Link>
          ) : (
            <span />
          )}
          <span>
            Trang {result.page}
            {result.totalCapped ? "" : ` / ${pages}`}
          </span>
          {hasNext ? (
            <Link
              href={archiveHref({ ...query, page: result.page + 1 })}
              className="rounded border px-3 py-1.5 hover:bg-stone-100"
            >
              Trang sau →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
