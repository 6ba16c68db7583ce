import Link from "next/link";
import { formatShortDate } from "@/lib/vi/date";
import { meetingKindLabels, meetingStatusLabels, speechKindLabels, taskStatusLabels } from "@/lib/vi/labels";
import type { TimelineEntry } from "../data";

const typeLabels = { meeting: "Cuộc họp", speech: "Phát biểu", task: "Nhiệm vụ" } as const;
const dot = { meeting: "bg-brand", speech: "bg-amber-500", task: "bg-emerald-600" } as const;

export function DirectiveTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0)
    return (
      <p className="text-sm text-stone-600">
        Chưa có cuộc họp, phát biểu hay nhiệm vụ nào (trong phạm vi bạn được xem) liên quan đến văn bản này.
      </p>
    );
  return (
    <ol className="relative ml-3 border-l border-stone-300" data-testid="directive-timeline">
      {entries.map((e) => (
        <li key={`${e.type}-${e.id}`} className="mb-4 ml-5" data-type={e.type}>
          <span className={`absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full ${dot[e.type]}`} aria-hidden="true" />
          <p className="text-xs text-stone-500">
            {e.date ? <time dateTime={e.date}>{formatShortDate(e.date)}</time> : "Chưa rõ ngày"} · {typeLabels[e.type]}
          </p>
          {e.type === "meeting" && (
            <div>
              <Link href={`/meetings/${e.id}`} className="font-medium text-brand hover:underline">
                {e.title}
              </Link>
              <p className="text-sm text-stone-600">
                {e.unitName} · {meetingKindLabels[e.kind]} · {meetingStatusLabels[e.status]}
              </p>
              {e.raw && (
                <p className="text-sm italic text-stone-600">
                  Trích dẫn: “{e.raw}”{e.note ? ` — ${e.note}` : ""}
                </p>
              )}
            </div>
          )}
          {e.type === "speech" && (
            <div>
              <p className="font-medium">
                {speechKindLabels[e.kind]}
                {e.title ? `: ${e.title}` : ""}
                {e.speaker ? ` — ${e.speaker}` : ""}
              </p>
              <p className="text-sm text-stone-600">
                Tại{" "}
                <Link href={`/meetings/${e.meetingId}`} className="text-brand hover:underline">
                  {e.meetingTitle}
                </Link>
                {e.mentions ? " · có nhắc đến văn bản" : ""}
              </p>
              {e.excerpt && <p className="text-sm text-stone-700">{e.excerpt}</p>}
            </div>
          )}
          {e.type === "task" && (
            <div>
              <Link href={`/tasks/${e.id}`} className="font-medium text-brand hover:underline">
                {e.title}
              </Link>
              <p className="text-sm text-stone-600">
                {e.unitName}
                {e.owner ? ` · ${e.owner}` : ""} · {taskStatusLabels[e.status]}
                {e.dueOn ? ` · hạn ${formatShortDate(e.dueOn)}` : ""}
              </p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
