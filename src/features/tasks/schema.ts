import { z } from "zod";
import { viIsoDate, viOptional, viParagraphs, viRequired } from "@/lib/vi/zod";

const statuses = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => v || null);

export const createTaskSchema = z
  .object({
    meetingId: z.string().trim().min(1, "Thiếu biên bản.").max(64),
    resolutionId: optionalId,
    directiveId: optionalId,
    title: viRequired("Hãy nhập nội dung nhiệm vụ.", 1000),
    ownerMemberId: optionalId,
    ownerUnitId: optionalId,
    ownerName: viOptional(200),
    dueOn: z
      .string()
      .nullish()
      .transform((v) => v || null)
      .pipe(viIsoDate("Hạn hoàn thành không hợp lệ.").nullable()),
  })
  .refine((v) => !!(v.ownerMemberId || v.ownerUnitId || v.ownerName), {
    message: "Hãy chọn người hoặc tổ chức chịu trách nhiệm.",
    path: ["ownerMemberId"],
  });
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

export const addTaskNoteSchema = z.object({
  taskId: z.string().trim().min(1, "Thiếu nhiệm vụ.").max(64),
  note: viParagraphs(4000).pipe(z.string({ error: "Hãy ghi tiến độ thực hiện." }).min(1, "Hãy ghi tiến độ thực hiện.")),
  status: z
    .enum(statuses, { error: "Trạng thái không hợp lệ." })
    .or(z.literal(""))
    .nullish()
    .transform((v) => v || null),
});
export type AddTaskNoteInput = z.infer<typeof addTaskNoteSchema>;

export type TaskStatusCode = (typeof statuses)[number];
export const TASK_STATUSES = statuses;
