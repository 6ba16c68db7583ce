import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { getAccount } from "@/features/accounts/data";
import { listAuditEvents } from "@/features/audit/data";
import { roleLabels } from "@/lib/vi/labels";
import {
  AccountStatusForm,
  DeleteUnusedAccountForm,
  GrantRoleForm,
  ResetPasswordForm,
  RevokeRoleButton,
} from "@/features/accounts/components/account-admin";
import { formatInstant, outsideGrantsText, StatusBadge } from "@/features/accounts/components/account-table";
import { AuditTable } from "@/features/audit/components/audit-table";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireActor();
  if (!canAnywhere(actor, "account.manage")) notFound();
  const { userId } = await params;
  const account = await getAccount(actor, userId);
  if (!account) notFound();
  const audit = await listAuditEvents(actor, { accountId: account.id });
  const wholeNote = !account.manageable && (
    <p className="text-sm text-stone-600">
      Tài khoản này còn có quyền ở tổ chức Đảng ngoài phạm vi bạn quản trị, nên chỉ quản trị viên cấp trên mới khóa hoặc
      đặt lại mật khẩu được.
    </p>
  );
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/accounts" className="text-brand hover:underline">
          ← Tài khoản
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">
          {account.displayName}{" "}
          <span className="font-mono text-lg font-normal text-stone-600">({account.username})</span>
        </h1>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-stone-500">Trạng thái</dt>
          <dd>
            <StatusBadge disabled={account.disabled} />
            {account.disabledAt && <span className="ml-2 text-stone-600">từ {formatInstant(account.disabledAt)}</span>}
          </dd>
          <dt className="text-stone-500">Đảng viên</dt>
          <dd>{account.member ? `${account.member.name} – ${account.member.unitName}` : "Không liên kết"}</dd>
          <dt className="text-stone-500">Đăng nhập lần cuối</dt>
          <dd>{formatInstant(account.lastLoginAt)}</dd>
          <dt className="text-stone-500">Ngày tạo</dt>
          <dd>{formatInstant(account.createdAt)}</dd>
        </dl>
      </div>

      <section aria-labelledby="grants-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="grants-heading" className="text-lg font-semibold">
          Quyền
        </h2>
        <ul className="divide-y divide-stone-100" data-testid="grant-list">
          {account.grants.map((g) => (
            <li key={g.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span>
                {roleLabels[g.role]} – {g.unit.name}
              </span>
              {g.manageable && (
                <RevokeRoleButton userId={account.id} grantId={g.id} label={`${roleLabels[g.role]} – ${g.unit.name}`} />
              )}
            </li>
          ))}
          {outsideGrantsText(account.outsideGrants) && (
            <li className="py-2 text-sm text-stone-500" data-testid="outside-grants">
              {outsideGrantsText(account.outsideGrants)}
            </li>
          )}
        </ul>
        <GrantRoleForm userId={account.id} />
        <p className="text-xs text-stone-500">
          Quyền được đọc lại ở mỗi lần truy cập: thay đổi có hiệu lực ngay ở thao tác tiếp theo của người dùng.
        </p>
      </section>

      {!account.self && (
        <div className="grid gap-4 md:grid-cols-2">
          <section
            aria-labelledby="status-heading"
            className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id="status-heading" className="text-lg font-semibold">
              {account.disabled ? "Mở khóa" : "Khóa tài khoản"}
            </h2>
            {account.manageable ? (
              <AccountStatusForm key={String(account.disabled)} userId={account.id} disabled={account.disabled} />
            ) : (
              wholeNote
            )}
          </section>
          <section
            aria-labelledby="reset-heading"
            className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id="reset-heading" className="text-lg font-semibold">
              Đặt lại mật khẩu
            </h2>
            {account.manageable ? <ResetPasswordForm userId={account.id} /> : wholeNote}
          </section>
        </div>
      )}
      {account.deletable && (
        <section aria-labelledby="delete-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="delete-heading" className="text-lg font-semibold">
            Xóa tài khoản chưa dùng
          </h2>
          <DeleteUnusedAccountForm userId={account.id} />
        </section>
      )}
      {account.self && (
        <p className="text-sm text-stone-600">
          Đây là tài khoản của bạn. Đổi mật khẩu ở trang{" "}
          <Link href="/account/password" className="text-brand underline underline-offset-2">
            Đổi mật khẩu
          </Link>
          .
        </p>
      )}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          Lịch sử thay đổi
        </h2>
        <AuditTable items={audit.items} />
      </section>
    </div>
  );
}
