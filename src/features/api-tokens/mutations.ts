import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, grantWithin, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { hashToken } from "@/server/actor";
import type { IssueApiTokenInput, RevokeApiTokenInput } from "./schema";

export interface IssuedToken {
  id: string;
  /** The secret, shown once: only its SHA-256 is stored. */
  token: string;
  prefix: string;
}

/**
 * Issues an API token for a unit the admin administers; the token acts with the chosen role on
 * that unit, under the same policy as the pages. A token cannot issue tokens.
 */
export async function issueApiToken(actor: Actor, input: IssueApiTokenInput): Promise<IssuedToken> {
  if (actor.tokenId) throw new AppError("FORBIDDEN");
  const unit = await db().unit.findUnique({
    where: { id: input.unitId },
    select: { id: true, path: true, closedAt: true },
  });
  if (!unit || !can(actor, "apiToken.manage", { unitId: unit.id, unitPath: unit.path })) {
    throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.", {
      fields: { unitId: ["Không tìm thấy tổ chức Đảng."] },
    });
  }
  if (unit.closedAt) {
    const message = "Tổ chức Đảng này đã giải thể; không cấp mã truy cập mới.";
    throw new AppError("VALIDATION", message, { fields: { unitId: [message] } });
  }
  if (!grantWithin(actor, input.role, { unitId: unit.id, unitPath: unit.path })) {
    const message =
      "Quyền này rộng hơn quyền của bạn (ví dụ: quyền đảng viên đọc cả biên bản của cấp trên). Hãy chọn quyền khác hoặc nhờ quản trị cấp trên cấp mã.";
    throw new AppError("VALIDATION", message, { fields: { role: [message] } });
  }
  const token = `sbb_${randomBytes(24).toString("base64url")}`;
  const prefix = token.slice(0, 10);
  return db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        name: input.name,
        tokenHash: hashToken(token),
        prefix,
        unitId: unit.id,
        role: input.role,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      actor,
      "apiToken.issue",
      { type: "ApiToken", id: row.id, unitId: unit.id },
      { name: input.name, role: input.role, prefix },
    );
    return { id: row.id, token, prefix };
  });
}

/** Revokes a token at once (the next request with it is refused). Revoking twice is refused. */
export async function revokeApiToken(actor: Actor, input: RevokeApiTokenInput): Promise<{ id: string }> {
  if (actor.tokenId) throw new AppError("FORBIDDEN");
  const row = await db().apiToken.findUnique({
    where: { id: input.tokenId },
    select: { id: true, revokedAt: true, unitId: true, unit: { select: { path: true } } },
  });
  if (!row || !can(actor, "apiToken.manage", { unitId: row.unitId, unitPath: row.unit.path }))
    throw new AppError("NOT_FOUND", "Không tìm thấy mã truy cập.");
  if (row.revokedAt) throw new AppError("VALIDATION", "Mã truy cập này đã bị thu hồi trước đó.");
  return db().$transaction(async (tx) => {
    const done = await tx.apiToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (done.count !== 1) throw new AppError("VALIDATION", "Mã truy cập này đã bị thu hồi trước đó.");
    await writeAudit(tx, actor, "apiToken.revoke", { type: "ApiToken", id: row.id, unitId: row.unitId });
    return { id: row.id };
  });
}
