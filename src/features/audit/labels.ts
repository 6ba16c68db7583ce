/**
 * Vietnamese labels of audit actions and of the keys of their details. Isomorphic. An action
 * without a label falls back to its entity's label and the raw verb, so new actions still read.
 */
import { roleLabels } from "@/lib/vi/labels";
import type { Role } from "@/lib/enums";

export const auditActionLabels: Record<string, string> = {
  "meeting.seed": "Nạp biên bản mẫu",
  "meeting.create": "Tạo biên bản",
  "meeting.update": "Sửa biên bản",
  "meeting.approve": "Thông qua biên bản",
  "meeting.amend": "Đính chính biên bản",
  "meeting.delete": "Xóa bản nháp biên bản",
  "bulletin.create": "Tạo bản tin",
  "bulletin.update": "Sửa bản tin",
  "bulletin.publish": "Đăng bản tin",
  "bulletin.unpublish": "Gỡ bản tin",
  "directive.merge": "Gộp văn bản trùng",
  "task.create": "Giao nhiệm vụ",
  "task.note": "Ghi tiến độ nhiệm vụ",
  "account.create": "Tạo tài khoản",
  "account.disable": "Khóa tài khoản",
  "account.enable": "Mở khóa tài khoản",
  "account.resetPassword": "Đặt lại mật khẩu",
  "account.changePassword": "Tự đổi mật khẩu",
  "account.grant": "Cấp quyền",
  "account.revoke": "Thu hồi quyền",
  "account.delete": "Xóa tài khoản chưa dùng",
  "unit.create": "Thêm tổ chức Đảng",
  "unit.rename": "Đổi tên tổ chức Đảng",
  "unit.move": "Chuyển tổ chức Đảng sang cấp trên khác",
  "unit.close": "Giải thể tổ chức Đảng",
  "unit.reopen": "Khôi phục tổ chức Đảng",
  "member.create": "Thêm đảng viên",
  "member.update": "Sửa hồ sơ đảng viên",
  "member.status": "Ghi tình trạng sinh hoạt",
  "member.transfer": "Chuyển sinh hoạt đảng",
  "member.import": "Nhập danh sách đảng viên",
  "apiToken.issue": "Cấp mã truy cập API",
  "apiToken.revoke": "Thu hồi mã truy cập API",
};

export const auditEntityLabels: Record<string, string> = {
  Meeting: "Biên bản",
  Bulletin: "Bản tin",
  Directive: "Văn bản",
  Task: "Nhiệm vụ",
  User: "Tài khoản",
  Member: "Đảng viên",
  Unit: "Tổ chức Đảng",
  ApiToken: "Mã truy cập API",
};

/** Action groups offered by the audit filter: a value ending in "." matches by prefix. */
export const auditActionGroups: Array<{ value: string; label: string }> = [
  { value: "meeting.", label: "Biên bản (mọi thao tác)" },
  { value: "account.", label: "Tài khoản (mọi thao tác)" },
  { value: "bulletin.", label: "Bản tin (mọi thao tác)" },
  { value: "task.", label: "Nhiệm vụ (mọi thao tác)" },
  { value: "unit.", label: "Tổ chức Đảng (mọi thao tác)" },
  { value: "member.", label: "Đảng viên (mọi thao tác)" },
  { value: "apiToken.", label: "Mã truy cập API (mọi thao tác)" },
];

export function auditActionLabel(action: string): string {
  const known = auditActionLabels[action];
  if (known) return known;
  const [entity, verb] = action.split(".");
  const entityLabel = auditEntityLabels[entity.charAt(0).toUpperCase() + entity.slice(1)];
  return entityLabel ? `${entityLabel}: ${verb ?? ""}`.trim() : action;
}

const detailKeyLabels: Record<string, string> = {
  username: "Tên đăng nhập",
  displayName: "Họ tên",
  role: "Vai trò",
  unitName: "Tổ chức Đảng",
  grants: "Quyền",
  passwordGenerated: "Mật khẩu",
  tokensRevoked: "Mã API bị thu hồi",
  title: "Tiêu đề",
  version: "Phiên bản",
  changed: "Số trường thay đổi",
  field: "Trường",
  reason: "Lý do",
  status: "Trạng thái",
  from: "Từ",
  to: "Sang",
  dueOn: "Hạn",
};

/** Keys that only carry ids (shown elsewhere by name) and are left out of the details column. */
const hiddenKeys = new Set(["unitId", "grantId", "memberId", "meetingId", "noteId", "directiveId", "keepId"]);

function roleLabel(v: unknown): string {
  return typeof v === "string" && v in roleLabels ? roleLabels[v as Role] : String(v);
}

/** The details of an event as label/value pairs in Vietnamese. */
export function auditDetails(data: unknown): Array<{ label: string; value: string }> {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data == null ? [] : [{ label: "Chi tiết", value: JSON.stringify(data) }];
  const out: Array<{ label: string; value: string }> = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (hiddenKeys.has(key) || value === null || value === undefined) continue;
    const label = detailKeyLabels[key] ?? key;
    if (key === "role") out.push({ label, value: roleLabel(value) });
    else if (key === "passwordGenerated") out.push({ label, value: value ? "do hệ thống tạo" : "do quản trị viên đặt" });
    else if (key === "grants" && Array.isArray(value)) {
      out.push({ label, value: value.map((g: { role?: unknown; unitName?: unknown }) => `${roleLabel(g.role)} – ${String(g.unitName ?? "")}`).join("; ") });
    } else if (typeof value === "object") out.push({ label, value: JSON.stringify(value) });
    else out.push({ label, value: String(value) });
  }
  return out;
}
