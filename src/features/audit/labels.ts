/**
 * Vietnamese labels of audit actions and of the keys of their details. Isomorphic. An action
 * without a label falls back to its entity's label and the raw verb, so new actions still read.
 */
import {
  meetingStatusLabels,
  memberCategoryLabels,
  memberStatusLabels,
  OUTSIDE_SCOPE_UNIT,
  outsideScopeGrants,
  roleLabels,
  taskStatusLabels,
  transferKindLabels,
  unitKindLabels,
} from "@/lib/vi/labels";

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
  MemberImport: "Danh sách đảng viên",
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
  name: "Tên",
  role: "Vai trò",
  unitName: "Tổ chức Đảng",
  grants: "Quyền",
  passwordGenerated: "Mật khẩu",
  tokensRevoked: "Mã API bị thu hồi",
  prefix: "Phần đầu của mã",
  viaApiToken: "Thực hiện qua",
  title: "Tiêu đề",
  version: "Phiên bản",
  changed: "Số mục thay đổi",
  field: "Mục đính chính",
  reason: "Lý do",
  status: "Tình trạng",
  category: "Loại đảng viên",
  kind: "Loại",
  from: "Từ",
  to: "Sang",
  on: "Ngày",
  fromOn: "Từ ngày",
  toOn: "Đến ngày",
  dueOn: "Hạn",
  parentId: "Trực thuộc",
  fromParentId: "Từ cấp trên",
  toParentId: "Sang cấp trên",
  fromUnitId: "Từ tổ chức",
  toUnitId: "Đến tổ chức",
  units: "Số tổ chức được chuyển",
  created: "Thêm mới",
  updated: "Cập nhật",
  unchanged: "Không thay đổi",
  skipped: "Bỏ qua (dòng có lỗi)",
  fileName: "Tệp",
  duplicate: "Văn bản trùng",
  kept: "Văn bản giữ lại",
  movedCitations: "Số lần trích dẫn chuyển sang",
  movedTasks: "Số nhiệm vụ chuyển sang",
  value: "Chi tiết",
};

/** Labels that depend on the action (the same key means different things). */
const actionKeyLabels: Record<string, Record<string, string>> = {
  "unit.create": { name: "Tên tổ chức", kind: "Loại tổ chức" },
  "unit.rename": { from: "Tên cũ", to: "Tên mới" },
  "unit.close": { name: "Tên tổ chức" },
  "unit.reopen": { name: "Tên tổ chức" },
  "member.create": { name: "Họ và tên" },
  "member.update": { name: "Họ và tên" },
  "member.transfer": { kind: "Hình thức" },
  "member.import": { units: "Chi bộ" },
  "task.note": { from: "Trạng thái cũ", to: "Trạng thái mới" },
  "meeting.seed": { status: "Trạng thái" },
  "apiToken.issue": { name: "Tên mã truy cập" },
};

/** Keys that only carry ids, paths or repeats (shown elsewhere) and are left out of the details column. */
const hiddenKeys = new Set([
  "unitId",
  "grantId",
  "memberId",
  "meetingId",
  "noteId",
  "directiveId",
  "keepId",
  "fromPath",
  "toPath",
  "label",
  "id",
  "tokenId",
]);

/** The fields of an approved record that an amendment names ("speeches.2.content"). */
const amendFieldLabels: Record<string, string> = {
  title: "Tên cuộc họp",
  summary: "Trích yếu",
  place: "Địa điểm",
  opening: "Khai mạc",
  closing: "Bế mạc",
  rating: "Xếp loại",
  number: "Số biên bản",
  agenda: "Chương trình",
  reports: "Báo cáo",
  speeches: "Phát biểu, tham luận",
  conclusions: "Kết luận",
  resolutions: "Nghị quyết, biểu quyết",
  content: "nội dung",
};

function amendFieldLabel(field: string): string {
  const m = /^([a-z]+)(?:\.(\d+)\.(title|content))?$/.exec(field);
  if (!m || !amendFieldLabels[m[1]]) return "một mục của biên bản";
  if (m[2] === undefined) return amendFieldLabels[m[1]];
  return `${amendFieldLabels[m[1]]}, mục ${Number(m[2]) + 1}, ${m[3] === "title" ? "tiêu đề" : "nội dung"}`;
}

function enumLabel(maps: Array<Record<string, string>>, v: unknown): string | null {
  if (typeof v !== "string") return null;
  for (const map of maps) if (v in map) return map[v];
  return null;
}

function roleLabel(v: unknown): string {
  return enumLabel([roleLabels], v) ?? "vai trò khác";
}

/** "2024-01-31" → "31/01/2024"; anything else as it is. */
function isoDate(v: unknown): string {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(v);
}

function directiveRef(v: unknown): string | null {
  if (!v || typeof v !== "object") return null;
  const d = v as { number?: unknown; symbol?: unknown; issuedOn?: unknown };
  const ref = [d.number, d.symbol].filter((x) => typeof x === "string" && x).join("-");
  const on = typeof d.issuedOn === "string" && d.issuedOn ? `ngày ${isoDate(d.issuedOn)}` : "";
  return [ref || "văn bản không số", on].filter(Boolean).join(", ");
}

export interface AuditDetailContext {
  /** The event's action: some keys read differently per action. */
  action?: string;
  /**
   * Names of the units in the reader's scope. When given, a unit outside it is never named: its
   * grants are counted as outside the scope and its id shows as OUTSIDE_SCOPE_UNIT. Without it, ids
   * are left out and stored names are shown as written.
   */
  unitNames?: ReadonlyMap<string, string>;
}

/** The details of an event as label/value pairs in Vietnamese: no raw keys, ids, paths or enum codes. */
export function auditDetails(data: unknown, ctx: AuditDetailContext = {}): Array<{ label: string; value: string }> {
  if (data == null) return [];
  if (typeof data !== "object" || Array.isArray(data))
    return [{ label: "Chi tiết", value: typeof data === "string" ? data : "" }].filter((d) => d.value);
  const action = ctx.action ?? "";
  const unitName = (id: unknown): string | null => {
    if (typeof id !== "string" || !ctx.unitNames) return null;
    return ctx.unitNames.get(id) ?? OUTSIDE_SCOPE_UNIT;
  };
  const out: Array<{ label: string; value: string }> = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (hiddenKeys.has(key) || value === null || value === undefined) continue;
    const label = actionKeyLabels[action]?.[key] ?? detailKeyLabels[key];
    if (!label) continue; // an unknown key: never shown raw
    const push = (v: string | null) => {
      if (v !== null && v !== "") out.push({ label, value: v });
    };
    switch (key) {
      case "role":
        push(roleLabel(value));
        break;
      case "passwordGenerated":
        push(value ? "do hệ thống tạo" : "do quản trị viên đặt");
        break;
      case "viaApiToken":
        push("mã truy cập API");
        break;
      case "grants": {
        if (!Array.isArray(value)) break;
        const shown: string[] = [];
        let outside = 0;
        for (const g of value as Array<{ role?: unknown; unitId?: unknown; unitName?: unknown }>) {
          if (ctx.unitNames && (typeof g.unitId !== "string" || !ctx.unitNames.has(g.unitId))) outside++;
          else
            shown.push(
              `${roleLabel(g.role)} – ${String(g.unitName ?? (typeof g.unitId === "string" ? ctx.unitNames?.get(g.unitId) : "") ?? "")}`,
            );
        }
        if (outside) shown.push(outsideScopeGrants(outside));
        push(shown.join("; "));
        break;
      }
      case "kind":
        push(
          enumLabel(
            action === "member.transfer" ? [transferKindLabels] : [unitKindLabels, transferKindLabels],
            value,
          ) ?? "loại khác",
        );
        break;
      case "status":
        push(
          enumLabel(
            action.startsWith("meeting.")
              ? [meetingStatusLabels]
              : action.startsWith("task.")
                ? [taskStatusLabels]
                : [memberStatusLabels, meetingStatusLabels, taskStatusLabels],
            value,
          ) ?? "tình trạng khác",
        );
        break;
      case "category":
        push(enumLabel([memberCategoryLabels], value) ?? "loại khác");
        break;
      case "from":
      case "to":
        push(action.startsWith("task.") ? (enumLabel([taskStatusLabels], value) ?? "trạng thái khác") : String(value));
        break;
      case "on":
      case "fromOn":
      case "toOn":
      case "dueOn":
        push(isoDate(value));
        break;
      case "parentId":
      case "fromParentId":
      case "toParentId":
      case "fromUnitId":
      case "toUnitId":
        push(unitName(value));
        break;
      case "units":
        if (typeof value === "number") push(String(value));
        else if (Array.isArray(value) && ctx.unitNames) {
          const names = value.map(unitName).filter((n): n is string => !!n);
          const outside = names.filter((n) => n === OUTSIDE_SCOPE_UNIT).length;
          push(
            [
              ...new Set(names.filter((n) => n !== OUTSIDE_SCOPE_UNIT)),
              ...(outside ? [outside === 1 ? OUTSIDE_SCOPE_UNIT : `${outside} tổ chức ngoài phạm vi của bạn`] : []),
            ].join("; "),
          );
        }
        break;
      case "field":
        push(typeof value === "string" ? amendFieldLabel(value) : null);
        break;
      case "duplicate":
      case "kept":
        push(directiveRef(value));
        break;
      default:
        if (typeof value === "boolean") push(value ? "có" : "không");
        else if (typeof value === "string" || typeof value === "number") push(String(value));
        else if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number"))
          push(value.join("; "));
      // other objects: nothing raw is shown
    }
  }
  return out;
}
