import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { listBulletinsOfMeeting } from "@/features/bulletins/data";
import { BulletinEditor, CreateBulletinButton } from "@/features/bulletins/components/bulletin-editor";

export const metadata: Metadata = { title: "Bản tin" };

export default async function MeetingBulletinPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const data = await listBulletinsOfMeeting(actor, meetingId).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!data) notFound();
  const { meeting, canManage, items } = data;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Bản tin về cuộc họp</h1>
      {canManage && meeting.status === "APPROVED" && <CreateBulletinButton meetingId={meeting.id} />}
      {canManage && meeting.status !== "APPROVED" && (
        <p className="text-sm text-stone-600">Bản tin được viết từ biên bản đã thông qua.</p>
      )}
      {items.length === 0 && <p className="text-stone-600">Chưa có bản tin.</p>}
      {items.map((b) =>
        canManage ? (
          <BulletinEditor key={b.id} meetingId={meeting.id} bulletin={b} />
        ) : (
          <p key={b.id}>
            <Link className="text-brand underline" href={`/ban-tin/${b.slug}`}>
              {b.title}
            </Link>
          </p>
        ),
      )}
    </div>
  );
}
