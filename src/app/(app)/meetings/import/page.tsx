import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { can } from "@/server/policy/policy";
import { listUnits } from "@/features/units/data";
import { ImportForm } from "@/features/import/components/import-form";

export const metadata: Metadata = { title: "Nhập từ văn bản" };

export default async function ImportPage() {
  const actor = await requireActor();
  const units = (await listUnits(actor)).filter(
    (u) => !u.closed && can(actor, "meeting.create", { unitId: u.id, unitPath: u.path }),
  );
  if (units.length === 0) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Nhập từ văn bản</h1>
      <p className="mb-4 text-sm text-stone-600">
        Dán biên bản cũ hoặc bản tin về cuộc họp; hệ thống đọc tên cuộc họp, ngày, người dự, báo cáo, tham luận và văn
        bản được trích dẫn, rồi tạo bản nháp để bạn kiểm tra và sửa.
      </p>
      <ImportForm units={units.map((u) => ({ id: u.id, name: u.name }))} />
    </div>
  );
}
