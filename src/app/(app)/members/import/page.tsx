import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { managedUnits } from "@/features/members/data";
import { RosterImport } from "@/features/members/components/roster-import";

export const metadata: Metadata = { title: "Nhập danh sách đảng viên" };

export default async function ImportRosterPage() {
  const actor = await requireActor();
  if (!canAnywhere(actor, "member.manage")) notFound();
  const units = await managedUnits(actor);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/members" className="text-brand hover:underline">
          ← Danh sách đảng viên
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Nhập danh sách đảng viên</h1>
      <p className="text-sm text-stone-700">
        Tải lên tệp CSV hoặc Excel (như tệp xuất từ cơ sở dữ liệu đảng viên hoặc một bảng tính). Hệ thống kiểm tra từng
        dòng và cho xem trước; chưa có gì được ghi cho đến khi bạn xác nhận. Đảng viên đã có (cùng số thẻ đảng viên,
        hoặc cùng họ tên và ngày sinh trong chi bộ) được cập nhật, không tạo trùng; ô trống không xóa dữ liệu đang có.
      </p>
      <RosterImport units={units} />
    </div>
  );
}
