import { formatShortDate } from "@/lib/vi/date";
import { taskStatusLabels } from "@/lib/vi/labels";
import type { OpenTask } from "../../../data";
import { Section } from "./section";

/** Việc tồn đọng: tasks of earlier meetings still open, for the review (read only). */
export function OpenTasksSection({ tasks }: { tasks: OpenTask[] }) {
  return (
    <Section id="kiem-diem" title="Việc tồn đọng từ các cuộc họp trước">
      {tasks.length === 0 ? (
        <p className="text-sm text-stone-600">Không có nhiệm vụ nào còn mở.</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="open-tasks">
          {tasks.map((t) => (
            <li key={t.id} className={t.overdue ? "text-red-800" : ""}>
              {t.title} — {t.owner ?? "chưa giao"}
              {t.dueOn ? `, hạn ${formatShortDate(t.dueOn)}` : ""} · {taskStatusLabels[t.status]}
              {t.overdue ? " · quá hạn" : ""}
              {t.meetingTitle ? <span className="text-stone-500"> ({t.meetingTitle})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
