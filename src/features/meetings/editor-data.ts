import "server-only";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/policy/policy";
import { fullName, compareByGivenName } from "@/lib/vi/names";
import { directiveKindLabels } from "@/lib/vi/labels";
import { formatShortDate } from "@/lib/vi/date";
import type { MemberCategory, MemberStatus } from "@/lib/enums";
import { getMeeting, openTasksForMeeting, type OpenTask } from "./data";
import type { MeetingDetail } from "./dto";

export interface RosterEntry {
  id: string;
  name: string;
  title: string | null;
  category: MemberCategory;
  status: MemberStatus;
  unitName: string;
}

export interface EditorData {
  meeting: MeetingDetail;
  roster: RosterEntry[];
  people: RosterEntry[];
  units: Array<{ id: string; name: string }>;
  registry: Array<{ id: string; label: string }>;
  openTasks: OpenTask[];
  canApprove: boolean;
  canDelete: boolean;
}

/** Everything the draft editor needs, or null when the actor may not edit this record. */
export async function getEditorData(actor: Actor, meetingId: string): Promise<EditorData | null> {
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) return null;
  const target = { unitId: meeting.unit.id, unitPath: meeting.unit.path };
  if (!can(actor, "meeting.update", target)) return null;
  const ancestors = meeting.unit.path.split("/").filter(Boolean);
  const [members, units, directives, openTasks] = await Promise.all([
    db().member.findMany({
      where: {
        status: { not: "TRANSFERRED_OUT" },
        unit: { OR: [{ path: { startsWith: meeting.unit.path } }, { id: { in: ancestors } }] },
      },
      select: {
        id: true,
        familyName: true,
        middleName: true,
        givenName: true,
        title: true,
        category: true,
        status: true,
        unit: { select: { name: true, path: true } },
      },
    }),
    db().unit.findMany({
      where: { closedAt: null, OR: [{ path: { startsWith: meeting.unit.path } }, { id: { in: ancestors } }] },
      select: { id: true, name: true },
      orderBy: { path: "asc" },
    }),
    db().directive.findMany({
      where: { mergedIntoId: null },
      select: {
        id: true,
        kind: true,
        number: true,
        symbol: true,
        issuedOn: true,
        issuer: true,
        plenum: true,
        term: true,
        congress: true,
        subject: true,
      },
      orderBy: [{ issuedOn: "desc" }],
      take: 1000,
    }),
    openTasksForMeeting(actor, meetingId),
  ]);
  const people = members.sort(compareByGivenName).map((m) => ({
    id: m.id,
    name: fullName(m),
    title: m.title,
    category: m.category,
    status: m.status,
    unitName: m.unit.name,
    inRoster: m.unit.path.startsWith(meeting.unit.path),
  }));
  return {
    meeting,
    roster: people.filter((p) => p.inRoster).map(({ inRoster: _, ...p }) => p),
    people: people.map(({ inRoster: _, ...p }) => p),
    units,
    registry: directives.map((d) => ({
      id: d.id,
      label: [
        directiveKindLabels[d.kind],
        d.number ? `số ${d.number}${d.symbol ? `-${d.symbol}` : ""}` : "",
        d.plenum ? `Hội nghị Trung ương ${d.plenum}` : "",
        d.congress ? `Đại hội ${d.congress}` : "",
        d.term ? `khóa ${d.term}` : "",
        d.issuedOn ? `ngày ${formatShortDate(d.issuedOn)}` : "",
        d.issuer ? `của ${d.issuer}` : "",
      ]
        .filter(Boolean)
        .join(" "),
    })),
    openTasks,
    canApprove: can(actor, "meeting.approve", target),
    canDelete: can(actor, "meeting.delete", target),
  };
}
