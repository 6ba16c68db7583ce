import Link from "next/link";
import { formatShortDate } from "@/lib/vi/date";
import { taskStatusLabels } from "@/lib/vi/labels";
import type { TaskItem } from "../data";

export function TaskTable({ tasks, caption, testId }: { tasks: TaskItem[]; caption: string; testId?: string }) {
  if (tasks.length === 0)
    return (
      <p className="text-sm text-stone-600" data-testid={testId}>
        Không có nhiệm vụ nào.
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="stack-table w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              Nhiệm vụ
            </th>
            <th scope="col" className="px-3 py-2">
              Phụ trách
            </th>
            <th scope="col" className="px-3 py-2">
              Hạn
            </th>
            <th scope="col" className="px-3 py-2">
              Trạng thái
            </th>
            <th scope="col" className="px-3 py-2">
              Nguồn
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr
              key={t.id}
              className={`border-t border-stone-100 ${t.overdue ? "bg-red-50" : ""}`}
              data-overdue={t.overdue ? "true" : undefined}
            >
              <td className="px-3 py-2">
                <Link href={`/tasks/${t.id}`} className="font-medium text-brand hover:underline">
                  {t.title}
                </Link>
                {t.lastNote && <p className="text-xs text-stone-500">Tiến độ: {t.lastNote.note.slice(0, 120)}</p>}
              </td>
              <td className="px-3 py-2" data-label="Phụ trách">
                {t.owner ?? "—"}
                {t.ownedByMe && <span className="ml-1 rounded bg-stone-200 px-1 text-xs">của tôi</span>}
              </td>
              <td className="px-3 py-2" data-label="Hạn">
                {t.dueOn ? formatShortDate(t.dueOn) : "—"}
                {t.overdue && (
                  <span className="ml-1 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                    Quá hạn
                  </span>
                )}
              </td>
              <td className="px-3 py-2" data-label="Trạng thái">
                {taskStatusLabels[t.status]}
              </td>
              <td className="px-3 py-2 text-xs" data-label="Nguồn">
                <span className="block">{t.unit.name}</span>
                {t.meeting && (
                  <Link href={`/meetings/${t.meeting.id}`} className="inline-block py-1 text-brand hover:underline">
                    {t.meeting.title}
                  </Link>
                )}
                {t.directive && (
                  <span className="block">
                    Thực hiện{" "}
                    <Link
                      href={`/directives/${t.directive.id}`}
                      className="inline-block py-1 text-brand hover:underline"
                    >
                      {t.directive.label}
                    </Link>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
