"use client";

/**
 * The draft editor: the parts put together. State, autosave, the local copy and the merge live in
 * `use-draft.ts`; each section of the biên bản is a component under `sections/`; the person, unit
 * and list choosers are under `pickers/`; the approval dialog is `approve-dialog.tsx`.
 */
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { approveAction, deleteDraftAction } from "../../actions";
import type { EditorData } from "../../editor-data";
import { summarizeAttendance } from "../../rules";
import { fromVnDateTime } from "@/lib/vi/date";
import { ApproveDialog, type ApproveError } from "./approve-dialog";
import { ErrorSummary, ImportedBanner, RestoreBanner } from "./banners";
import { MergePanel } from "./merge-panel";
import { attendanceRows } from "./model";
import { SaveBar } from "./save-bar";
import { AgendaSection } from "./sections/agenda-section";
import { AttendanceSection } from "./sections/attendance-section";
import { ClosingSection } from "./sections/closing-section";
import { ConclusionsSection } from "./sections/conclusions-section";
import { DirectivesSection } from "./sections/directives-section";
import { GeneralSection } from "./sections/general-section";
import { OpenTasksSection } from "./sections/open-tasks-section";
import { PeopleSection } from "./sections/people-section";
import { ReportsSection } from "./sections/reports-section";
import { ResolutionsSection } from "./sections/resolutions-section";
import { FromText, type SectionProps } from "./sections/section";
import { SpeechesSection } from "./sections/speeches-section";
import { TasksSection } from "./sections/tasks-section";
import { useDraft } from "./use-draft";

type Props = EditorData & { userId: string };

export function MeetingEditor(props: Props) {
  const { meeting } = props;
  const router = useRouter();
  const d = useDraft(meeting, props.userId);
  const [approving, setApproving] = useState(false);

  const peopleById = useMemo(() => new Map(props.people.map((p) => [p.id, p])), [props.people]);
  const rows = attendanceRows(d.draft.attendance, peopleById);
  const summary = summarizeAttendance(rows);
  const marks = new Set(meeting.imported?.marks ?? []);
  const section: SectionProps = {
    draft: d.draft,
    set: d.set,
    errs: (path) => d.fieldErrors[path],
    mark: (path) => (marks.has(path) ? <FromText /> : null),
  };

  async function approve(
    vote: { for: number; against: number; abstain: number },
    approvedAt: string,
  ): Promise<ApproveError | null> {
    if (!(await d.flush())) return { message: "Còn nội dung chưa lưu được; hãy lưu trước khi thông qua." };
    const r = await approveAction(meeting.id, { version: d.version(), minutesVote: vote, approvedAt });
    if (r.status === "ok") {
      d.clearLocal();
      router.push(`/meetings/${meeting.id}`);
      router.refresh();
      return null;
    }
    return r.status === "error" ? { message: r.message, fields: r.fieldErrors } : null;
  }

  async function deleteDraft() {
    if (!window.confirm("Xóa bản nháp này? Bản nháp sẽ không còn hiển thị.")) return;
    d.clearLocal();
    await deleteDraftAction(meeting.id);
  }

  return (
    <div className="pb-24">
      <SaveBar
        status={d.status}
        savedAt={d.savedAt}
        message={d.message}
        onSave={() => void d.save()}
        onRetry={d.retry}
        onApprove={props.canApprove ? () => setApproving(true) : undefined}
      />
      {d.restore && <RestoreBanner copy={d.restore} onRestore={d.restoreLocal} onDismiss={d.dismissRestore} />}
      {meeting.imported && <ImportedBanner imported={meeting.imported} />}
      {d.conflict && (
        <MergePanel
          conflict={d.conflict}
          mine={d.draft}
          choices={d.choices}
          setChoices={d.setChoices}
          onResolve={d.resolveConflict}
        />
      )}
      <ErrorSummary errors={d.fieldErrors} />

      <div className="space-y-8">
        <GeneralSection {...section} />
        <PeopleSection {...section} />
        <AttendanceSection {...section} update={d.update} roster={props.roster} people={peopleById} summary={summary} />
        <OpenTasksSection tasks={props.openTasks} />
        <AgendaSection {...section} />
        <ReportsSection {...section} />
        <SpeechesSection {...section} />
        <DirectivesSection {...section} />
        <ConclusionsSection {...section} />
        <ResolutionsSection {...section} rows={rows} />
        <TasksSection {...section} />
        <ClosingSection {...section}>
          {props.canDelete && (
            <button type="button" className="mt-6 text-sm text-red-700 underline" onClick={() => void deleteDraft()}>
              Xóa bản nháp
            </button>
          )}
        </ClosingSection>
      </div>

      {approving && (
        <ApproveDialog
          chair={d.draft.chair?.name ?? ""}
          secretary={d.draft.secretary?.name ?? ""}
          present={summary.present}
          startsAt={d.draft.startsAt ? (fromVnDateTime(d.draft.startsAt)?.toISOString() ?? null) : null}
          endsAt={d.draft.endsAt ? (fromVnDateTime(d.draft.endsAt)?.toISOString() ?? null) : null}
          onCancel={() => setApproving(false)}
          onApprove={approve}
        />
      )}
    </div>
  );
}
