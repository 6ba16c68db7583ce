import "server-only";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/policy/policy";
import { fullName, compareByGivenName } from "@/lib/vi/names";
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
  /** The roster and anyone else the draft's attendance names, by id (choosers look the rest up). */
  people: RosterEntry[];
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
  const listed = meeting.attendance.entries.flatMap((e) => (e.memberId ? [e.memberId] : []));
  const [members, openTasks] = await Promise.all([
    db().member.findMany({
      where: {
        OR: [
          { status: { not: "TRANSFERRED_OUT" }, unit: { path: { startsWith: meeting.unit.path } } },
          { id: { in: listed } },
        ],
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
    openTasksForMeeting(actor, meetingId),
  ]);
  const people = members.sort(compareByGivenName).map((m) => ({
    id: m.id,
    name: fullName(m),
    title: m.title,
    category: m.category,
    status: m.status,
    unitName: m.unit.name,
    inRoster: m.status !== "TRANSFERRED_OUT" && m.unit.path.startsWith(meeting.unit.path),
  }));
  return {
    meeting,
    roster: people.filter((p) => p.inRoster).map(({ inRoster: _, ...p }) => p),
    people: people.map(({ inRoster: _, ...p }) => p),
    openTasks,
    canApprove: can(actor, "meeting.approve", target),
    canDelete: can(actor, "meeting.delete", target),
  };
}
