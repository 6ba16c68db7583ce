/** Approval: the meeting adopts its minutes (draft → approved, with the vote on the minutes); then locked. */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/policy/policy";
import { adoptionTimeError, defaultAdoptionTime } from "./adoption";
import { getMeeting } from "./data";
import type { MeetingDetail } from "./dto";
import type { ApproveMeetingInput } from "./schema";
import { finishWrite, loadForWrite, readDetailTx } from "./mutations-common";
import { sealApproval } from "@/features/verification";

/** The meeting adopts its minutes: draft → approved, with the vote on the minutes; then locked. */
export async function approveMeeting(actor: Actor, id: string, input: ApproveMeetingInput): Promise<MeetingDetail> {
  const target = await loadForWrite(actor, id, "meeting.approve");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED", "Biên bản đã được thông qua trước đó.");
  const current = await getMeeting(actor, id);
  if (!current) throw new AppError("NOT_FOUND");
  const fields: Record<string, string[]> = {};
  if (!current.startsAt) fields.startsAt = ["Biên bản cần ghi ngày họp trước khi thông qua."];
  if (!current.chair) fields.chair = ["Biên bản cần ghi rõ người chủ trì trước khi thông qua."];
  if (!current.secretary) fields.secretary = ["Biên bản cần ghi rõ thư ký trước khi thông qua."];
  if (current.attendance.summary.total === 0) fields.attendance = ["Biên bản cần có danh sách đảng viên dự họp."];
  if (
    input.minutesVote &&
    input.minutesVote.for + input.minutesVote.against + input.minutesVote.abstain > current.attendance.summary.present
  ) {
    fields.minutesVote = ["Số biểu quyết nhiều hơn số đảng viên có mặt."];
  }
  // adopted at the end of the meeting unless told otherwise (#12 item 7): never the time of the click
  const approvedAt = input.approvedAt ?? defaultAdoptionTime(current);
  const atError = current.startsAt ? adoptionTimeError(approvedAt, current) : null;
  if (atError) fields.approvedAt = [atError];
  if (Object.keys(fields).length)
    throw new AppError("VALIDATION", "Biên bản chưa đủ điều kiện để thông qua.", { fields });
  try {
    return await db().$transaction(async (tx) => {
      const before = await readDetailTx(tx, id);
      const done = await tx.meeting.updateMany({
        where: { id, version: input.version, status: "DRAFT", deletedAt: null },
        data: {
          status: "APPROVED",
          approvedAt,
          approvedById: actor.userId,
          minutesVoteFor: input.minutesVote?.for ?? null,
          minutesVoteAgainst: input.minutesVote?.against ?? null,
          minutesVoteAbstain: input.minutesVote?.abstain ?? null,
          version: { increment: 1 },
        },
      });
      if (done.count !== 1) throw new AppError("CONFLICT");
      await sealApproval(tx, id);
      return finishWrite(tx, actor, "meeting.approve", before, id, input.version + 1);
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT")
      throw new AppError("CONFLICT", undefined, { details: await getMeeting(actor, id) });
    throw e;
  }
}
