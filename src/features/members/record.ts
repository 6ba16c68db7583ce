import "server-only";
/**
 * A person's page: the meetings a member attended, the reports presented and the speeches given,
 * and the attendance rate over a period (used in the yearly assessment of members). Only records
 * the reader may read count; a member out of the reader's roster scope is "not found".
 */
import { db } from "@/server/db";
import { can, meetingReadWhere, type Actor } from "@/server/policy/policy";
import { fromVnDateTime, toVnIsoDateOfDated } from "@/lib/vi/date";
import { fullName } from "@/lib/vi/names";
import type { AttendanceStatus, MeetingKind, MemberCategory, MemberStatus, SpeechKind } from "@/lib/enums";

export interface PeriodFilter {
  /** ISO dates, inclusive, Việt Nam time. */
  from?: string;
  to?: string;
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
  attendance: {
    /** Meetings where the member was on the roster, by status. */
    entries: Array<{
      meetingId: string;
      title: string;
      kind: MeetingKind;
      date: string;
      unitName: string;
      status: AttendanceStatus;
      reason: string | null;
    }>;
    attended: number;
    absentExcused: number;
    absentUnexcused: number;
    /** Absences of a member exempt from meetings (miễn sinh hoạt) are not held against them. */
    exemptAbsences: number;
    /** attended / (attended + absences that count), or null with no meeting in the period. */
    rate: number | null;
  };
  reports: Array<{ meetingId: string; meetingTitle: string; date: string; title: string }>;
  speeches: Array<{ meetingId: string; meetingTitle: string; date: string; kind: SpeechKind; title: string | null }>;
  roles: Array<{ meetingId: string; meetingTitle: string; date: string; role: "CHAIR" | "SECRETARY" }>;
}

const ATTENDED: AttendanceStatus[] = ["PRESENT", "LATE", "LEFT_EARLY"];

function range(p: PeriodFilter) {
  const from = p.from ? fromVnDateTime(`${p.from}T00:00`) : null;
  const toStart = p.to ? fromVnDateTime(`${p.to}T00:00`) : null;
  const to = toStart ? new Date(toStart.getTime() + 86_400_000) : null;
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
}

/** The record of one member as the reader may see it, or null (missing or out of scope). */
export async function getMemberRecord(
  actor: Actor,
  memberId: string,
  period: PeriodFilter = {},
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

  const [attendance, reports, speeches, chaired, minuted, allDates] = await Promise.all([
    db().attendance.findMany({
      where: { memberId, meeting },
      select: { status: true, reason: true, memberStatus: true, meeting: meetingSelect },
    }),
    db().report.findMany({
      where: { presenterMemberId: memberId, meeting },
      select: { title: true, meeting: meetingSelect },
    }),
    db().speech.findMany({
      where: { speakerMemberId: memberId, meeting },
      select: { kind: true, title: true, meeting: meetingSelect },
    }),
    db().meeting.findMany({
      where: { chairMemberId: memberId, ...meeting },
      select: { id: true, title: true, startsAt: true },
    }),
    db().meeting.findMany({
      where: { secretaryMemberId: memberId, ...meeting },
      select: { id: true, title: true, startsAt: true },
    }),
    db().meeting.findMany({
      where: {
        AND: [
          readable,
          {
            OR: [
              { attendance: { some: { memberId } } },
              { reports: { some: { presenterMemberId: memberId } } },
              { speeches: { some: { speakerMemberId: memberId } } },
            ],
          },
        ],
      },
      select: { startsAt: true },
    }),
  ]);

  const newestFirst = <T extends { date: string }>(list: T[]) => list.sort((a, b) => b.date.localeCompare(a.date));
  const entries = newestFirst(
    attendance.map((a) => ({
      meetingId: a.meeting.id,
      title: a.meeting.title,
      kind: a.meeting.kind,
      date: toVnIsoDateOfDated(a.meeting.startsAt),
      unitName: a.meeting.unit.name,
      status: a.status,
      reason: a.reason,
      exempt: a.memberStatus === "EXEMPT",
    })),
  );
  let attended = 0,
    absentExcused = 0,
    absentUnexcused = 0,
    exemptAbsences = 0;
  for (const e of entries) {
    if (ATTENDED.includes(e.status)) attended++;
    else if (e.status === "GUEST") continue;
    else if (e.exempt) exemptAbsences++;
    else if (e.status === "ABSENT_EXCUSED") absentExcused++;
    else absentUnexcused++;
  }
  const counted = attended + absentExcused + absentUnexcused;
  const years = [...new Set(allDates.map((d) => Number(toVnIsoDateOfDated(d.startsAt).slice(0, 4))))].sort(
    (a, b) => b - a,
  );

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
      entries: entries.map(({ exempt: _exempt, ...e }) => e),
      attended,
      absentExcused,
      absentUnexcused,
      exemptAbsences,
      rate: counted ? attended / counted : null,
    },
    reports: newestFirst(
      reports.map((r) => ({
        meetingId: r.meeting.id,
        meetingTitle: r.meeting.title,
        date: toVnIsoDateOfDated(r.meeting.startsAt),
        title: r.title,
      })),
    ),
    speeches: newestFirst(
      speeches.map((s) => ({
        meetingId: s.meeting.id,
        meetingTitle: s.meeting.title,
        date: toVnIsoDateOfDated(s.meeting.startsAt),
        kind: s.kind,
        title: s.title,
      })),
    ),
    roles: newestFirst([
      ...chaired.map((x) => ({
        meetingId: x.id,
        meetingTitle: x.title,
        date: toVnIsoDateOfDated(x.startsAt),
        role: "CHAIR" as const,
      })),
      ...minuted.map((x) => ({
        meetingId: x.id,
        meetingTitle: x.title,
        date: toVnIsoDateOfDated(x.startsAt),
        role: "SECRETARY" as const,
      })),
    ]),
  };
}
