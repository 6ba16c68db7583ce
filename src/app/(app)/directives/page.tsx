import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth";
import { listDirectives } from "@/features/directives/data";
import { directiveSearchSchema } from "@/features/directives/schema";
import { ProposeForm } from "@/features/directives/components/propose-form";
import { directiveKindLabels } from "@/lib/vi/labels";
import { formatShortDate } from "@/lib/vi/date";
import { formatSymbol } from "@/lib/symbols";
import { DirectiveKind } from "@/lib/enums";

export const metadata: Metadata = { title: "Danh mục văn bản" };

export default async function DirectivesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const search = directiveSearchSchema.parse(await searchParams);
  const items = await listDirectives(actor, search);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Danh mục chỉ thị, nghị quyết</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing */}
      <form
        role="search"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-white p-4"
        action="/directives"
      >
        <div className="grow">
          <label htmlFor="directive-q" className="block text-sm font-medium">
            Tìm văn bản
          </label>
          <input
            id="directive-q"
            name="q"
            defaultValue={search.q ?? ""}
            placeholder="05-CT/TW, chỉ thị 05, sinh hoạt chi bộ…"
            className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
          />
        </div>
        <div>
          <label htmlFor="directive-kind" className="block text-sm font-medium">
            Loại
          </label>
          <select
            id="directive-kind"
            name="kind"
            defaultValue={search.kind ?? ""}
            className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Tất cả</option>
            {Object.values(DirectiveKind).map((k) => (
              <option key={k} value={k}>
                {directiveKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white">
          Tìm
        </button>
      </form>
      <ProposeForm />
      <p className="text-sm text-stone-600" aria-live="polite">
        {items.length} văn bản
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="stack-table w-full text-sm" data-testid="directive-list">
          <caption className="sr-only">Danh mục văn bản</caption>
          <thead className="bg-stone-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                Văn bản
              </th>
              <th scope="col" className="px-3 py-2">
                Ngày ban hành
              </th>
              <th scope="col" className="px-3 py-2">
                Cơ quan ban hành
              </th>
              <th scope="col" className="px-3 py-2">
                Trích yếu
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Trích dẫn
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Nhiệm vụ
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} className="border-t border-stone-100">
                <td className="px-3 py-2">
                  <Link href={`/directives/${d.id}`} className="font-medium text-brand hover:underline">
                    {directiveKindLabels[d.kind]}{" "}
                    {formatSymbol(d.number, d.symbol) ||
                      (d.plenum ? `Trung ương ${d.plenum}` : d.congress ? `Đại hội ${d.congress}` : "")}
                  </Link>
                  {d.term && <span className="text-xs text-stone-500"> (khóa {d.term})</span>}
                </td>
                <td className="px-3 py-2" data-label="Ngày ban hành">
                  {d.issuedOn ? formatShortDate(d.issuedOn) : "—"}
                </td>
                <td className="px-3 py-2" data-label="Cơ quan ban hành">
                  {d.issuer ?? "—"}
                </td>
                <td className="px-3 py-2" data-label="Trích yếu">
                  {d.subject ?? ""}
                </td>
                <td className="px-3 py-2 text-right" data-label="Trích dẫn">
                  {d.citationCount}
                </td>
                <td className="px-3 py-2 text-right" data-label="Nhiệm vụ">
                  {d.taskCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
