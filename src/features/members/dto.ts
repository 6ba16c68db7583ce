/** Roster DTOs: what pages and client components receive (no Prisma rows). */
import type { Gender, MemberCategory, MemberStatus, PositionKind } from "@/lib/enums";

export interface MemberListItem {
  id: string;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  title: string | null;
  category: MemberCategory;
  status: MemberStatus;
  birthDate: string | null;
  partyCardNumber: string | null;
  unit: { id: string; name: string };
}

export interface FormerMemberItem {
  id: string;
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  startOn: string | null;
  endOn: string | null;
  note: string | null;
  nowIn: string;
}

export interface MemberDetail {
  id: string;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  admittedOn: string | null;
  officialOn: string | null;
  category: MemberCategory;
  status: MemberStatus;
  statusSince: string | null;
  title: string | null;
  partyCardNumber: string | null;
  unit: { id: string; name: string; closed: boolean };
  positions: Array<{
    id: string;
    kind: PositionKind;
    title: string;
    organ: string | null;
    startOn: string | null;
    endOn: string | null;
  }>;
  memberships: Array<{
    id: string;
    unit: { id: string; name: string };
    startOn: string | null;
    endOn: string | null;
    note: string | null;
  }>;
  statusChanges: Array<{
    id: string;
    status: MemberStatus;
    fromOn: string | null;
    toOn: string | null;
    note: string | null;
  }>;
  /** May the actor edit this member (member.manage on the current unit)? */
  canManage: boolean;
}

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}
