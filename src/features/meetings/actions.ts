"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/server/action";
import { MeetingKind } from "@/lib/enums";
import { amendMeeting, approveMeeting, deleteDraft, startDraft, updateMeeting } from "./mutations";
import { amendmentSchema, approveMeetingSchema, instant, updateMeetingSchema } from "./schema";
import type { MeetingDetail } from "./dto";

const startDraftSchema = z.object({
  unitId: z.string({ error: "Vui lòng chọn chi bộ." }).min(1, { error: "Vui lòng chọn chi bộ." }),
  kind: z.enum(Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]], {
    error: "Vui lòng chọn loại cuộc họp.",
  }),
  startsAt: instant("Thời gian bắt đầu không hợp lệ."),
  copyLast: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

/** "Tạo biên bản": a draft from the template of its kind (or a copy of the last one), then the editor. */
export async function startDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ id: string }>> {
  const state = await runAction(
    formData,
    startDraftSchema,
    async (actor, data) => ({ id: (await startDraft(actor, data)).id }),
    { revalidate: ["/"] },
  );
  if (state.status === "ok" && state.data) redirect(`/meetings/${state.data.id}/edit`);
  return state;
}

const idSchema = z.string().min(1).max(64);

/** Autosave and explicit save of a draft (a plain object from the editor, carrying `version`). */
export async function saveDraftAction(meetingId: string, input: unknown): Promise<ActionState<MeetingDetail>> {
  const id = idSchema.parse(meetingId);
  return runAction(input, updateMeetingSchema, (actor, data) => updateMeeting(actor, id, data), {
    revalidate: [`/meetings/${id}`, "/"],
  });
}

/** The meeting adopts the minutes. */
export async function approveAction(meetingId: string, input: unknown): Promise<ActionState<MeetingDetail>> {
  const id = idSchema.parse(meetingId);
  return runAction(input, approveMeetingSchema, (actor, data) => approveMeeting(actor, id, data), {
    revalidate: [`/meetings/${id}`, "/"],
    message: "Biên bản đã được thông qua và khóa lại.",
  });
}

/** A dated correction of an approved record. */
export async function amendAction(meetingId: string, input: unknown) {
  const id = idSchema.parse(meetingId);
  return runAction(input, amendmentSchema, (actor, data) => amendMeeting(actor, id, data), {
    revalidate: [`/meetings/${id}`],
    message: "Đã ghi đính chính.",
  });
}

/** Deletes a draft (never an approved record). */
export async function deleteDraftAction(meetingId: string): Promise<ActionState<null>> {
  const id = idSchema.parse(meetingId);
  const state = await runAction(
    {},
    z.object({}),
    async (actor) => {
      await deleteDraft(actor, id);
      return null;
    },
    { revalidate: ["/"] },
  );
  if (state.status === "ok") redirect("/");
  return state;
}
