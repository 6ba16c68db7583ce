import { z } from "zod";
import { MeetingKind } from "@/lib/enums";
import { isIsoDate } from "@/lib/vi/date";

/** Query of GET /api/v1/meetings; a bad parameter is a 400 naming it. */
export const meetingListQuerySchema = z
  .object({
    q: z.string().trim().max(200, { error: "Từ khóa quá dài." }).optional(),
    unit: z
      .string()
      .trim()
      .min(1, { error: "Tổ chức Đảng không hợp lệ." })
      .max(64, { error: "Tổ chức Đảng không hợp lệ." })
      .optional(),
    kind: z
      .enum(Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]], { error: "Loại cuộc họp không hợp lệ." })
      .optional(),
    from: z.string().refine(isIsoDate, { error: "Ngày bắt đầu phải có dạng YYYY-MM-DD." }).optional(),
    to: z.string().refine(isIsoDate, { error: "Ngày kết thúc phải có dạng YYYY-MM-DD." }).optional(),
    directive: z
      .string()
      .trim()
      .min(1, { error: "Văn bản không hợp lệ." })
      .max(100, { error: "Văn bản không hợp lệ." })
      .optional(),
    person: z
      .string()
      .trim()
      .min(1, { error: "Người không hợp lệ." })
      .max(64, { error: "Người không hợp lệ." })
      .optional(),
    status: z.enum(["DRAFT", "APPROVED"], { error: "Trạng thái không hợp lệ." }).optional(),
    page: z.coerce
      .number({ error: "Số trang không hợp lệ." })
      .int()
      .min(1, { error: "Số trang không hợp lệ." })
      .max(100_000)
      .default(1),
    pageSize: z.coerce
      .number({ error: "Cỡ trang không hợp lệ." })
      .int()
      .min(1)
      .max(100, { error: "Cỡ trang tối đa 100." })
      .default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "Ngày kết thúc phải sau ngày bắt đầu." });
