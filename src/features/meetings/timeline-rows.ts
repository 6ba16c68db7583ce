/**
 * The rows of one history entry in Vietnamese: a stored change `{ field: "attendance[3].status",
 * old: "PRESENT", new: "ABSENT_EXCUSED" }` reads "Điểm danh › Vũ Đức Toàn › Tình trạng: Có mặt →
 * Vắng có lý do". Sections and fields by the labels the editor uses, list rows by the person's or
 * the item's name (taken from the record as it stood after the change, or before it for a removed
 * row), values through the UI's labels; ids are never shown. Pure.
 */
import { formatDateTime, formatShortDate } from "@/lib/vi/date";
import { attendanceStatusLabels, meetingKindLabels, speechKindLabels, taskStatusLabels } from "@/lib/vi/labels";
import { FIELD_LABELS } from "./components/editor/model";
import type { FieldChange } from "./diff";

export interface ChangeRow {
  label: string;
  old: string | null;
  new: string | null;
}

/** A stored snapshot of the record's editable content (any shape an older version wrote). */
export type Snapshot = Record<string, unknown> | null | undefined;

const PERSON_PARTS: Record<string, string> = { name: "", title: "Chức vụ" };

/** Labels of the fields of a list row, per section. */
const ROW_FIELDS: Record<string, Record<string, string>> = {
  attendance: { name: "Họ tên", title: "Chức vụ", status: "Tình trạng", reason: "Lý do", category: "Loại đảng viên" },
  agenda: { title: "Tên nội dung", content: "Diễn biến" },
  reports: { title: "Tên báo cáo", presenter: "Người trình bày", content: "Tóm tắt nội dung" },
  speeches: {
    kind: "Hình thức",
    title: "Tên tham luận",
    speaker: "Người phát biểu",
    unit: "Đơn vị",
    content: "Nội dung",
    agendaItem: "Thuộc nội dung",
  },
  directives: { raw: "Trích dẫn", note: "Ghi chú" },
  conclusions: { content: "Nội dung", agendaItem: "Thuộc nội dung" },
  resolutions: {
    title: "Nội dung biểu quyết",
    content: "Nội dung",
    for: "Tán thành",
    against: "Không tán thành",
    abstain: "Không biểu quyết",
  },
  tasks: {
    title: "Nội dung",
    owner: "Phụ trách",
    dueOn: "Hạn hoàn thành",
    status: "Trạng thái",
    resolution: "Theo nghị quyết",
  },
};

/** Keys that only carry ids: the names beside them say the same in words. */
const ID_KEYS = new Set(["memberId", "directiveId", "unitId", "id", "resolutionId", "agendaItemId"]);

function text(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  return null;
}

function short(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max).replace(/\s+\S*$/, "")}…` : s;
}

/** The name a list row goes by: the person, the title, the citation. */
function rowName(section: string, row: unknown, index: number): string {
  const r = (row && typeof row === "object" ? row : {}) as Record<string, unknown>;
  const person = (p: unknown) => text((p as Record<string, unknown> | null)?.name);
  let name: string | null = null;
  if (typeof row === "string") name = short(row.trim());
  else if (section === "attendance") name = text(r.name);
  else if (section === "speeches") name = person(r.speaker) ?? text(r.title) ?? text(r.unit);
  else if (section === "directives") name = text(r.raw) ?? text(r.note);
  else if (section === "conclusions") name = text(r.content);
  else name = text(r.title) ?? text(r.content);
  return name ? short(name) : `thứ ${index + 1}`;
}

function listOf(s: Snapshot, section: string): unknown[] {
  const v = s?.[section];
  return Array.isArray(v) ? v : [];
}

/** "speaker.name" in speeches → "Người phát biểu"; "speaker.title" → "Người phát biểu › Chức vụ". */
function subLabel(section: string, sub: string): string | null {
  const [head, ...rest] = sub.split(".");
  const fields = ROW_FIELDS[section] ?? {};
  const base = fields[head] ?? (head === "name" ? "Tên" : "Chi tiết");
  if (rest.length === 0) return base;
  const part = PERSON_PARTS[rest.join(".")];
  return part === undefined ? base : part ? `${base} › ${part}` : base;
}

function value(section: string, key: string, v: string | null): string | null {
  if (v === null) return null;
  if (section === "kind" && key === "") return meetingKindLabels[v as keyof typeof meetingKindLabels] ?? v;
  if (section === "combined") return v === "true" ? "Có" : v === "false" ? "Không" : v;
  if ((section === "startsAt" || section === "endsAt") && key === "") {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? v : formatDateTime(d);
  }
  if (section === "attendance" && key === "status")
    return attendanceStatusLabels[v as keyof typeof attendanceStatusLabels] ?? v;
  if (section === "tasks" && key === "status") return taskStatusLabels[v as keyof typeof taskStatusLabels] ?? v;
  if (section === "tasks" && key === "dueOn" && /^\d{4}-\d{2}-\d{2}/.test(v)) return formatShortDate(v);
  if (section === "speeches" && key === "kind") return speechKindLabels[v as keyof typeof speechKindLabels] ?? v;
  return v;
}

const PATH = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.(.*))?$/;

/** One stored change → one row (null for id-only changes). */
export function describeChange(c: FieldChange, before: Snapshot, after: Snapshot): ChangeRow | null {
  const m = PATH.exec(c.field);
  if (!m) return { label: "Nội dung khác", old: c.old, new: c.new };
  const [, section, idx, sub = ""] = m;
  const last = sub.split(".").pop() ?? "";
  if (ID_KEYS.has(last)) return null;
  const sectionLabel = (FIELD_LABELS as Record<string, string>)[section] ?? "Nội dung khác";
  if (idx === undefined) {
    // chair.name, chair.title, secretary …, or a top-level field
    const part = sub ? PERSON_PARTS[sub] : "";
    const label = part === undefined ? `${sectionLabel} › Chi tiết` : part ? `${sectionLabel} › ${part}` : sectionLabel;
    return { label, old: value(section, sub, c.old), new: value(section, sub, c.new) };
  }
  const i = Number(idx);
  const row = listOf(after, section)[i] ?? listOf(before, section)[i];
  const parts = [sectionLabel, rowName(section, row, i)];
  const key = sub.split(".")[0];
  if (sub) {
    const l = subLabel(section, sub);
    if (l) parts.push(l);
  }
  return { label: parts.join(" › "), old: value(section, key, c.old), new: value(section, key, c.new) };
}

export function describeChanges(changes: readonly FieldChange[], before: Snapshot, after: Snapshot): ChangeRow[] {
  return changes.map((c) => describeChange(c, before, after)).filter((r): r is ChangeRow => r !== null);
}
