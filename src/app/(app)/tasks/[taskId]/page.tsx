import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { getTask } from "@/features/tasks/data";
import { TaskNoteForm } from "@/features/tasks/components/task-note-form";
import { formatDateTime, formatShortDate } from "@/lib/vi/date";
import { taskStatusLabels } from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Nhiệm vụ" };

export default async function TaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const actor = await requireActor();
  const { taskId } = await params;
  const t = await getTask(actor, taskId);
  if (!t) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/tasks" className="text-brand hover:underline">
          ← Việc của tôi
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="task-facts">
        <dt className="text-stone-500">Tổ chức</dt>
        <dd>
          <Link href={`/tasks?unitId=${t.unit.id}&show=all`} className="text-brand hover:underline">
            {t.unit.name}
          </Link>
        </dd>
        <dt className="text-stone-500">Phụ trách</dt>
        <dd>{t.owner ?? "—"}</dd>
        <dt className="text-stone-500">Hạn</dt>
        <dd>
          {t.dueOn ? formatShortDate(t.dueOn) : "—"}
          {t.overdue && (
            <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">Quá hạn</span>
          )}
        </dd>
        <dt className="text-stone-500">Trạng thái</dt>
        <dd data-testid="task-status">{taskStatusLabels[t.status]}</dd>
        {t.meeting && (
          <>
            <dt className="text-stone-500">Giao tại</dt>
            <dd>
              <Link href={`/meetings/${t.meeting.id}`} className="text-brand hover:underline">
                {t.meeting.title}
              </Link>
              {t.resolution ? ` — ${t.resolution}` : ""}
            </dd>
          </>
        )}
        {t.directive && (
          <>
            <dt className="text-stone-500">Thực hiện văn bản</dt>
            <dd>
              <Link href={`/directives/${t.directive.id}`} className="text-brand hover:underline">
                {t.directive.label}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="mb-2 text-lg font-semibold">
          Tiến độ
        </h2>
        {t.notes.length === 0 ? (
          <p className="text-sm text-stone-600">Chưa có ghi nhận tiến độ.</p>
        ) : (
          <ol className="space-y-2" data-testid="task-notes">
            {t.notes.map((n) => (
              <li key={n.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <p className="text-xs text-stone-500">
                  {formatDateTime(new Date(n.at))}
                  {n.author ? ` · ${n.author}` : ""}
                  {n.status ? ` · chuyển sang “${taskStatusLabels[n.status]}”` : ""}
                </p>
                <p className="whitespace-pre-line">{n.note}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {t.canUpdate && <TaskNoteForm taskId={t.id} />}
      {t.canUpdate && t.meeting && (
        <p className="text-sm">
          <Link href={`/tasks/new?meetingId=${t.meeting.id}`} className="text-brand hover:underline">
            Giao thêm nhiệm vụ từ biên bản này
          </Link>
        </p>
      )}
    </div>
  );
}
