import "server-only";
/**
 * A person's page: the meetings a member attended, the reports presented, the speeches given and
 * the meetings chaired or minuted, with the attendance rate over a period (used in the yearly
 * assessment of members). Only records the reader may read count; a member out of the reader's
 * roster scope is "not found".
 *
 * Sized for a long-serving member of a large archive: the figures are SQL aggregates, each list is
 * one page (newest first) with its total, and every query starts from an index on the person
 * column (Attendance.memberId, Report.presenterMemberId, Speech.speakerMemberId,
 * Meeting.chairMemberId / secretaryMemberId).
 */
import { db } from "@/server/db";
import { memberMeetingDates } from "@/server/search/scoped";
import { can, meetingReadWhere, type Actor } from "@/server/policy/policy";
import { fromVnDateTime, toVnIsoDateOfDated } from "@/lib/vi/date";
import { fullName } from "@/lib/vi/names";
import type { AttendanceStatus, MeetingKind, MemberCategory, MemberStatus, SpeechKind } from "@/lib/enums";

export interface PeriodFilter {
  /** ISO dates, inclusive, Việt Nam time. */
  from?: string;
  to?: string;
}

/** Which page (1-based) of each list to show. */
export interface RecordPages {
  attendance?: number;
  reports?: number;
  speeches?: number;
  roles?: number;
}

/** Rows per page of each list of the person's page. */
export const RECORD_PAGE_SIZE = 50;

/** One page of a list, with the number of rows of the whole list. */
export interface RecordList<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MemberRecord {
  member: {
    id: string;
    fullName: string;
    title: string | null;
    category: MemberCategory;
    status: MemberStatus;
    unit: { id: string; name: string };
    admittedOn: string | null;
    officialOn: string | null;
    /** May the reader edit this member (the same rule as the edit page). */
    canManage: boolean;
  };
  period: { from: string | null; to: string | null };
  /** Years that have records of this member, newest first (for quick period links). */
  years: number[];
  attendance: RecordList<{
    meetingId: string;
    title: string;
    kind: MeetingKind;
    date: string;
    unitName: string;
    status: AttendanceStatus;
    reason: string | null;
  }> & {
    attended: number;
    absentExcused: number;
    absentUnexcused: number;
    /** Absences of a member exempt from meetings (miễn sinh hoạt) are not held against them. */
    exemptAbsences: number;
    /** attended / (attended + absences that count), or null with no meeting in the period. */
    rate: number | null;
  };
  reports: RecordList<{ meetingId: string; meetingTitle: string; date: string; title: string }>;
  speeches: RecordList<{
    meetingId: string;
    meetingTitle: string;
    date: string;
    kind: SpeechKind;
    title: string | null;
  }>;
  /** Meetings the member chaired or took the minutes of (one row per meeting, both roles when both). */
  roles: RecordList<{ meetingId: string; meetingTitle: string; date: string; roles: Array<"CHAIR" | "SECRETARY"> }>;
}

const ATTENDED: AttendanceStatus[] = ["PRESENT", "LATE", "LEFT_EARLY"];

function range(p: PeriodFilter) {
  const from = p.from ? fromVnDateTime(`${p.from}T00:00`) : null;
  const toStart = p.to ? fromVnDateTime(`${p.to}T00:00`) : null;
  const to = toStart ? new Date(toStart.getTime() + 86_400_000) : null;
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
}

function paging(page: number | undefined) {
  const p = Math.max(1, Math.floor(page ?? 1));
  return { page: p, skip: (p - 1) * RECORD_PAGE_SIZE, take: RECORD_PAGE_SIZE };
}

/** The figures of the attendance in the period, from one grouped count. */
function attendanceFigures(
  groups: Array<{ status: AttendanceStatus; memberStatus: MemberStatus | null; _count: number }>,
) {
  let attended = 0,
    absentExcused = 0,
    absentUnexcused = 0,
    exemptAbsences = 0,
    total = 0;
  for (const g of groups) {
    total += g._count;
    if (ATTENDED.includes(g.status)) attended += g._count;
    else if (g.status === "GUEST") continue;
    else if (g.memberStatus === "EXEMPT") exemptAbsences += g._count;
    else if (g.status === "ABSENT_EXCUSED") absentExcused += g._count;
    else absentUnexcused += g._count;
  }
  const counted = attended + absentExcused + absentUnexcused;
  return { total, attended, absentExcused, absentUnexcused, exemptAbsences, rate: counted ? attended / counted : null };
}

/** Years of the approved records the reader may read that the member attended, reported or spoke in, newest first. */
export async function memberYears(actor: Actor, memberId: string): Promise<number[]> {
  const dates = await memberMeetingDates(actor, memberId);
  const years = new Set(dates.map((d) => Number(toVnIsoDateOfDated(d).slice(0, 4))));
  return [...years].sort((a, b) => b - a);
}

/** The record of one member as the reader may see it, or null (missing or out of scope). */
export async function getMemberRecord(
  actor: Actor,
  memberId: string,
  period: PeriodFilter = {},
  pages: RecordPages = {},
): Promise<MemberRecord | null> {
  const m = await db().member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      title: true,
      category: true,
      status: true,
      admittedOn: true,
      officialOn: true,
      unit: { select: { id: true, name: true, path: true } },
    },
  });
  if (!m || !can(actor, "member.read", { unitId: m.unit.id, unitPath: m.unit.path })) return null;

  // Approved records only: a draft is not yet the meeting's record.
  const readable = { ...meetingReadWhere(actor), status: "APPROVED" as const, startsAt: { not: null } };
  const startsAt = range(period);
  const meeting = { ...readable, ...(Object.keys(startsAt).length ? { startsAt } : {}) };
  const meetingSelect = {
    select: { id: true, title: true, kind: true, startsAt: true, unit: { select: { name: true } } },
  } as const;
  const newest = { meeting: { startsAt: "desc" as const } };
  const pa = paging(pages.attendance);
  const pr = paging(pages.reports);
  const ps = paging(pages.speeches);
  const pc = paging(pages.roles);
  const roleWhere = { ...meeting, AND: [{ OR: [{ chairMemberId: memberId }, { secretaryMemberId: memberId }] }] };

  const [groups, attendance, reportTotal, reports, speechTotal, speeches, roleTotal, roles, years] = await Promise.all([
    db().attendance.groupBy({ by: ["status", "memberStatus"], where: { memberId, meeting }, _count: true }),
    db().attendance.findMany({
      where: { memberId, meeting },
      orderBy: [newest, { id: "asc" }],
      skip: pa.skip,
      take: pa.take,
      select: { status: true, reason: true, meeting: meetingSelect },
    }),
    db().report.count({ where: { presenterMemberId: memberId, meeting } }),
    db().report.findMany({
      where: { presenterMemberId: memberId, meeting },
      orderBy: [newest, { position: "asc" }],
      skip: pr.skip,
      take: pr.take,
      select: { title: true, meeting: meetingSelect },
    }),
    db().speech.count({ where: { speakerMemberId: memberId, meeting } }),
    db().speech.findMany({
      where: { speakerMemberId: memberId, meeting },
      orderBy: [newest, { position: "asc" }],
      skip: ps.skip,
      take: ps.take,
      select: { kind: true, title: true, meeting: meetingSelect },
    }),
    db().meeting.count({ where: roleWhere }),
    db().meeting.findMany({
      where: roleWhere,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: pc.skip,
      take: pc.take,
      select: { id: true, title: true, startsAt: true, chairMemberId: true, secretaryMemberId: true },
    }),
    memberYears(actor, memberId),
  ]);
  const figures = attendanceFigures(groups);
  const list = <T>(items: T[], total: number, page: number): RecordList<T> => ({
    items,
    total,
    page,
    pageSize: RECORD_PAGE_SIZE,
  });

  return {
    member: {
      id: m.id,
      fullName: fullName(m),
      title: m.title,
      category: m.category,
      status: m.status,
      unit: { id: m.unit.id, name: m.unit.name },
      admittedOn: m.admittedOn,
      officialOn: m.officialOn,
      canManage: can(actor, "member.manage", { unitId: m.unit.id, unitPath: m.unit.path }),
    },
    period: { from: period.from ?? null, to: period.to ?? null },
    years,
    attendance: {
      ...list(
        attendance.map((a) => ({
          meetingId: a.meeting.id,
          title: a.meeting.title,
          kind: a.meeting.kind,
          date: toVnIsoDateOfDated(a.meeting.startsAt),
          unitName: a.meeting.unit.name,
          status: a.status,
          reason: a.reason,
        })),
        figures.total,
        pa.page,
      ),
      attended: figures.attended,
      absentExcused: figures.absentExcused,
      absentUnexcused: figures.absentUnexcused,
      exemptAbsences: figures.exemptAbsences,
      rate: figures.rate,
    },
    reports: list(
      reports.map((r) => ({
        meetingId: r.meeting.id,
        meetingTitle: r.meeting.title,
        date: toVnIsoDateOfDated(r.meeting.startsAt),
        title: r.title,
      })),
      reportTotal,
      pr.page,
    ),
    speeches: list(
      speeches.map((s) => ({
        meetingId: s.meeting.id,
        meetingTitle: s.meeting.title,
        date: toVnIsoDateOfDated(s.meeting.startsAt),
        kind: s.kind,
        title: s.title,
      })),
      speechTotal,
      ps.page,
    ),
    roles: list(
      roles.map((x) => ({
        meetingId: x.id,
        meetingTitle: x.title,
        date: toVnIsoDateOfDated(x.startsAt),
        roles: [
          ...(x.chairMemberId === memberId ? (["CHAIR"] as const) : []),
          ...(x.secretaryMemberId === memberId ? (["SECRETARY"] as const) : []),
        ],
      })),
      roleTotal,
      pc.page,
    ),
  };
}
