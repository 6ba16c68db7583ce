import Link from "next/link";
import { formatClock, formatShortDate } from "@/lib/vi/date";
import type { AuditItem } from "../dto";

function when(iso: string) {
  const d = new Date(iso);
  return `${formatClock(d)} ${formatShortDate(d)}`;
}

export function AuditTable({ items }: { items: AuditItem[] }) {
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-600">Không có sự kiện nào.</p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="stack-table w-full text-left text-sm" data-testid="audit-table">
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Thời gian
            </th>
            <th scope="col" className="px-3 py-2">
              Người thực hiện
            </th>
            <th scope="col" className="px-3 py-2">
              Thao tác
            </th>
            <th scope="col" className="px-3 py-2">
              Đối tượng
            </th>
            <th scope="col" className="px-3 py-2">
              Chi tiết
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} className="border-t border-stone-100 align-top" data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={e.at}>{when(e.at)}</time>
              </td>
              <td className="px-3 py-2" data-label="Người thực hiện">
                {e.actor?.name ?? "Hệ thống"}
              </td>
              <td className="px-3 py-2 font-medium">{e.actionLabel}</td>
              <td className="px-3 py-2" data-label="Đối tượng">
                <span className="text-stone-600">
                  {e.entity.typeLabel}
                  {e.entity.label || e.entity.href ? ": " : ""}
                </span>
                {/* never a raw id: an entity without a name shows its kind only */}
                {e.entity.href ? (
                  <Link href={e.entity.href} className="text-brand hover:underline">
                    {e.entity.label ?? "xem"}
                  </Link>
                ) : (
                  (e.entity.label ?? "")
                )}
                {e.unit && <div className="text-xs text-stone-500">{e.unit.name}</div>}
              </td>
              <td className="px-3 py-2">
                {e.details.length > 0 && (
                  <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                    {e.details.map((d, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the details of one audit entry, read-only and in a fixed order
                      <div key={i} className="contents">
                        <dt className="text-stone-500">{d.label}</dt>
                        <dd className="break-words">{d.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
