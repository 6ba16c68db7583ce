import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { taskFormOptions } from "@/features/tasks/data";
import { CreateTaskForm } from "@/features/tasks/components/create-task-form";

export const metadata: Metadata = { title: "Giao nhiệm vụ" };

/** /tasks/new?meetingId=…: assign a follow-up task from a meeting's resolution. */
export default async function NewTaskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const raw = (await searchParams).meetingId;
  const meetingId = typeof raw === "string" ? raw : undefined;
  const options = meetingId ? await taskFormOptions(actor, meetingId) : null;
  if (!options) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/meetings/${options.meeting.id}`} className="text-brand hover:underline">
          ← {options.meeting.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Giao nhiệm vụ</h1>
      <p className="text-sm text-stone-600">{options.meeting.unitName}</p>
      <CreateTaskForm meetingId={options.meeting.id} resolutions={options.resolutions} cited={options.cited} />
    </div>
  );
}
