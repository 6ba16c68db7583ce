/**
 * zod schemas of a meeting record as the editor and the JSON API send it. The input has the same
 * shape as `GET /api/v1/meetings/{id}` (MeetingDetail): ids, status, version (except on update) and
 * computed fields (attendance.summary, votes' eligible/passed/reason) are accepted and ignored.
 * Isomorphic: used by the client editor for instant messages and by the server as the contract.
 */
import { z } from "zod";
import { viIsoDate, viOptional, viParagraphs, viRequired } from "@/lib/vi/zod";
import { fromVnDateTime } from "@/lib/vi/date";
import { AttendanceStatus, DirectiveKind, MeetingKind, SpeechKind, TaskStatus } from "@/lib/enums";

const id = z.string().trim().min(1).max(64);
const optionalId = id.nullish().transform((v) => v ?? null);

/** An instant: full ISO with offset ("2023-07-26T01:00:00.000Z") or Việt Nam wall clock ("2023-07-26T08:00"). */
export const instant = (message: string) =>
  z.string({ error: message }).transform((s, ctx) => {
    const t = s.trim();
    const d = /[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? new Date(t) : fromVnDateTime(t);
    if (!d || Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return d;
  });

const enumOf = <T extends Record<string, string>>(e: T, message: string) =>
  z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]], { error: message });

const count = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(100_000, { error: `${label} quá lớn.` });

export const personSchema = z
  .object({
    memberId: optionalId,
    name: viOptional(200),
    title: viOptional(300),
  })
  .nullish()
  .transform((p) => (p && (p.memberId || p.name) ? p : null));

/** The id of a stored child row, sent back as read: the row keeps its identity (and the links to it) on save. */
const rowId = id.nullish();

export const attendanceEntrySchema = z
  .object({
    id: rowId,
    memberId: optionalId,
    name: viOptional(200),
    title: viOptional(300),
    status: enumOf(AttendanceStatus, "Tình trạng dự họp không hợp lệ."),
    reason: viOptional(300),
  })
  .superRefine((e, ctx) => {
    if (!e.memberId && !e.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Vui lòng nhập họ tên." });
    if (e.status === "GUEST" && !e.name)
      ctx.addIssue({ code: "custom", path: ["name"], message: "Vui lòng nhập họ tên khách mời." });
    if (e.status !== "GUEST" && !e.memberId) {
      ctx.addIssue({
        code: "custom",
        path: ["memberId"],
        message: "Đảng viên phải được chọn từ danh sách của chi bộ.",
      });
    }
    if (e.status === "ABSENT_EXCUSED" && !e.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Vui lòng ghi lý do vắng." });
  });

export const directiveRefSchema = z
  .object({
    id: rowId,
    directiveId: optionalId,
    kind: enumOf(DirectiveKind, "Loại văn bản không hợp lệ.").nullish(),
    number: viOptional(20),
    symbol: viOptional(40),
    issuedOn: viIsoDate("Ngày ban hành không hợp lệ.").nullish(),
    issuer: viOptional(300),
    term: viOptional(10),
    plenum: viOptional(10),
    congress: viOptional(10),
    subject: viOptional(1000),
    raw: viOptional(500),
    note: viOptional(1000),
  })
  .superRefine((d, ctx) => {
    if (!d.directiveId && !d.kind && !d.raw) {
      ctx.addIssue({
        code: "custom",
        path: ["raw"],
        message:
          "Vui lòng chọn văn bản hoặc nhập trích dẫn, ví dụ “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”.",
      });
    }
  });

const agendaItemSchema = z.object({
  id: rowId,
  title: viRequired("Vui lòng nhập nội dung chương trình."),
  content: viParagraphs(),
});

const reportSchema = z.object({
  id: rowId,
  title: viRequired("Vui lòng nhập tên báo cáo."),
  presenter: personSchema,
  content: viParagraphs(),
});

const speechSchema = z
  .object({
    id: rowId,
    kind: enumOf(SpeechKind, "Loại phát biểu không hợp lệ."),
    title: viOptional(500),
    speaker: personSchema,
    unit: z
      .object({ id: optionalId, name: viOptional(300) })
      .nullish()
      .transform((u) => (u && (u.id || u.name) ? u : null)),
    content: viParagraphs(),
  })
  .superRefine((s, ctx) => {
    if (!s.speaker && !s.unit)
      ctx.addIssue({ code: "custom", path: ["speaker"], message: "Vui lòng ghi người phát biểu hoặc đơn vị." });
  });

const resolutionSchema = z.object({
  id: rowId,
  title: viRequired("Vui lòng nhập nội dung nghị quyết."),
  content: viParagraphs(),
  vote: z
    .object({ for: count("Số tán thành"), against: count("Số không tán thành"), abstain: count("Số không biểu quyết") })
    .default({ for: 0, against: 0, abstain: 0 }),
});

const taskSchema = z.object({
  /** An existing task of this meeting keeps its id (and its progress notes) when saved again. */
  id: optionalId,
  title: viRequired("Vui lòng nhập nhiệm vụ."),
  owner: personSchema,
  dueOn: viIsoDate("Hạn hoàn thành không hợp lệ.")
    .nullish()
    .transform((v) => v ?? null),
  status: enumOf(TaskStatus, "Trạng thái nhiệm vụ không hợp lệ.").default("OPEN"),
  /** The resolution of this record the task carries out; left out keeps the stored link, null clears it. */
  resolutionId: id.nullish(),
});

/** Every editable field of a record, without defaults (so a partial update leaves the rest alone). */
const fieldShape = {
  kind: enumOf(MeetingKind, "Vui lòng chọn loại cuộc họp."),
  title: viRequired("Vui lòng nhập tên cuộc họp.", 300),
  summary: viOptional(500),
  number: viOptional(40),
  /** Null (or "") while a draft has no date yet; approval requires one. */
  startsAt: z.preprocess((v) => (v === "" ? null : v), instant("Thời gian bắt đầu không hợp lệ.").nullable()),
  endsAt: instant("Thời gian kết thúc không hợp lệ.")
    .nullish()
    .transform((v) => v ?? null),
  place: viOptional(300).transform((v) => v ?? ""),
  chair: personSchema,
  secretary: personSchema,
  combined: z.coerce.boolean(),
  opening: viParagraphs(),
  closing: viParagraphs(),
  rating: viOptional(100),
  attendance: z.object({ entries: z.array(attendanceEntrySchema).max(2000) }),
  agenda: z.array(agendaItemSchema).max(200),
  reports: z.array(reportSchema).max(200),
  speeches: z.array(speechSchema).max(500),
  directives: z.array(directiveRefSchema).max(200),
  conclusions: z
    .array(z.object({ id: rowId, content: viRequired("Vui lòng nhập nội dung kết luận.", 20_000) }))
    .max(100),
  resolutions: z.array(resolutionSchema).max(100),
  tasks: z.array(taskSchema).max(500),
};

/** A whole record: lists and flags that are left out start empty. */
export const meetingFieldsSchema = z.object({
  ...fieldShape,
  combined: fieldShape.combined.default(false),
  attendance: z.object({ entries: z.array(attendanceEntrySchema).max(2000).default([]) }).default({ entries: [] }),
  agenda: fieldShape.agenda.default([]),
  reports: fieldShape.reports.default([]),
  speeches: fieldShape.speeches.default([]),
  directives: fieldShape.directives.default([]),
  conclusions: fieldShape.conclusions.default([]),
  resolutions: fieldShape.resolutions.default([]),
  tasks: fieldShape.tasks.default([]),
});

export type MeetingFields = z.output<typeof meetingFieldsSchema>;

function checkRecord(m: Partial<MeetingFields>, ctx: z.RefinementCtx) {
  if (m.startsAt && m.endsAt && m.endsAt < m.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Thời gian kết thúc phải sau thời gian bắt đầu." });
  }
  const seen = new Set<string>();
  m.attendance?.entries.forEach((e, i) => {
    if (!e.memberId) return;
    if (seen.has(e.memberId))
      ctx.addIssue({
        code: "custom",
        path: ["attendance", "entries", i, "memberId"],
        message: "Đảng viên này đã có trong danh sách.",
      });
    seen.add(e.memberId);
  });
}

/** POST /api/v1/meetings and the "new meeting" form: where (`unit.id`) and every field. */
export const createMeetingSchema = meetingFieldsSchema
  .extend({ unit: z.object({ id: id }, { error: "Vui lòng chọn chi bộ." }) })
  .superRefine(checkRecord);
export type CreateMeetingInput = z.output<typeof createMeetingSchema>;

/** PATCH: any subset of the fields, based on `version`. */
export const updateMeetingSchema = z
  .object(fieldShape)
  .partial()
  .extend({ version: z.coerce.number({ error: "Thiếu phiên bản của biên bản." }).int().min(1) })
  .superRefine(checkRecord);
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;

export const approveMeetingSchema = z.object({
  version: z.coerce.number({ error: "Thiếu phiên bản của biên bản." }).int().min(1),
  /** When the meeting adopted the minutes; absent: the meeting's end (adoption.ts). */
  approvedAt: instant("Thời điểm thông qua không hợp lệ.")
    .nullish()
    .transform((v) => v ?? null),
  minutesVote: z
    .object({ for: count("Số tán thành"), against: count("Số không tán thành"), abstain: count("Số không biểu quyết") })
    .nullish()
    .transform((v) => v ?? null),
});
export type ApproveMeetingInput = Omit<z.output<typeof approveMeetingSchema>, "approvedAt"> & {
  approvedAt?: Date | null;
};

export const amendmentSchema = z.object({
  field: viRequired("Vui lòng chọn mục cần đính chính.", 200),
  newValue: viParagraphs(20_000).transform((v) => v ?? ""),
  reason: viRequired("Vui lòng ghi lý do đính chính.", 1000),
  /** The last amendment of this field the user saw (record's `current[field].amendmentId`); null: the text as adopted. */
  basedOn: id.nullish(),
  /** Or: the reading of the field the user saw. Either one makes a stale amendment a 409 with the reading now. */
  expectedValue: viParagraphs(20_000).optional(),
});
export type AmendmentInput = z.output<typeof amendmentSchema>;
