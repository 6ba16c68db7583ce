import Link from "next/link";
import { outsideScopeGrants, roleLabels } from "@/lib/vi/labels";
import { formatClock, formatShortDate } from "@/lib/vi/date";
import type { AccountListItem } from "../dto";

export function formatInstant(iso: string | null): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return `${formatClock(d)} ${formatShortDate(d)}`;
}

export function StatusBadge({ disabled }: { disabled: boolean }) {
  return disabled ? (
    <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800" data-testid="account-status">
      Đã khóa
    </span>
  ) : (
    <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800" data-testid="account-status">
      Đang hoạt động
    </span>
  );
}

/** Grants on units outside the reader's scope arrive only as a count, said as in the audit log. */
export function outsideGrantsText(n: number | undefined): string | null {
  return n ? outsideScopeGrants(n) : null;
}

export function AccountTable({ accounts }: { accounts: Array<AccountListItem & { outsideGrants?: number }> }) {
  if (accounts.length === 0)
    return (
      <p className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-600">Không có tài khoản nào.</p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="stack-table w-full text-left text-sm" data-testid="account-table">
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Tên đăng nhập
            </th>
            <th scope="col" className="px-3 py-2">
              Họ tên
            </th>
            <th scope="col" className="px-3 py-2">
              Đảng viên
            </th>
            <th scope="col" className="px-3 py-2">
              Quyền
            </th>
            <th scope="col" className="px-3 py-2">
              Trạng thái
            </th>
            <th scope="col" className="px-3 py-2">
              Đăng nhập lần cuối
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className="border-t border-stone-100 align-top" data-testid={`account-row-${a.username}`}>
              <td className="px-3 py-2 font-medium">
                <Link href={`/admin/accounts/${a.id}`} className="text-brand hover:underline">
                  {a.username}
                </Link>
              </td>
              <td className="px-3 py-2" data-label="Họ tên">
                {a.displayName}
              </td>
              <td className="px-3 py-2" data-label="Đảng viên">
                {a.member ? (
                  <>
                    {a.member.name}
                    <br />
                    <span className="text-xs text-stone-500">{a.member.unitName}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2" data-label="Quyền">
                <ul>
                  {a.grants.map((g) => (
                    <li key={g.id}>
                      {roleLabels[g.role]} – {g.unit.name}
                    </li>
                  ))}
                  {outsideGrantsText(a.outsideGrants) && (
                    <li className="text-stone-500" data-testid="outside-grants">
                      {outsideGrantsText(a.outsideGrants)}
                    </li>
                  )}
                </ul>
              </td>
              <td className="px-3 py-2" data-label="Trạng thái">
                <StatusBadge disabled={a.disabled} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap" data-label="Đăng nhập lần cuối">
                {formatInstant(a.lastLoginAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
