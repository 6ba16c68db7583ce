/**
 * One generated meeting record with its child rows (attendance, agenda, reports, speeches,
 * citations, conclusions, resolutions, tasks) and its search columns, as rows ready to insert.
 */
import { searchColumns, type SearchSourceRow } from "@/server/search/columns";
import { directiveKindLabels } from "@/lib/vi/labels";
import type { AttendanceStatus, MeetingKind, SpeechKind, TaskStatus } from "@/lib/enums";
import type { Random } from "./random";
import { WeightedTable } from "./random";
import {
  CONCLUSIONS,
  CONTRIBUTIONS,
  DIRECTIONS,
  GUIDANCE,
  LIMITS,
  OPINIONS,
  RARE_SENTENCE,
  RESULTS,
  TASKS,
} from "./sentences";
import type { DirectiveRow, MemberRow, Tree, UnitRow } from "./tree";
import { ABSENCE_REASONS, RATINGS, ROMAN, TOPICS } from "./vocabulary";

export type Row = Record<string, unknown>;

/** Rows of a batch of meetings, by table, in an order the foreign keys accept. */
export interface Batch {
  Meeting: Row[];
  Attendance: Row[];
  AgendaItem: Row[];
  Report: Row[];
  Speech: Row[];
  DirectiveCitation: Row[];
  Conclusion: Row[];
  Resolution: Row[];
  Task: Row[];
}

export const BATCH_TABLES = [
  "Meeting",
  "Attendance",
  "AgendaItem",
  "Report",
  "Speech",
  "DirectiveCitation",
  "Conclusion",
  "Resolution",
  "Task",
] as const satisfies ReadonlyArray<keyof Batch>;

export function emptyBatch(): Batch {
  return {
    Meeting: [],
    Attendance: [],
    AgendaItem: [],
    Report: [],
    Speech: [],
    DirectiveCitation: [],
    Conclusion: [],
    Resolution: [],
    Task: [],
  };
}

/** Records span ten years and end before the first day of December 2026. */
export const ARCHIVE_START = Date.UTC(2017, 0, 1);
export const ARCHIVE_END = Date.UTC(2026, 10, 30);
const DAY = 86_400_000;

/** What the generator keeps across meetings: the fixed archive and the tallies the benchmarks need. */
export interface Context {
  r: Random;
  tree: Tree;
  directives: DirectiveRow[];
  directiveTable: WeightedTable<DirectiveRow>;
  /** Meetings each member is on the attendance list of. */
  attendanceCount: Map<string, number>;
  citationCount: Map<string, number>;
  /** The timestamp written into createdAt/updatedAt of static rows (deterministic). */
  stamp: Date;
}

/** Everything a meeting's text is made from, decided before the text is written. */
interface Frame {
  id: string;
  unit: UnitRow;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  year: number;
  month: number;
  topic: string;
  cited: DirectiveRow[];
  draft: boolean;
  rare: boolean;
  roster: MemberRow[];
  chair: MemberRow;
  secretary: MemberRow;
}

// ───────────── text ─────────────

interface Slots {
  topic: string;
  unit: string;
  month: number;
}

function fill(r: Random, s: string, slots: Slots): string {
  if (!s.includes("{")) return s;
  return s
    .replace("{topic}", slots.topic.charAt(0).toLowerCase() + slots.topic.slice(1))
    .replace("{unit}", slots.unit)
    .replace("{month}", String(slots.month))
    .replace("{pct}", String(r.int(82, 100)))
    .replace("{n}", String(r.int(2, 9)));
}

const wordCounts = new Map<string, number>();
function words(s: string): number {
  let n = wordCounts.get(s);
  if (n === undefined) {
    n = s.split(" ").length;
    wordCounts.set(s, n);
  }
  return n;
}

/** Sentences of the pools (each pool in turn) until the text is between min and max words long. */
function paragraph(r: Random, pools: ReadonlyArray<readonly string[]>, min: number, max: number, slots: Slots) {
  const target = r.int(min, max);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const s = r.pick(pools[i % pools.length]);
    out.push(fill(r, s, slots));
    n += words(s);
  }
  return out.join(" ");
}

const vnDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
};

/** How a record names a document: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị". */
export function citationRaw(d: DirectiveRow): string {
  const kind = directiveKindLabels[d.kind];
  const ref = d.number ? `${kind} số ${d.number}${d.symbol ? `-${d.symbol}` : ""}` : d.subject;
  const plenum = d.plenum ? ` Hội nghị lần thứ ${d.plenum} Ban Chấp hành Trung ương khóa ${d.term}` : "";
  return `${ref}${d.issuedOn ? ` ngày ${vnDate(d.issuedOn)}` : ""} của ${d.issuer}${plenum}`;
}

// ───────────── the frame ─────────────

/** A record that must be approved (or a draft, dated in the last days of the archive). */
export type ForcedStatus = "approved" | "draft" | undefined;

const CHI_BO_KINDS = new WeightedTable<MeetingKind>([
  ["THUONG_KY", 78],
  ["CHUYEN_DE", 12],
  ["SO_KET", 3],
  ["TONG_KET", 3],
  ["KIEM_DIEM", 2],
  ["DAI_HOI", 1],
  ["KHAC", 1],
]);
const DANG_BO_KINDS = new WeightedTable<MeetingKind>([
  ["HOI_NGHI_CAP_UY", 50],
  ["HOC_TAP_QUAN_TRIET", 20],
  ["SO_KET", 12],
  ["TONG_KET", 10],
  ["KIEM_DIEM", 5],
  ["DAI_HOI", 3],
]);
const CITATIONS_PER_MEETING = new WeightedTable<number>([
  [0, 35],
  [1, 35],
  [2, 20],
  [3, 10],
]);

function frame(c: Context, unit: UnitRow, status: ForcedStatus): Frame {
  const { r } = c;
  const kind = (unit.depth === 2 ? CHI_BO_KINDS : DANG_BO_KINDS).draw(r);
  const day = ARCHIVE_START + Math.floor(r.next() * ((ARCHIVE_END - ARCHIVE_START) / DAY)) * DAY;
  const hour = r.chance(0.6) ? 14 : 8; // Việt Nam time (UTC+7)
  const startsAt =
    status === "draft" ? new Date(ARCHIVE_END - 3 * DAY + 7 * 3_600_000) : new Date(day + (hour - 7) * 3_600_000);
  const date = new Date(startsAt.getTime() + 7 * 3_600_000);
  const cited: DirectiveRow[] = [];
  for (let i = CITATIONS_PER_MEETING.draw(r); i > 0; i--) {
    const d = c.directiveTable.draw(r);
    if (!cited.includes(d)) cited.push(d);
  }
  if (kind === "HOC_TAP_QUAN_TRIET") {
    const d = r.pick(c.directives.slice(0, 30));
    if (!cited.includes(d)) cited.unshift(d);
  }
  const recent = startsAt.getTime() > ARCHIVE_END - 45 * DAY;
  const roster = unit.members;
  const secretaryIndex = unit.depth === 2 ? 2 + (r.int(0, 3) % Math.max(1, roster.length - 2)) : 1;
  return {
    id: r.id(),
    unit,
    kind,
    startsAt,
    endsAt: new Date(startsAt.getTime() + r.int(90, 210) * 60_000),
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    topic: r.pick(TOPICS),
    cited,
    draft: status ? status === "draft" : r.chance(recent ? 0.4 : 0.005),
    rare: startsAt.getTime() >= Date.UTC(2024, 8, 10) && startsAt.getTime() < Date.UTC(2024, 11, 1) && r.chance(0.06),
    roster,
    chair: roster[0],
    secretary: roster[Math.min(roster.length - 1, secretaryIndex)],
  };
}

function meetingTitle(f: Frame): string {
  const { kind, month: mo, year: y, unit } = f;
  switch (kind) {
    case "THUONG_KY":
      return `Sinh hoạt chi bộ thường kỳ tháng ${mo} năm ${y}`;
    case "CHUYEN_DE":
      return `Sinh hoạt chuyên đề quý ${ROMAN[Math.floor((mo - 1) / 3)]} năm ${y}: ${f.topic}`;
    case "SO_KET":
      return `Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm ${y}`;
    case "TONG_KET":
      return `Hội nghị tổng kết công tác xây dựng Đảng năm ${y}`;
    case "KIEM_DIEM":
      return `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${y}`;
    case "DAI_HOI":
      return `Đại hội ${unit.name} nhiệm kỳ ${y}–${y + 5}`;
    case "HOC_TAP_QUAN_TRIET": {
      const d = f.cited[0];
      return `Hội nghị học tập, quán triệt ${directiveKindLabels[d.kind]}${d.number ? ` số ${d.number}-${d.symbol}` : ""} của ${d.issuer}`;
    }
    case "HOI_NGHI_CAP_UY":
      return `Hội nghị Ban Chấp hành ${unit.name} tháng ${mo} năm ${y}`;
    default:
      return `Họp chi bộ mở rộng tháng ${mo} năm ${y}`;
  }
}

// ───────────── child rows ─────────────

type Source = SearchSourceRow;

function attendance(c: Context, f: Frame, out: Batch, src: Source): number {
  let present = 0;
  f.roster.forEach((m, position) => {
    const exempt = m.status === "EXEMPT";
    const absent = exempt ? c.r.chance(0.7) : c.r.chance(0.08);
    const status: AttendanceStatus = absent
      ? exempt || c.r.chance(0.85)
        ? "ABSENT_EXCUSED"
        : "ABSENT_UNEXCUSED"
      : "PRESENT";
    const reason = status === "ABSENT_EXCUSED" ? (exempt ? "miễn sinh hoạt" : c.r.pick(ABSENCE_REASONS)) : null;
    if (!absent) present++;
    c.attendanceCount.set(m.id, (c.attendanceCount.get(m.id) ?? 0) + 1);
    src.attendance.push({ name: m.name, title: null, reason });
    out.Attendance.push({
      id: c.r.id(),
      meetingId: f.id,
      memberId: m.id,
      status,
      category: m.category,
      memberStatus: m.status,
      name: m.name,
      title: null,
      reason,
      position,
    });
  });
  return present;
}

function reports(c: Context, f: Frame, title: string, out: Batch, src: Source): string[] {
  const { r } = c;
  const slots = { topic: f.topic, unit: f.unit.name, month: (f.month % 12) + 1 };
  const regular = f.kind === "THUONG_KY";
  const titles = [
    regular
      ? `Báo cáo kết quả thực hiện nhiệm vụ tháng ${f.month} năm ${f.year}`
      : `Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    `Phương hướng, nhiệm vụ ${regular ? `tháng ${slots.month}` : `năm ${f.year + (f.kind === "TONG_KET" ? 1 : 0)}`}`,
    `Báo cáo chuyên đề: ${f.topic}`,
  ];
  const n = regular ? r.int(1, 2) : r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const presenter = i === 0 ? f.chair : f.roster[Math.min(f.roster.length - 1, 1)];
    const pools = i === 1 ? [DIRECTIONS] : [RESULTS, RESULTS, LIMITS];
    let content = paragraph(r, pools, 50, 140, slots);
    if (i === 0 && f.cited[0])
      content = `Thực hiện ${citationRaw(f.cited[0])}, ${content.charAt(0).toLowerCase()}${content.slice(1)}`;
    if (f.rare && i === 0) content += ` ${RARE_SENTENCE}`;
    src.reports.push({ title: titles[i], content, presenterName: null, presenterTitle: presenter.title, presenter });
    out.Report.push({
      id: r.id(),
      meetingId: f.id,
      position: i,
      title: titles[i],
      presenterMemberId: presenter.id,
      presenterTitle: presenter.title,
      content,
    });
  }
  return titles.slice(0, n);
}

function speechKind(r: Random, f: Frame, i: number, n: number, thamLuan: boolean): SpeechKind {
  if (i === n - 1) return "KET_LUAN";
  if (thamLuan && i < 2) return "THAM_LUAN";
  if (i === n - 2 && f.unit.parent && r.chance(0.3)) return "CHI_DAO";
  return "Y_KIEN";
}

function speeches(c: Context, f: Frame, out: Batch, src: Source): void {
  const { r } = c;
  const slots = { topic: f.topic, unit: f.unit.name, month: (f.month % 12) + 1 };
  const n = r.int(2, 6);
  const thamLuan = ["CHUYEN_DE", "SO_KET", "TONG_KET", "DAI_HOI"].includes(f.kind) || r.chance(0.08);
  for (let i = 0; i < n; i++) {
    const kind = speechKind(r, f, i, n, thamLuan);
    const superior = kind === "CHI_DAO" && f.unit.parent ? f.unit.parent : null;
    const speaker = kind === "KET_LUAN" ? f.chair : superior ? superior.members[0] : r.pick(f.roster);
    const speakerUnit = superior ?? f.unit;
    const title =
      kind === "THAM_LUAN" ? `Tham luận: ${r.pick([f.topic, "Nâng cao chất lượng sinh hoạt chi bộ"])}` : null;
    const pool =
      kind === "THAM_LUAN"
        ? CONTRIBUTIONS
        : kind === "CHI_DAO"
          ? GUIDANCE
          : kind === "KET_LUAN"
            ? CONCLUSIONS
            : OPINIONS;
    let content = paragraph(
      r,
      [pool, pool, LIMITS],
      kind === "THAM_LUAN" ? 50 : 20,
      kind === "THAM_LUAN" ? 120 : 70,
      slots,
    );
    // Some speakers name a document the meeting cites (the directive page lists these speeches).
    const mentioned = f.cited.length && r.chance(0.2) ? r.pick(f.cited) : null;
    if (mentioned)
      content = `Quán triệt ${citationRaw(mentioned)}, ${content.charAt(0).toLowerCase()}${content.slice(1)}`;
    src.speeches.push({
      title,
      content,
      speakerName: null,
      speakerTitle: speaker.title,
      speaker,
      speakerUnitName: null,
      speakerUnit: { name: speakerUnit.name },
    });
    out.Speech.push({
      id: r.id(),
      meetingId: f.id,
      position: i,
      kind,
      title,
      speakerMemberId: speaker.id,
      speakerTitle: speaker.title,
      speakerUnitId: speakerUnit.id,
      content,
    });
  }
}

function citations(c: Context, f: Frame, out: Batch, src: Source): void {
  f.cited.forEach((d, position) => {
    const raw = citationRaw(d);
    c.citationCount.set(d.id, (c.citationCount.get(d.id) ?? 0) + 1);
    out.DirectiveCitation.push({ id: c.r.id(), meetingId: f.id, directiveId: d.id, position, raw, note: null });
    src.citations.push({ raw, note: null, directive: d });
  });
}

function agenda(c: Context, f: Frame, reportTitles: string[], out: Batch, src: Source): void {
  const titles = [...reportTitles, "Thảo luận, đóng góp ý kiến", "Biểu quyết thông qua nghị quyết và biên bản"];
  titles.forEach((title, position) => {
    src.agendaItems.push({ title, content: null });
    out.AgendaItem.push({ id: c.r.id(), meetingId: f.id, position, title, content: null });
  });
}

function conclusionsAndTasks(c: Context, f: Frame, present: number, out: Batch, src: Source): void {
  const { r } = c;
  const slots = { topic: f.topic, unit: f.unit.name, month: (f.month % 12) + 1 };
  for (let position = 0, n = r.int(1, 3); position < n; position++) {
    const content = fill(r, r.pick(CONCLUSIONS), slots);
    src.conclusions.push({ content });
    out.Conclusion.push({ id: r.id(), meetingId: f.id, position, content });
  }
  let resolutionId: string | null = null;
  if (f.kind === "THUONG_KY" ? r.chance(0.3) : r.chance(0.6)) {
    resolutionId = r.id();
    const title = `Nghị quyết ${f.unit.name} tháng ${f.month} năm ${f.year}`;
    const content = paragraph(r, [DIRECTIONS], 30, 60, slots);
    src.resolutions.push({ title, content });
    out.Resolution.push({
      id: resolutionId,
      meetingId: f.id,
      position: 0,
      title,
      content,
      voteFor: present,
      voteAgainst: 0,
      voteAbstain: 0,
    });
  }
  const due = new Date(f.startsAt.getTime() + r.int(14, 60) * DAY);
  for (
    let i = r.weighted([
      [0, 40],
      [1, 30],
      [2, 20],
      [3, 10],
    ] as const);
    i > 0;
    i--
  ) {
    const owner = r.pick(f.roster);
    const title = fill(r, r.pick(TASKS), slots);
    const old = due.getTime() < ARCHIVE_END - 60 * DAY;
    const status: TaskStatus = f.draft
      ? "OPEN"
      : old
        ? r.weighted([
            ["DONE", 85],
            ["CANCELLED", 5],
            ["IN_PROGRESS", 10],
          ] as const)
        : r.weighted([
            ["OPEN", 50],
            ["IN_PROGRESS", 40],
            ["DONE", 10],
          ] as const);
    src.tasks.push({ title, ownerName: null, owner });
    out.Task.push({
      id: r.id(),
      unitId: f.unit.id,
      meetingId: f.id,
      resolutionId,
      directiveId: f.cited[0] && r.chance(0.3) ? f.cited[0].id : null,
      title,
      ownerMemberId: owner.id,
      dueOn: new Date(due.getTime() + 7 * 3_600_000).toISOString().slice(0, 10),
      status,
      completedAt: status === "DONE" ? due : null,
      createdAt: f.endsAt,
      updatedAt: status === "DONE" ? due : f.endsAt,
    });
  }
}

// ───────────── the record ─────────────

function sourceOf(f: Frame, title: string): Source {
  return {
    kind: f.kind,
    title,
    summary: null,
    number: null,
    place: "",
    opening: null,
    closing: null,
    rating: null,
    chairName: null,
    chair: f.chair,
    secretaryName: null,
    secretary: f.secretary,
    unit: { name: f.unit.name },
    attendance: [],
    agendaItems: [],
    reports: [],
    speeches: [],
    citations: [],
    conclusions: [],
    resolutions: [],
    tasks: [],
    amendments: [],
  };
}

/** Picks the unit of the next meeting: mostly chi bộ, some đảng bộ cơ sở, a few of the district. */
export function pickUnit(c: Context): UnitRow {
  const x = c.r.next();
  return x < 0.88 ? c.r.pick(c.tree.chiBo) : x < 0.99 ? c.r.pick(c.tree.dangBo) : c.tree.root;
}

/** Adds one meeting of `unit` and its rows to the batch; returns its id. */
export function addMeeting(c: Context, unit: UnitRow, out: Batch, status?: ForcedStatus): string {
  const f = frame(c, unit, status);
  const title = meetingTitle(f);
  const src = sourceOf(f, title);
  const present = attendance(c, f, out, src);
  const reportTitles = reports(c, f, title, out, src);
  agenda(c, f, reportTitles, out, src);
  speeches(c, f, out, src);
  citations(c, f, out, src);
  conclusionsAndTasks(c, f, present, out, src);
  const level = f.unit.depth === 2;
  src.place = `Hội trường ${f.unit.name.replace(/^(Chi bộ|Đảng bộ) /, "")}`;
  const chair = `${f.chair.name}${f.chair.title ? ` – ${f.chair.title}` : ""}`;
  src.opening =
    `Đồng chí ${chair} chủ trì, tuyên bố lý do, giới thiệu thành phần tham dự. Tổng số đảng viên: ` +
    `${f.roster.length}; có mặt: ${present}; vắng: ${f.roster.length - present}.`;
  const end = `${f.endsAt.getUTCHours() + 7} giờ ${String(f.endsAt.getUTCMinutes()).padStart(2, "0")} phút`;
  src.closing =
    `${level ? "Buổi sinh hoạt" : "Hội nghị"} kết thúc vào hồi ${end} cùng ngày; biên bản đã được thông qua ` +
    `trước ${level ? "chi bộ" : "hội nghị"}.`;
  src.rating = f.kind === "THUONG_KY" || f.kind === "CHUYEN_DE" ? c.r.pick(RATINGS) : null;
  const approved = !f.draft;
  out.Meeting.push({
    id: f.id,
    unitId: f.unit.id,
    kind: f.kind,
    title,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    place: src.place,
    chairMemberId: f.chair.id,
    chairTitle: f.chair.title,
    secretaryMemberId: f.secretary.id,
    secretaryTitle: f.secretary.title,
    opening: src.opening,
    closing: src.closing,
    rating: src.rating,
    status: approved ? "APPROVED" : "DRAFT",
    approvedAt: approved ? f.endsAt : null,
    minutesVoteFor: approved ? present : null,
    minutesVoteAgainst: approved ? 0 : null,
    minutesVoteAbstain: approved ? 0 : null,
    createdAt: f.startsAt,
    updatedAt: f.endsAt,
    ...searchColumns(src),
  });
  return f.id;
}
