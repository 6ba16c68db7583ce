import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { auditFilterOptions, listAuditEvents } from "@/features/audit/data";
import { auditQuerySchema, firstValues } from "@/features/audit/schema";
import { auditActionGroups, auditActionLabels } from "@/features/audit/labels";
import { AuditTable } from "@/features/audit/components/audit-table";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Nhật ký" };

const field = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base sm:text-sm";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!canAnywhere(actor, "audit.read")) notFound();
  const query = auditQuerySchema.parse(firstValues(await searchParams));
  const [page, options] = await Promise.all([listAuditEvents(actor, query), auditFilterOptions(actor)]);
  const { page: _page, ...params } = query;
  void _page;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Nhật ký thay đổi</h1>
        <p className="text-sm text-stone-600">
          Mọi thay đổi trong phạm vi bạn quản trị, mới nhất trước: {page.total} sự kiện.
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing */}
      <form
        method="get"
        role="search"
        aria-label="Lọc nhật ký"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <div className="lg:col-span-2">
          <label htmlFor="audit-unit" className="block text-sm">
            Tổ chức Đảng (cả cấp dưới)
          </label>
          <select id="audit-unit" name="unitId" defaultValue={query.unitId ?? ""} className={field}>
            <option value="">Tất cả</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00a0\u00a0".repeat(Math.max(0, u.depth))}
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm">
            Thao tác
          </label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={field}>
            <option value="">Tất cả</option>
            <optgroup label="Nhóm">
              {auditActionGroups.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Thao tác">
              {Object.entries(auditActionLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm">
            Người thực hiện
          </label>
          <select id="audit-actor" name="actorId" defaultValue={query.actorId ?? ""} className={field}>
            <option value="">Tất cả</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm">
            Từ ngày
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} className={field} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm">
            Đến ngày
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={field} />
        </div>
        {query.accountId && <input type="hidden" name="accountId" value={query.accountId} />}
        <div className="sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            Lọc
          </button>
        </div>
      </form>
      <AuditTable items={page.items} />
      <Pagination
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        basePath="/admin/audit"
        params={params as Record<string, string | undefined>}
      />
    </div>
  );
}
