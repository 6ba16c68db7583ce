import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { can, canAnywhere } from "@/server/policy/policy";
import { listApiTokens } from "@/features/api-tokens/data";
import { listUnits } from "@/features/units/data";
import { IssueTokenForm } from "@/features/api-tokens/components/issue-token-form";
import { RevokeTokenButton } from "@/features/api-tokens/components/revoke-token-button";
import { formatDateTime } from "@/lib/vi/date";
import { roleLabels } from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Mã truy cập API" };

export default async function ApiTokensPage() {
  const actor = await requireActor();
  if (!canAnywhere(actor, "apiToken.manage")) notFound();
  const [tokens, units] = await Promise.all([listApiTokens(actor), listUnits(actor)]);
  const manageable = units.filter(
    (u) => !u.closed && can(actor, "apiToken.manage", { unitId: u.id, unitPath: u.path }),
  );
  const minDepth = Math.min(...manageable.map((u) => u.depth), 0);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">Mã truy cập API</h1>
        <p className="text-sm text-stone-600">
          Cho phần mềm khác đọc biên bản qua API (<code>/api/v1/meetings</code>, <code>/api/v1/directives</code>,{" "}
          <code>/api/v1/units</code>) với cùng phạm vi quyền như người dùng. Mã chỉ hiện một lần khi cấp; có thể thu hồi
          bất cứ lúc nào.
        </p>
      </div>
      <IssueTokenForm
        units={manageable.map((u) => ({ id: u.id, label: `${"\u00a0\u00a0".repeat(u.depth - minDepth)}${u.name}` }))}
      />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="token-table">
          <caption className="sr-only">Các mã truy cập đã cấp</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Tên
              </th>
              <th scope="col" className="px-3 py-2">
                Tổ chức · quyền
              </th>
              <th scope="col" className="px-3 py-2">
                Cấp bởi, lúc
              </th>
              <th scope="col" className="px-3 py-2">
                Dùng lần cuối
              </th>
              <th scope="col" className="px-3 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-center text-stone-500">
                  Chưa cấp mã nào.
                </td>
              </tr>
            )}
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-stone-100">
                <td className="px-3 py-2">
                  <span className="font-medium">{t.name}</span>
                  <code className="block text-xs text-stone-500">{t.prefix}…</code>
                </td>
                <td className="px-3 py-2">
                  {t.unit.name} · {roleLabels[t.role]}
                </td>
                <td className="px-3 py-2">
                  {t.createdBy ?? "—"}
                  <span className="block text-xs text-stone-500">{formatDateTime(new Date(t.createdAt))}</span>
                </td>
                <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(new Date(t.lastUsedAt)) : "Chưa dùng"}</td>
                <td className="px-3 py-2">
                  {t.revokedAt ? (
                    <span className="text-stone-500">Đã thu hồi {formatDateTime(new Date(t.revokedAt))}</span>
                  ) : (
                    <RevokeTokenButton tokenId={t.id} name={t.name} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
