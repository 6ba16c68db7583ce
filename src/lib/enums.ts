/**
 * The data model's enums (prisma/schema.source.prisma), as plain constants safe for client bundles
 * and checkable before `npm run db:generate`. They are written here by hand and must equal the
 * generated ones of both clients: src/server/enums.test.ts and src/server/enums-in-sync.ts fail
 * when a schema enum changes and this file does not. Add a new value here when you add it to the schema.
 */
export const UnitKind = {
  DANG_BO: "DANG_BO",
  DANG_BO_CO_SO: "DANG_BO_CO_SO",
  DANG_BO_BO_PHAN: "DANG_BO_BO_PHAN",
  CHI_BO_CO_SO: "CHI_BO_CO_SO",
  CHI_BO: "CHI_BO",
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

export const MemberCategory = {
  OFFICIAL: "OFFICIAL",
  PROBATIONARY: "PROBATIONARY",
} as const;
export type MemberCategory = (typeof MemberCategory)[keyof typeof MemberCategory];

export const MemberStatus = {
  ACTIVE: "ACTIVE",
  EXEMPT: "EXEMPT",
  TEMPORARY: "TEMPORARY",
  AWAY_TEMPORARY: "AWAY_TEMPORARY",
  TRANSFERRED_OUT: "TRANSFERRED_OUT",
  SUSPENDED: "SUSPENDED",
} as const;
export type MemberStatus = (typeof MemberStatus)[keyof typeof MemberStatus];

export const Gender = {
  MALE: "MALE",
  FEMALE: "FEMALE",
} as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

export const PositionKind = {
  PARTY: "PARTY",
  GOVERNMENT: "GOVERNMENT",
  MASS_ORGANIZATION: "MASS_ORGANIZATION",
} as const;
export type PositionKind = (typeof PositionKind)[keyof typeof PositionKind];

export const Role = {
  ADMIN: "ADMIN",
  SECRETARY: "SECRETARY",
  MEMBER: "MEMBER",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const MeetingKind = {
  THUONG_KY: "THUONG_KY",
  CHUYEN_DE: "CHUYEN_DE",
  SO_KET: "SO_KET",
  TONG_KET: "TONG_KET",
  DAI_HOI: "DAI_HOI",
  HOC_TAP_QUAN_TRIET: "HOC_TAP_QUAN_TRIET",
  KIEM_DIEM: "KIEM_DIEM",
  HOI_NGHI_CAP_UY: "HOI_NGHI_CAP_UY",
  KHAC: "KHAC",
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

export const MeetingStatus = {
  DRAFT: "DRAFT",
  APPROVED: "APPROVED",
} as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];

export const AttendanceStatus = {
  PRESENT: "PRESENT",
  LATE: "LATE",
  LEFT_EARLY: "LEFT_EARLY",
  ABSENT_EXCUSED: "ABSENT_EXCUSED",
  ABSENT_UNEXCUSED: "ABSENT_UNEXCUSED",
  GUEST: "GUEST",
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const SpeechKind = {
  THAM_LUAN: "THAM_LUAN",
  Y_KIEN: "Y_KIEN",
  CHI_DAO: "CHI_DAO",
  KET_LUAN: "KET_LUAN",
  KHAI_MAC: "KHAI_MAC",
} as const;
export type SpeechKind = (typeof SpeechKind)[keyof typeof SpeechKind];

export const DirectiveKind = {
  CHI_THI: "CHI_THI",
  NGHI_QUYET: "NGHI_QUYET",
  QUY_DINH: "QUY_DINH",
  KET_LUAN: "KET_LUAN",
  HUONG_DAN: "HUONG_DAN",
  DE_AN: "DE_AN",
  KE_HOACH: "KE_HOACH",
  THONG_BAO: "THONG_BAO",
  QUYET_DINH: "QUYET_DINH",
  CHUONG_TRINH: "CHUONG_TRINH",
  KHAC: "KHAC",
} as const;
export type DirectiveKind = (typeof DirectiveKind)[keyof typeof DirectiveKind];

export const TaskStatus = {
  OPEN: "OPEN",
  IN_PROGRESS: "IN_PROGRESS",
  DONE: "DONE",
  CANCELLED: "CANCELLED",
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export const BulletinStatus = {
  DRAFT: "DRAFT",
  PUBLISHED: "PUBLISHED",
} as const;
export type BulletinStatus = (typeof BulletinStatus)[keyof typeof BulletinStatus];
