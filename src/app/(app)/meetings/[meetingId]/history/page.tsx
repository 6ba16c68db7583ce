import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { getMeeting } from "@/features/meetings/data";
import { loadTimeline } from "@/features/meetings/timeline";
import { HistoryView } from "@/features/meetings/components/history-view";

export const metadata: Metadata = { title: "Lịch sử thay đổi" };

export default async function HistoryPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) notFound();
  const entries = await loadTimeline(actor, meeting).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!entries) notFound();
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meetingId}`} className="text-brand hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">Lịch sử thay đổi</h1>
      <HistoryView entries={entries} />
    </div>
  );
}
