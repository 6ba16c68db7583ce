import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth";
import { can, canAnywhere } from "@/server/policy/policy";
import { listFormerMembers, listMembers } from "@/features/members/data";
import { memberListQuerySchema } from "@/features/members/schema";
import { listUnits } from "@/features/units/data";
import { unitOptions } from "@/features/units/lookup";
import { Combobox } from "@/components/combobox";
import { memberCategoryLabels, memberStatusLabels } from "@/lib/vi/labels";
import type { MemberCategory, MemberStatus } from "@/lib/enums";

export const metadata: Metadata = { title: "Đảng viên" };

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";
const linkButton = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50";

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = memberListQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [members, units, [unitChoice]] = await Promise.all([
    listMembers(actor, query),
    listUnits(actor),
    unitOptions(actor, [query.unitId], "read"),
  ]);
  const former = query.unitId ? await listFormerMembers(actor, query.unitId) : [];
  const manages = canAnywhere(actor, "member.manage");
  const manageable = new Set(
    units.filter((u) => can(actor, "member.manage", { unitId: u.id, unitPath: u.path })).map((u) => u.id),
  );
  const exportQuery = query.unitId ? `&unitId=${encodeURIComponent(query.unitId)}` : "";
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="mb-1 text-2xl font-bold">Danh sách đảng viên</h1>
          <p className="text-sm text-stone-600">Sắp xếp theo tên, {members.length} đảng viên.</p>
        </div>
        {manages && (
          <div className="flex flex-wrap gap-2">
            <Link href="/members/new" className="rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-white">
              Thêm đảng viên
            </Link>
            <Link href="/members/import" className={linkButton}>
              Nhập danh sách
            </Link>
            <a href={`/api/v1/members/export?format=csv${exportQuery}`} className={linkButton}>
              Tải CSV
            </a>
            <a href={`/api/v1/members/export?format=xlsx${exportQuery}`} className={linkButton}>
              Tải XLSX
            </a>
          </div>
        )}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing */}
      <form
        method="get"
        className="mb-4 grid gap-3 [&>*]:min-w-0 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-[2fr_2fr_1fr_1fr_auto]"
        role="search"
        aria-label="Lọc danh sách đảng viên"
      >
        <div>
          <label htmlFor="f-q" className="block text-sm font-medium">
            Tìm theo tên
          </label>
          <input id="f-q" name="q" defaultValue={query.q ?? ""} className={inputClass} />
        </div>
        <Combobox
          id="f-unit"
          label="Tổ chức"
          name="unitId"
          source={{ path: "/api/v1/lookup/units", params: { for: "read" } }}
          defaultValue={unitChoice ?? null}
          placeholder="Tất cả"
        />
        <div>
          <label htmlFor="f-status" className="block text-sm font-medium">
            Tình trạng
          </label>
          <select id="f-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {(Object.keys(memberStatusLabels) as MemberStatus[]).map((s) => (
              <option key={s} value={s}>
                {memberStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-cat" className="block text-sm font-medium">
            Loại
          </label>
          <select id="f-cat" name="category" defaultValue={query.category ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {(Object.keys(memberCategoryLabels) as MemberCategory[]).map((c) => (
              <option key={c} value={c}>
                {memberCategoryLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">
            Lọc
          </button>
        </div>
      </form>
      <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="stack-table w-full text-left text-sm" data-testid="member-table">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                STT
              </th>
              <th scope="col" className="px-3 py-2">
                Họ và tên
              </th>
              <th scope="col" className="px-3 py-2">
                Chức vụ
              </th>
              <th scope="col" className="px-3 py-2">
                Loại
              </th>
              <th scope="col" className="px-3 py-2">
                Tình trạng
              </th>
              <th scope="col" className="px-3 py-2">
                Chi bộ
              </th>
              {manages && (
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Thao tác</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={m.id} className="border-t border-stone-100" data-member={m.fullName}>
                <td className="px-3 py-2" data-label="STT">
                  {i + 1}
                </td>
                <td className="px-3 py-2 font-medium">
                  <Link href={`/members/${m.id}`} className="hover:text-brand hover:underline">
                    {m.fullName}
                  </Link>
                </td>
                <td className="px-3 py-2" data-label="Chức vụ">
                  {m.title ?? ""}
                </td>
                <td className="px-3 py-2" data-label="Loại">
                  {memberCategoryLabels[m.category]}
                </td>
                <td className="px-3 py-2" data-label="Tình trạng">
                  {memberStatusLabels[m.status]}
                </td>
                <td className="px-3 py-2" data-label="Chi bộ">
                  {m.unit.name}
                </td>
                {manages && (
                  <td className="px-3 py-2">
                    {manageable.has(m.unit.id) && (
                      <Link
                        href={`/members/${m.id}/edit`}
                        className="text-brand hover:underline"
                        aria-label={`Sửa ${m.fullName}`}
                      >
                        Sửa
                      </Link>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {former.length > 0 && (
        <section className="mt-6" aria-labelledby="former-h">
          <h2 id="former-h" className="mb-2 text-lg font-semibold">
            Đảng viên đã chuyển sinh hoạt đi
          </h2>
          <ul className="list-disc pl-5 text-sm" data-testid="former-members">
            {former.map((f) => (
              <li key={`${f.id}-${f.endOn}`}>
                {f.fullName}: sinh hoạt đến {f.endOn?.split("-").reverse().join("/")}, nay ở {f.nowIn}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
