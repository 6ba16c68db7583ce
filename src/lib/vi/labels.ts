/**
 * Vietnamese labels of every enum of the data model, shared by the UI and the document renderers.
 * Each map is a Record over the enum, so a new enum value without a label fails type-checking.
 */
import type {
  AttendanceStatus,
  BulletinStatus,
  DirectiveKind,
  Gender,
  MeetingKind,
  MeetingStatus,
  MemberCategory,
  MemberStatus,
  PositionKind,
  Role,
  SpeechKind,
  TaskStatus,
  UnitKind,
} from "@/lib/enums";

export const unitKindLabels: Record<UnitKind, string> = {
  DANG_BO: "Đảng bộ",
  DANG_BO_CO_SO: "Đảng bộ cơ sở",
  DANG_BO_BO_PHAN: "Đảng bộ bộ phận",
  CHI_BO_CO_SO: "Chi bộ cơ sở",
  CHI_BO: "Chi bộ trực thuộc",
};

export const memberCategoryLabels: Record<MemberCategory, string> = {
  OFFICIAL: "Đảng viên chính thức",
  PROBATIONARY: "Đảng viên dự bị",
};

export const memberStatusLabels: Record<MemberStatus, string> = {
  ACTIVE: "Sinh hoạt thường xuyên",
  EXEMPT: "Miễn sinh hoạt",
  TEMPORARY: "Sinh hoạt tạm thời",
  AWAY_TEMPORARY: "Đi sinh hoạt tạm thời nơi khác",
  TRANSFERRED_OUT: "Đã chuyển sinh hoạt đi",
  SUSPENDED: "Đình chỉ sinh hoạt",
};

export const genderLabels: Record<Gender, string> = {
  MALE: "Nam",
  FEMALE: "Nữ",
};

export const positionKindLabels: Record<PositionKind, string> = {
  PARTY: "Chức vụ Đảng",
  GOVERNMENT: "Chức vụ chính quyền",
  MASS_ORGANIZATION: "Chức vụ đoàn thể",
};

export const roleLabels: Record<Role, string> = {
  ADMIN: "Quản trị",
  SECRETARY: "Thư ký",
  MEMBER: "Đảng viên",
};

export const meetingKindLabels: Record<MeetingKind, string> = {
  THUONG_KY: "Sinh hoạt chi bộ thường kỳ",
  CHUYEN_DE: "Sinh hoạt chuyên đề",
  SO_KET: "Hội nghị sơ kết",
  TONG_KET: "Hội nghị tổng kết",
  DAI_HOI: "Đại hội",
  HOC_TAP_QUAN_TRIET: "Hội nghị học tập, quán triệt",
  KIEM_DIEM: "Hội nghị kiểm điểm",
  HOI_NGHI_CAP_UY: "Hội nghị cấp ủy",
  KHAC: "Cuộc họp khác",
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  DRAFT: "Bản nháp",
  APPROVED: "Đã thông qua",
};

export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  PRESENT: "Có mặt",
  LATE: "Đến muộn",
  LEFT_EARLY: "Về sớm",
  ABSENT_EXCUSED: "Vắng có lý do",
  ABSENT_UNEXCUSED: "Vắng không lý do",
  GUEST: "Khách mời",
};

export const speechKindLabels: Record<SpeechKind, string> = {
  THAM_LUAN: "Tham luận",
  Y_KIEN: "Ý kiến phát biểu",
  CHI_DAO: "Phát biểu chỉ đạo",
  KET_LUAN: "Phát biểu kết luận",
  KHAI_MAC: "Phát biểu khai mạc",
};

export const directiveKindLabels: Record<DirectiveKind, string> = {
  CHI_THI: "Chỉ thị",
  NGHI_QUYET: "Nghị quyết",
  QUY_DINH: "Quy định",
  KET_LUAN: "Kết luận",
  HUONG_DAN: "Hướng dẫn",
  DE_AN: "Đề án",
  KE_HOACH: "Kế hoạch",
  THONG_BAO: "Thông báo",
  QUYET_DINH: "Quyết định",
  CHUONG_TRINH: "Chương trình",
  KHAC: "Văn bản",
};

export const taskStatusLabels: Record<TaskStatus, string> = {
  OPEN: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Đã hoàn thành",
  CANCELLED: "Đã hủy",
};

export const bulletinStatusLabels: Record<BulletinStatus, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã đăng",
};

/** Short forms used in roster files ("Loại đảng viên": Chính thức / Dự bị). */
export const memberCategoryShortLabels: Record<MemberCategory, string> = {
  OFFICIAL: "Chính thức",
  PROBATIONARY: "Dự bị",
};

/** Chuyển sinh hoạt đảng: official (the member's unit changes) or temporary. */
export const transferKindLabels: Record<"OFFICIAL" | "TEMPORARY", string> = {
  OFFICIAL: "Chuyển sinh hoạt chính thức",
  TEMPORARY: "Sinh hoạt tạm thời",
};

/** Said instead of the name of a unit the reader's scope does not contain. */
export const OUTSIDE_SCOPE_UNIT = "một tổ chức ngoài phạm vi của bạn";
/** Said instead of a grant on a unit the reader's scope does not contain. */
export const OUTSIDE_SCOPE_GRANT = "một quyền ở tổ chức ngoài phạm vi của bạn";

/** "một quyền …" or "3 quyền ở tổ chức ngoài phạm vi của bạn". */
export function outsideScopeGrants(n: number): string {
  return n === 1 ? OUTSIDE_SCOPE_GRANT : `${n} quyền ở tổ chức ngoài phạm vi của bạn`;
}
