import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { can } from "@/server/policy/policy";
import { accountNames, getMeeting, listAmendments } from "@/features/meetings/data";
import { MeetingView } from "@/features/meetings/components/meeting-view";
import { AmendForm } from "@/features/meetings/components/amend-form";
import { amendableFields, amendedFieldLabel } from "@/features/meetings/dto";
import { formatClock, formatShortDate } from "@/lib/vi/date";

export const metadata: Metadata = { title: "Biên bản" };

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) notFound();
  const target = { unitId: meeting.unit.id, unitPath: meeting.unit.path };
  const approved = meeting.status === "APPROVED";
  const amendments = approved ? await listAmendments(actor, meetingId) : [];
  const names = await accountNames(amendments.map((a) => a.authorId));
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100";
  return (
    <div>
      <p className="mb-3 text-sm">
        <Link href="/" className="text-brand hover:underline">
          ← Danh sách biên bản
        </Link>
      </p>
      <nav
        aria-label="Thao tác với biên bản"
        className="mb-4 flex flex-wrap gap-2 text-sm"
        data-testid="meeting-actions"
      >
        {!approved && can(actor, "meeting.update", target) && (
          <Link
            href={`/meetings/${meeting.id}/edit`}
            className="rounded-md bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"
          >
            Sửa biên bản
          </Link>
        )}
        {can(actor, "meeting.export", target) && (
          <>
            <a href={`/api/v1/meetings/${meeting.id}/export?format=docx`} className={link}>
              Tải DOCX
            </a>
            <a href={`/api/v1/meetings/${meeting.id}/export?format=pdf`} className={link}>
              Tải PDF
            </a>
            <Link href={`/meetings/${meeting.id}/print`} className={link}>
              Bản in
            </Link>
          </>
        )}
        {can(actor, "meeting.history", target) && (
          <Link href={`/meetings/${meeting.id}/history`} className={link}>
            Lịch sử thay đổi
          </Link>
        )}
        {approved && (
          <Link href={`/meetings/${meeting.id}/bulletin`} className={link}>
            Bản tin
          </Link>
        )}
        {approved && can(actor, "task.update", target) && (
          <Link href={`/tasks/new?meetingId=${meeting.id}`} className={link}>
            Giao nhiệm vụ
          </Link>
        )}
      </nav>
      <MeetingView meeting={meeting} />
      {approved && (amendments.length > 0 || can(actor, "meeting.amend", target)) && (
        <section className="mt-6 space-y-4" aria-labelledby="amend-h">
          <h2 id="amend-h" className="text-xl font-bold">
            Đính chính
          </h2>
          {amendments.length === 0 ? (
            <p className="text-sm text-stone-600">Chưa có đính chính.</p>
          ) : (
            <ul className="space-y-2" data-testid="amendments">
              {amendments.map((a) => (
                <li key={a.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
                  <p className="font-semibold">
                    {formatShortDate(new Date(a.createdAt))} {formatClock(new Date(a.createdAt))} ·{" "}
                    {names.get(a.authorId) ?? "—"} · mục “{amendedFieldLabel(meeting, a.field)}”
                  </p>
                  <p>Lý do: {a.reason}</p>
                  <p>
                    <del className="text-red-800">{a.oldValue || "(trống)"}</del> →{" "}
                    <ins className="text-green-800 no-underline">{a.newValue || "(trống)"}</ins>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {can(actor, "meeting.amend", target) && (
            <AmendForm meetingId={meeting.id} fields={amendableFields(meeting)} />
          )}
        </section>
      )}
    </div>
  );
}
