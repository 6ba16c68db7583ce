"use client";

import type { AttendanceStatus } from "@/lib/enums";
import { attendanceStatusLabels, memberCategoryLabels } from "@/lib/vi/labels";
import type { RosterEntry } from "../../../editor-data";
import type { AttendanceSummary } from "../../../rules";
import { FieldError, inputClass, smallButton } from "../fields";
import type { DraftState } from "../model";
import { AddFromList } from "../pickers/add-from-list";
import { Section, type SectionProps } from "./section";

type Entry = DraftState["attendance"][number];
type Update = (fn: (d: DraftState) => DraftState) => void;

const MEMBER_STATUSES: AttendanceStatus[] = ["PRESENT", "LATE", "LEFT_EARLY", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED"];
const WITH_REASON: ReadonlySet<AttendanceStatus> = new Set([
  "ABSENT_EXCUSED",
  "ABSENT_UNEXCUSED",
  "LATE",
  "LEFT_EARLY",
]);

/** The header figures, computed from the list below (never typed). */
export function AttendanceSummaryLine({ summary }: { summary: AttendanceSummary }) {
  const s = summary;
  return (
    <p className="mb-3 rounded bg-stone-100 p-2 text-sm" data-testid="live-summary">
      Tổng số {s.total} (chính thức {s.official}, dự bị {s.probationary}, miễn sinh hoạt {s.exempt}) · có mặt{" "}
      {s.present} · vắng {s.absentExcused + s.absentUnexcused} (có lý do {s.absentExcused}, không lý do{" "}
      {s.absentUnexcused}) · khách mời {s.guests}
    </p>
  );
}

function categoryText(m: RosterEntry | undefined, guest: boolean): string {
  if (m)
    return `${memberCategoryLabels[m.category].replace("Đảng viên ", "")}${m.status === "EXEMPT" ? ", miễn SH" : ""}`;
  return guest ? "Khách mời" : "";
}

function AttendanceRowEditor({
  entry: e,
  index: i,
  member,
  onChange,
  onRemove,
  errs,
  mark,
}: {
  entry: Entry;
  index: number;
  member: RosterEntry | undefined;
  onChange: (patch: Partial<Entry>) => void;
  onRemove: () => void;
  errs: SectionProps["errs"];
  mark: SectionProps["mark"];
}) {
  const guest = e.status === "GUEST";
  const at = `attendance.entries.${i}`;
  return (
    <tr
      className="grid grid-cols-[1fr_auto] gap-x-2 border-b border-stone-100 py-2 align-top sm:table-row sm:py-0"
      data-testid="attendance-row"
    >
      <td className="py-1 pr-2 font-medium sm:font-normal">
        {guest ? (
          <input
            aria-label={`Họ tên khách mời ${i + 1}`}
            className={inputClass}
            value={e.name}
            onChange={(ev) => onChange({ name: ev.target.value })}
          />
        ) : (
          e.name
        )}
        {mark(at)}
        <FieldError messages={errs(`${at}.name`) ?? errs(`${at}.memberId`)} />
      </td>
      <td className="py-1 pr-2 text-xs text-stone-600 sm:text-stone-900">{categoryText(member, guest)}</td>
      <td className="col-span-2 py-1 pr-2">
        {guest ? (
          "Khách mời"
        ) : (
          <select
            aria-label={`Tình trạng của ${e.name}`}
            className={inputClass}
            value={e.status}
            onChange={(ev) => onChange({ status: ev.target.value as AttendanceStatus })}
          >
            {MEMBER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {attendanceStatusLabels[s]}
              </option>
            ))}
          </select>
        )}
      </td>
      <td className="col-span-2 py-1 pr-2">
        {guest ? (
          <input
            aria-label={`Chức vụ khách mời ${i + 1}`}
            className={inputClass}
            value={e.title}
            onChange={(ev) => onChange({ title: ev.target.value })}
          />
        ) : WITH_REASON.has(e.status) ? (
          <input
            aria-label={`Lý do của ${e.name}`}
            className={inputClass}
            value={e.reason}
            onChange={(ev) => onChange({ reason: ev.target.value })}
          />
        ) : null}
        <FieldError messages={errs(`${at}.reason`)} />
      </td>
      <td className="col-span-2 py-1 text-right sm:text-left">
        <button
          type="button"
          className={`${smallButton} text-red-700`}
          aria-label={`Bỏ ${e.name || "dòng"} khỏi danh sách`}
          onClick={onRemove}
        >
          Bỏ
        </button>
      </td>
    </tr>
  );
}

/** Điểm danh: every member of the roster with a status (and a reason), guests, the live header figures. */
export function AttendanceSection({
  draft,
  update,
  errs,
  mark,
  roster,
  people,
  summary,
}: Omit<SectionProps, "set"> & {
  update: Update;
  /** Members of the meeting's unit (who can be added). */
  roster: RosterEntry[];
  /** Everyone who can appear in the record (the unit and the units above). */
  people: ReadonlyMap<string, RosterEntry>;
  summary: AttendanceSummary;
}) {
  const notInList = roster.filter((m) => !draft.attendance.some((e) => e.memberId === m.id));
  const patch = (i: number, p: Partial<Entry>) =>
    update((d) => ({ ...d, attendance: d.attendance.map((x, j) => (j === i ? { ...x, ...p } : x)) }));
  const add = (entry: Entry) => update((d) => ({ ...d, attendance: [...d.attendance, entry] }));
  return (
    <Section id="diem-danh" title="Điểm danh">
      <AttendanceSummaryLine summary={summary} />
      <div className="overflow-x-auto">
        <table className="block w-full text-left text-sm sm:table">
          <thead className="hidden sm:table-header-group">
            <tr className="border-b">
              <th className="py-1 pr-2">Họ và tên</th>
              <th className="py-1 pr-2">Loại</th>
              <th className="py-1 pr-2">Tình trạng</th>
              <th className="py-1 pr-2">Lý do / chức vụ</th>
              <th className="py-1">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody className="block sm:table-row-group">
            {draft.attendance.map((e, i) => (
              <AttendanceRowEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; every input is controlled
                key={`${e.memberId ?? "g"}-${i}`}
                entry={e}
                index={i}
                member={e.memberId ? people.get(e.memberId) : undefined}
                onChange={(p) => patch(i, p)}
                onRemove={() => update((d) => ({ ...d, attendance: d.attendance.filter((_, j) => j !== i) }))}
                errs={errs}
                mark={mark}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        {notInList.length > 0 && (
          <AddFromList
            label="Thêm đảng viên"
            kind="attendance"
            exclude={new Set(draft.attendance.flatMap((e) => (e.memberId ? [e.memberId] : [])))}
            onAdd={(id) => {
              const m = roster.find((x) => x.id === id);
              if (m) add({ memberId: m.id, name: m.name, title: "", status: "PRESENT", reason: "" });
            }}
          />
        )}
        <button
          type="button"
          className={smallButton}
          onClick={() => add({ memberId: null, name: "", title: "", status: "GUEST", reason: "" })}
        >
          + Khách mời
        </button>
      </div>
    </Section>
  );
}
