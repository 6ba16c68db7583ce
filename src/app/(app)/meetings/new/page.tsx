import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { can } from "@/server/policy/policy";
import { listUnits } from "@/features/units/data";
import { toVnDateTimeInput } from "@/lib/vi/date";
import { NewMeetingForm } from "@/features/meetings/components/new-meeting-form";

export const metadata: Metadata = { title: "Soạn biên bản mới" };

export default async function NewMeetingPage() {
  const actor = await requireActor();
  const units = (await listUnits(actor)).filter(
    (u) => !u.closed && can(actor, "meeting.create", { unitId: u.id, unitPath: u.path }),
  );
  if (units.length === 0) notFound();
  const start = `${toVnDateTimeInput(new Date()).slice(0, 11)}14:00`;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Soạn biên bản mới</h1>
      <p className="mb-4 text-sm text-stone-600">
        Bản nháp bắt đầu từ mẫu của loại cuộc họp, với danh sách đảng viên của chi bộ. Có biên bản cũ dạng văn bản?{" "}
        <Link href="/meetings/import" className="text-brand underline">
          Nhập từ văn bản
        </Link>
        .
      </p>
      <NewMeetingForm units={units.map((u) => ({ id: u.id, name: u.name }))} defaultStart={start} />
    </div>
  );
}
