import "server-only";
import type { Db, Tx } from "@/server/db";
import { fullName } from "@/lib/vi/names";

/**
 * What a fingerprint covers, read from the database rows (README "Verification" documents every
 * field). Only what the meeting adopted: no database ids, no timestamps of the database, no follow-up
 * (task progress, bulletins, search columns). Names of roster members are the names the record prints.
 */

const name = { select: { familyName: true, middleName: true, givenName: true } } as const;
const byPosition = [{ position: "asc" }, { id: "asc" }] as const;

type NameParts = { familyName: string; middleName: string; givenName: string } | null;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function person(member: NameParts, storedName: string | null, title: string | null) {
  const n = member ? fullName(member) : storedName;
  return n || title ? { name: n ?? null, title: title ?? null } : null;
}

const ATTENDANCE_STATUSES = ["PRESENT", "LATE", "LEFT_EARLY", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED", "GUEST"] as const;

/** The record part of an approval's canonical form, or null when the meeting does not exist. */
export async function canonicalRecord(tx: Tx | Db, meetingId: string) {
  const m = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      kind: true,
      title: true,
      summary: true,
      number: true,
      startsAt: true,
      endsAt: true,
      place: true,
      chair: name,
      chairName: true,
      chairTitle: true,
      secretary: name,
      secretaryName: true,
      secretaryTitle: true,
      combined: true,
      opening: true,
      closing: true,
      rating: true,
      status: true,
      approvedAt: true,
      minutesVoteFor: true,
      minutesVoteAgainst: true,
      minutesVoteAbstain: true,
      unit: { select: { name: true, kind: true } },
      attendance: {
        orderBy: [...byPosition],
        select: { name: true, title: true, status: true, category: true, memberStatus: true, reason: true },
      },
      agendaItems: { orderBy: [...byPosition], select: { title: true, content: true } },
      reports: {
        orderBy: [...byPosition],
        select: { title: true, content: true, presenter: name, presenterName: true, presenterTitle: true },
      },
      speeches: {
        orderBy: [...byPosition],
        select: {
          kind: true,
          title: true,
          content: true,
          speaker: name,
          speakerName: true,
          speakerTitle: true,
          speakerUnit: { select: { name: true } },
          speakerUnitName: true,
        },
      },
      citations: { orderBy: [...byPosition], select: { raw: true, note: true } },
      conclusions: { orderBy: [...byPosition], select: { content: true } },
      resolutions: {
        orderBy: [...byPosition],
        select: { title: true, content: true, voteFor: true, voteAgainst: true, voteAbstain: true },
      },
    },
  });
  if (!m) return null;
  const counts: Record<string, number> = {};
  for (const s of ATTENDANCE_STATUSES) counts[s] = m.attendance.filter((a) => a.status === s).length;
  return {
    unit: { name: m.unit.name, kind: m.unit.kind },
    kind: m.kind,
    number: m.number,
    title: m.title,
    summary: m.summary,
    startsAt: iso(m.startsAt),
    endsAt: iso(m.endsAt),
    place: m.place,
    chair: person(m.chair, m.chairName, m.chairTitle),
    secretary: person(m.secretary, m.secretaryName, m.secretaryTitle),
    combined: m.combined,
    attendance: {
      counts: { ...counts, total: m.attendance.length },
      entries: m.attendance.map((a) => ({
        name: a.name,
        title: a.title,
        status: a.status,
        category: a.category,
        memberStatus: a.memberStatus,
        reason: a.reason,
      })),
    },
    opening: m.opening,
    agenda: m.agendaItems.map((a) => ({ title: a.title, content: a.content })),
    reports: m.reports.map((r) => ({
      title: r.title,
      presenter: person(r.presenter, r.presenterName, r.presenterTitle),
      content: r.content,
    })),
    speeches: m.speeches.map((s) => ({
      kind: s.kind,
      title: s.title,
      speaker: person(s.speaker, s.speakerName, s.speakerTitle),
      unit: s.speakerUnit?.name ?? s.speakerUnitName ?? null,
      content: s.content,
    })),
    directives: m.citations.map((c) => ({ raw: c.raw, note: c.note })),
    conclusions: m.conclusions.map((c) => c.content),
    resolutions: m.resolutions.map((r) => ({
      title: r.title,
      content: r.content,
      vote: { for: r.voteFor, against: r.voteAgainst, abstain: r.voteAbstain },
    })),
    closing: m.closing,
    rating: m.rating,
    approval: {
      status: m.status,
      date: iso(m.approvedAt),
      vote:
        m.minutesVoteFor === null && m.minutesVoteAgainst === null && m.minutesVoteAbstain === null
          ? null
          : { for: m.minutesVoteFor, against: m.minutesVoteAgainst, abstain: m.minutesVoteAbstain },
    },
  };
}

export type CanonicalRecord = NonNullable<Awaited<ReturnType<typeof canonicalRecord>>>;

/** The hashed form of an approval: the record and the fingerprint of the unit's previous approved record. */
export function approvalForm(record: CanonicalRecord, previous: string | null) {
  return { v: 1, type: "sobienban.record", previous, record };
}

export interface AmendmentRow {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  createdAt: Date;
  /** the author's user name (login), stable where the display name may change */
  author: string | null;
}

/** The hashed form of an amendment: the record's previous fingerprint and the correction. */
export function amendmentForm(a: AmendmentRow, previous: string) {
  return {
    v: 1,
    type: "sobienban.amendment",
    previous,
    field: a.field,
    old: a.oldValue,
    new: a.newValue,
    reason: a.reason,
    date: a.createdAt.toISOString(),
    author: a.author,
  };
}
