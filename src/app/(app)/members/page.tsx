import type { Metadata } from "next";
import { requireActor } from "@/server/auth";
import { listMembers } from "@/features/members/data";
import { memberCategoryLabels, memberStatusLabels } from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Đảng viên" };

export default async function MembersPage() {
  const actor = await requireActor();
  const members = await listMembers(actor);
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">Danh sách đảng viên</h1>
      <p className="mb-4 text-sm text-stone-600">Sắp xếp theo tên, {members.length} đảng viên.</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="member-table">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">STT</th>
              <th scope="col" className="px-3 py-2">Họ và tên</th>
              <th scope="col" className="px-3 py-2">Chức vụ</th>
              <th scope="col" className="px-3 py-2">Loại</th>
              <th scope="col" className="px-3 py-2">Tình trạng</th>
              <th scope="col" className="px-3 py-2">Chi bộ</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={m.id} className="border-t border-stone-100">
                <td className="px-3 py-2">{i + 1}</td>
                <td className="px-3 py-2 font-medium">{m.fullName}</td>
                <td className="px-3 py-2">{m.title ?? ""}</td>
                <td className="px-3 py-2">{memberCategoryLabels[m.category]}</td>
                <td className="px-3 py-2">{memberStatusLabels[m.status]}</td>
                <td className="px-3 py-2">{m.unit.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
