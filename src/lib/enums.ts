/**
 * The data model's enums, as plain constants safe for client bundles. Both generated clients
 * (SQLite and PostgreSQL) share these values; the PostgreSQL flavour is the typing reference.
 */
export {
  UnitKind,
  MemberCategory,
  MemberStatus,
  Gender,
  PositionKind,
  Role,
  MeetingKind,
  MeetingStatus,
  AttendanceStatus,
  SpeechKind,
  DirectiveKind,
  TaskStatus,
  BulletinStatus,
} from "@/generated/postgres/enums";
