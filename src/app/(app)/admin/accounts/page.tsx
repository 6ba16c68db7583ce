import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { listAccounts } from "@/features/accounts/data";
import { AccountTable } from "@/features/accounts/components/account-table";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function AccountsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!canAnywhere(actor, "account.manage")) notFound();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : undefined;
  const status = params.status === "active" || params.status === "disabled" ? params.status : undefined;
  const accounts = await listAccounts(actor, { q, status });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Tài khoản</h1>
          <p className="text-sm text-stone-600">
            Các tài khoản có quyền hoặc là đảng viên trong phạm vi bạn quản trị: {accounts.length} tài khoản.
          </p>
        </div>
        <Link
          href="/admin/accounts/new"
          className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          Tạo tài khoản
        </Link>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark; a <search> wrapper adds nothing */}
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3"
        role="search"
      >
        <div>
          <label htmlFor="acc-q" className="block text-sm">
            Tìm theo tên
          </label>
          <input
            id="acc-q"
            name="q"
            defaultValue={q}
            className="mt-1 rounded-md border border-stone-300 px-3 py-2 text-base sm:text-sm"
          />
        </div>
        <div>
          <label htmlFor="acc-status" className="block text-sm">
            Trạng thái
          </label>
          <select
            id="acc-status"
            name="status"
            defaultValue={status ?? ""}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-base sm:text-sm"
          >
            <option value="">Tất cả</option>
            <option value="active">Đang hoạt động</option>
            <option value="disabled">Đã khóa</option>
          </select>
        </div>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
          Lọc
        </button>
      </form>
      <AccountTable accounts={accounts} />
    </div>
  );
}
