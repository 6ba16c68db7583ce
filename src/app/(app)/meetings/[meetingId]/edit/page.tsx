import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/server/auth";
import { getEditorData } from "@/features/meetings/editor-data";
import { MeetingEditor } from "@/features/meetings/components/editor/meeting-editor";

export const metadata: Metadata = { title: "Soạn biên bản" };

export default async function EditMeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const data = await getEditorData(actor, meetingId);
  if (!data) notFound();
  if (data.meeting.status !== "DRAFT") redirect(`/meetings/${meetingId}`);
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meetingId}`} className="text-brand hover:underline">
          ← Xem biên bản
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">Soạn biên bản</h1>
      <p className="mb-4 text-sm text-stone-600">{data.meeting.unit.name} · tự động lưu trong lúc soạn</p>
      <MeetingEditor {...data} userId={actor.userId} />
    </div>
  );
}
