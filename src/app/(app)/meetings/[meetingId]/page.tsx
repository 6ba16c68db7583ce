import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { getMeeting } from "@/features/meetings/data";
import { MeetingView } from "@/features/meetings/components/meeting-view";

export const metadata: Metadata = { title: "Biên bản" };

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) notFound();
  return (
    <div>
      <p className="mb-3 text-sm"><Link href="/" className="text-brand hover:underline">← Danh sách biên bản</Link></p>
      <MeetingView meeting={meeting} />
    </div>
  );
}
