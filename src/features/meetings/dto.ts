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
  /** Set when the draft was made from an imported text: which fields came from it. */
  imported: { source: string | null; importedAt: string; marks: string[]; warnings: string[] } | null;
  createdAt: string;
  updatedAt: string;
}

/** A record in a list (search results, the home page): defined by the search, which makes them. */
export type { MeetingListItem } from "@/server/search/meetings";
