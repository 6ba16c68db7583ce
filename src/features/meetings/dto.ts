/**
 * What the pages and the JSON API see of a meeting. Dates are ISO strings so DTOs cross to client
 * components and JSON unchanged. `attendance.summary` and each resolution's `vote` are computed.
 */
import type {
  AttendanceStatus,
  DirectiveKind,
  MeetingKind,
  MeetingStatus,
  MemberCategory,
  MemberStatus,
  SpeechKind,
  TaskStatus,
  UnitKind,
} from "@/lib/enums";
import { formatDateTime } from "@/lib/vi/date";
import type { AttendanceSummary, VoteResult } from "./rules";

export interface PersonRef {
  memberId: string | null;
  name: string;
  title: string | null;
}

export interface UnitSummary {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface AttendanceEntry {
  id: string;
  memberId: string | null;
  name: string;
  title: string | null;
  status: AttendanceStatus;
  category: MemberCategory | null;
  memberStatus: MemberStatus | null;
  reason: string | null;
}

export interface CitedDirective {
  id: string;
  directiveId: string;
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
  subject: string | null;
  raw: string | null;
  note: string | null;
}

export interface MeetingDetail {
  id: string;
  kind: MeetingKind;
  title: string;
  summary: string | null;
  number: string | null;
  status: MeetingStatus;
  version: number;
  unit: UnitSummary & { path: string; place: string | null; parentName: string | null };
  /** Null while a draft has no date (an imported text gave none); approval requires one. */
  startsAt: string | null;
  endsAt: string | null;
  place: string;
  chair: PersonRef | null;
  secretary: PersonRef | null;
  combined: boolean;
  opening: string | null;
  closing: string | null;
  rating: string | null;
  attendance: { entries: AttendanceEntry[]; summary: AttendanceSummary; eligibleVoters: number };
  agenda: Array<{ id: string; title: string; content: string | null }>;
  reports: Array<{ id: string; title: string; presenter: PersonRef | null; content: string | null }>;
  speeches: Array<{
    id: string;
    kind: SpeechKind;
    title: string | null;
    speaker: PersonRef | null;
    unit: { id: string | null; name: string } | null;
    content: string | null;
  }>;
  directives: CitedDirective[];
  conclusions: Array<{ id: string; content: string }>;
  resolutions: Array<{ id: string; title: string; content: string | null; vote: VoteResult }>;
  /** `resolutionId`: the resolution of this record the task carries out (null when none). */
  tasks: Array<{
    id: string;
    title: string;
    owner: PersonRef | null;
    dueOn: string | null;
    status: TaskStatus;
    resolutionId: string | null;
  }>;
  approval: {
    approvedAt: string;
    approvedBy: string | null;
    minutesVote: { for: number | null; against: number | null; abstain: number | null };
  } | null;
  /**
   * The reading in force of every amended field (keyed like amendments' `field`: "place",
   * "agenda.1.content"): the last amendment's new value. A field not listed reads as adopted.
   */
  current: Record<string, CurrentReading>;
  /** Set when the draft was made from an imported text: which fields came from it. */
  imported: { source: string | null; importedAt: string; marks: string[]; warnings: string[] } | null;
  createdAt: string;
  updatedAt: string;
}

/** A record in a list (search results, the home page): defined by the search, which makes them. */
export type { MeetingListItem } from "@/server/search/meetings";

export interface CurrentReading {
  value: string | null;
  /** The amendment that made this reading (send it as `basedOn` when amending the field again). */
  amendmentId: string;
  amendedAt: string;
  /** How many amendments of the field there are. */
  amendments: number;
}

/** The amendable fields of an approved record and their value as adopted (undefined: not amendable). */
export function amendableValue(m: MeetingDetail, field: string): string | null | undefined {
  const simple: Record<string, string | null> = {
    title: m.title,
    summary: m.summary,
    place: m.place,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    number: m.number,
  };
  if (field in simple) return simple[field];
  const match = /^(agenda|reports|speeches|conclusions|resolutions)\.(\d+)\.(title|content)$/.exec(field);
  if (!match) return undefined;
  const list = m[match[1] as "agenda"] as Array<{ title?: string | null; content?: string | null }>;
  const item = list[Number(match[2])];
  if (!item || !(match[3] in item)) return undefined;
  return (item as Record<string, string | null>)[match[3]] ?? null;
}

/** The reading of a field in force now: amended (`m.current`) or as adopted. */
export function currentValue(m: MeetingDetail, field: string): string | null | undefined {
  const c = m.current[field];
  return c ? c.value : amendableValue(m, field);
}

// ───────────── Amendable fields ─────────────

/**
 * The fields of an approved record that an amendment (đính chính) can correct, with the labels the
 * amendment form shows; the record page, the history and the documents name an amended field by
 * these same labels.
 */
export interface AmendableField {
  path: string;
  label: string;
  value: string;
}

export function amendableFields(m: MeetingDetail): AmendableField[] {
  return [
    { path: "title", label: "Tên cuộc họp", value: m.title },
    { path: "summary", label: "Trích yếu", value: m.summary ?? "" },
    { path: "number", label: "Số biên bản", value: m.number ?? "" },
    { path: "place", label: "Địa điểm", value: m.place },
    { path: "opening", label: "Khai mạc", value: m.opening ?? "" },
    { path: "closing", label: "Bế mạc", value: m.closing ?? "" },
    { path: "rating", label: "Xếp loại", value: m.rating ?? "" },
    ...m.agenda.map((a, i) => ({
      path: `agenda.${i}.content`,
      label: `Diễn biến nội dung ${i + 1}: ${a.title.slice(0, 40)}`,
      value: a.content ?? "",
    })),
    ...m.reports.map((r, i) => ({
      path: `reports.${i}.content`,
      label: `Tóm tắt báo cáo ${i + 1}`,
      value: r.content ?? "",
    })),
    ...m.speeches.map((s, i) => ({
      path: `speeches.${i}.content`,
      label: `Nội dung phát biểu ${i + 1}`,
      value: s.content ?? "",
    })),
    ...m.conclusions.map((c, i) => ({
      path: `conclusions.${i}.content`,
      label: `Kết luận ${i + 1}`,
      value: c.content,
    })),
    ...m.resolutions.map((r, i) => ({ path: `resolutions.${i}.title`, label: `Nghị quyết ${i + 1}`, value: r.title })),
  ];
}

/** The label of an amended field ("Địa điểm"); a path no longer on the record reads "Nội dung khác". */
export function amendedFieldLabel(m: MeetingDetail, path: string): string {
  return amendableFields(m).find((f) => f.path === path)?.label ?? "Nội dung khác";
}

// ───────────── Adoption line ─────────────

/**
 * The adoption line of the minutes (read back and adopted at the end of the meeting), as the record
 * page and the documents print it: "Biên bản được thông qua lúc 11 giờ 00 ngày 26 tháng 7 năm 2023,
 * với 3/4 đồng chí tán thành." The denominator is the members entitled to vote (rules.ts
 * eligibleVoters, the rule of every vote). A draft gets the blanks of the paper form, to be filled
 * in at the meeting; an approved record without a recorded minutes vote gets none.
 */
export function adoptionSentence(m: MeetingDetail): string | null {
  if (m.status !== "APPROVED")
    return "Biên bản được thông qua lúc … giờ … ngày … tháng … năm …, với …/… đồng chí tán thành.";
  const mv = m.approval?.minutesVote;
  if (!m.approval || !mv || mv.for === null) return null;
  const at = formatDateTime(new Date(m.approval.approvedAt));
  return `Biên bản được thông qua lúc ${at}, với ${mv.for}/${m.attendance.eligibleVoters} đồng chí tán thành.`;
}
