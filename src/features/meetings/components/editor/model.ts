/**
 * The editor's working copy of a record and the pure helpers around it: from the server's
 * MeetingDetail to form state, back to the save payload, and the three-way merge used when
 * someone else saved in between. Isomorphic and unit-tested.
 */
import type { AttendanceStatus, MeetingKind, MemberCategory, MemberStatus, SpeechKind, TaskStatus } from "@/lib/enums";
import { toVnDateTimeInput } from "@/lib/vi/date";
import type { MeetingDetail, PersonRef } from "../../dto";
import type { AttendanceRow } from "../../rules";

export interface PersonField {
  memberId: string | null;
  name: string;
  title: string;
}

export interface DraftState {
  kind: MeetingKind;
  title: string;
  summary: string;
  number: string;
  startsAt: string; // "YYYY-MM-DDTHH:mm", Việt Nam time
  endsAt: string;
  place: string;
  chair: PersonField | null;
  secretary: PersonField | null;
  combined: boolean;
  opening: string;
  closing: string;
  rating: string;
  attendance: Array<{ memberId: string | null; name: string; title: string; status: AttendanceStatus; reason: string }>;
  agenda: Array<{ title: string; content: string }>;
  reports: Array<{ title: string; presenter: PersonField | null; content: string }>;
  speeches: Array<{
    kind: SpeechKind;
    title: string;
    speaker: PersonField | null;
    unitName: string;
    unitId: string | null;
    content: string;
  }>;
  directives: Array<{ directiveId: string | null; raw: string; label: string; note: string }>;
  conclusions: string[];
  resolutions: Array<{ title: string; content: string; for: number; against: number; abstain: number }>;
  tasks: Array<{ id?: string | null; title: string; owner: PersonField | null; dueOn: string; status: TaskStatus }>;
}

export type DraftKey = keyof DraftState;

export const FIELD_LABELS: Record<DraftKey, string> = {
  kind: "Loại cuộc họp",
  title: "Tên cuộc họp",
  summary: "Trích yếu",
  number: "Số biên bản",
  startsAt: "Thời gian bắt đầu",
  endsAt: "Thời gian kết thúc",
  place: "Địa điểm",
  chair: "Chủ trì",
  secretary: "Thư ký",
  combined: "Sinh hoạt kết hợp",
  opening: "Khai mạc",
  closing: "Bế mạc",
  rating: "Xếp loại",
  attendance: "Điểm danh",
  agenda: "Chương trình",
  reports: "Báo cáo",
  speeches: "Phát biểu, tham luận",
  directives: "Văn bản được trích dẫn",
  conclusions: "Kết luận",
  resolutions: "Nghị quyết, biểu quyết",
  tasks: "Nhiệm vụ",
};

function person(p: PersonRef | null): PersonField | null {
  return p ? { memberId: p.memberId, name: p.name, title: p.title ?? "" } : null;
}

export function directiveText(d: MeetingDetail["directives"][number]): string {
  const num = d.number ? ` số ${d.number}${d.symbol ? `-${d.symbol}` : ""}` : "";
  const extra = [
    d.plenum ? `Hội nghị Trung ương ${d.plenum}` : "",
    d.congress ? `Đại hội lần thứ ${d.congress}` : "",
    d.term ? `khóa ${d.term}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return [`${kindWord(d.kind)}${num}`, extra, d.issuer ? `của ${d.issuer}` : ""].filter(Boolean).join(" ");
}

function kindWord(kind: string): string {
  const words: Record<string, string> = {
    CHI_THI: "Chỉ thị",
    NGHI_QUYET: "Nghị quyết",
    QUY_DINH: "Quy định",
    KET_LUAN: "Kết luận",
    HUONG_DAN: "Hướng dẫn",
    DE_AN: "Đề án",
    KE_HOACH: "Kế hoạch",
    THONG_BAO: "Thông báo",
    QUYET_DINH: "Quyết định",
    CHUONG_TRINH: "Chương trình",
    KHAC: "Văn bản",
  };
  return words[kind] ?? "Văn bản";
}

export function toDraft(m: MeetingDetail): DraftState {
  return {
    kind: m.kind,
    title: m.title,
    summary: m.summary ?? "",
    number: m.number ?? "",
    startsAt: m.startsAt ? toVnDateTimeInput(new Date(m.startsAt)) : "",
    endsAt: m.endsAt ? toVnDateTimeInput(new Date(m.endsAt)) : "",
    place: m.place,
    chair: person(m.chair),
    secretary: person(m.secretary),
    combined: m.combined,
    opening: m.opening ?? "",
    closing: m.closing ?? "",
    rating: m.rating ?? "",
    attendance: m.attendance.entries.map((e) => ({
      memberId: e.memberId,
      name: e.name,
      title: e.title ?? "",
      status: e.status,
      reason: e.reason ?? "",
    })),
    agenda: m.agenda.map((a) => ({ title: a.title, content: a.content ?? "" })),
    reports: m.reports.map((r) => ({ title: r.title, presenter: person(r.presenter), content: r.content ?? "" })),
    speeches: m.speeches.map((s) => ({
      kind: s.kind,
      title: s.title ?? "",
      speaker: person(s.speaker),
      unitName: s.unit?.name ?? "",
      unitId: s.unit?.id ?? null,
      content: s.content ?? "",
    })),
    directives: m.directives.map((d) => ({
      directiveId: d.directiveId,
      raw: d.raw ?? "",
      label: directiveText(d),
      note: d.note ?? "",
    })),
    conclusions: m.conclusions.map((c) => c.content),
    resolutions: m.resolutions.map((r) => ({
      title: r.title,
      content: r.content ?? "",
      for: r.vote.for,
      against: r.vote.against,
      abstain: r.vote.abstain,
    })),
    tasks: m.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      owner: person(t.owner),
      dueOn: t.dueOn ?? "",
      status: t.status,
    })),
  };
}

const personOut = (p: PersonField | null) =>
  p && (p.memberId || p.name.trim()) ? { memberId: p.memberId, name: p.name || null, title: p.title || null } : null;

/** The save payload (the JSON API / server action shape). */
export function toInput(d: DraftState, version: number) {
  return {
    version,
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    number: d.number,
    startsAt: d.startsAt || null,
    endsAt: d.endsAt || null,
    place: d.place,
    chair: personOut(d.chair),
    secretary: personOut(d.secretary),
    combined: d.combined,
    opening: d.opening,
    closing: d.closing,
    rating: d.rating,
    attendance: {
      entries: d.attendance.map((e) => ({
        memberId: e.memberId,
        name: e.name || null,
        title: e.title || null,
        status: e.status,
        reason: e.reason || null,
      })),
    },
    agenda: d.agenda
      .filter((a) => a.title.trim() || a.content.trim())
      .map((a) => ({ title: a.title, content: a.content })),
    reports: d.reports
      .filter((r) => r.title.trim() || r.content.trim() || r.presenter)
      .map((r) => ({ title: r.title, presenter: personOut(r.presenter), content: r.content })),
    speeches: d.speeches
      .filter((s) => s.title.trim() || s.content.trim() || s.speaker || s.unitName.trim() || s.unitId)
      .map((s) => ({
        kind: s.kind,
        title: s.title,
        speaker: personOut(s.speaker),
        unit: s.unitId || s.unitName.trim() ? { id: s.unitId, name: s.unitName || null } : null,
        content: s.content,
      })),
    directives: d.directives
      .filter((x) => x.directiveId || x.raw.trim())
      .map((x) =>
        x.directiveId
          ? { directiveId: x.directiveId, raw: x.raw || null, note: x.note || null }
          : { raw: x.raw, note: x.note || null },
      ),
    conclusions: d.conclusions.filter((c) => c.trim()).map((content) => ({ content })),
    resolutions: d.resolutions
      .filter((r) => r.title.trim() || r.content.trim())
      .map((r) => ({
        title: r.title,
        content: r.content,
        vote: { for: r.for, against: r.against, abstain: r.abstain },
      })),
    tasks: d.tasks
      .filter((t) => t.title.trim())
      .map((t) => ({
        id: t.id ?? null,
        title: t.title,
        owner: personOut(t.owner),
        dueOn: t.dueOn || null,
        status: t.status,
      })),
  };
}

/** The attendance list as the rules see it: each member's category and roster status from the roster. */
export function attendanceRows(
  entries: DraftState["attendance"],
  people: ReadonlyMap<string, { category: MemberCategory; status: MemberStatus }>,
): AttendanceRow[] {
  return entries.map((e) => {
    const m = e.memberId ? people.get(e.memberId) : undefined;
    return { memberId: e.memberId, status: e.status, category: m?.category ?? null, memberStatus: m?.status ?? null };
  });
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface MergePlan {
  /** Fields both sides changed differently: the user chooses. */
  conflicts: DraftKey[];
  /** Fields only the other person changed: taken from theirs. */
  theirs: DraftKey[];
  /** Fields only I changed: kept from mine. */
  mine: DraftKey[];
}

/** Three-way merge plan by field: base = what my edits started from. */
export function planMerge(base: DraftState, mine: DraftState, theirs: DraftState): MergePlan {
  const plan: MergePlan = { conflicts: [], theirs: [], mine: [] };
  for (const key of Object.keys(FIELD_LABELS) as DraftKey[]) {
    const iChanged = !same(mine[key], base[key]);
    const theyChanged = !same(theirs[key], base[key]);
    if (iChanged && theyChanged && !same(mine[key], theirs[key])) plan.conflicts.push(key);
    else if (theyChanged && !iChanged) plan.theirs.push(key);
    else if (iChanged) plan.mine.push(key);
  }
  return plan;
}

/** Applies the plan and the user's choices (for conflicts) to build the merged draft. */
export function applyMerge(
  mine: DraftState,
  theirs: DraftState,
  plan: MergePlan,
  choices: Partial<Record<DraftKey, "mine" | "theirs">>,
): DraftState {
  const out = { ...mine } as Record<DraftKey, unknown>;
  for (const key of plan.theirs) out[key] = theirs[key];
  for (const key of plan.conflicts) out[key] = (choices[key] ?? "mine") === "theirs" ? theirs[key] : mine[key];
  return out as unknown as DraftState;
}

/** A readable one-line rendering of a field's value, for the merge view. */
export function describeValue(key: DraftKey, d: DraftState): string {
  const v = d[key];
  if (v === null || v === "") return "(trống)";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (key === "chair" || key === "secretary") return (v as PersonField).name;
  if (key === "attendance") {
    return d.attendance.map((e) => `${e.name}: ${statusWord(e.status)}${e.reason ? ` (${e.reason})` : ""}`).join("; ");
  }
  if (Array.isArray(v)) {
    return (
      (v as unknown[])
        .map((item) => {
          if (typeof item === "string") return item;
          const o = item as Record<string, unknown>;
          return String(o.title || o.label || o.raw || o.content || "");
        })
        .join("; ") || "(trống)"
    );
  }
  return JSON.stringify(v);
}

function statusWord(s: AttendanceStatus): string {
  return {
    PRESENT: "có mặt",
    LATE: "đến muộn",
    LEFT_EARLY: "về sớm",
    ABSENT_EXCUSED: "vắng có lý do",
    ABSENT_UNEXCUSED: "vắng không lý do",
    GUEST: "khách mời",
  }[s];
}
