import "server-only";
import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { chainAuditEvent, fingerprintOf, nextLink, setChainHead, unitChain } from "@/server/chain";
import { canonicalJson, codeFromFingerprint } from "@/lib/verification/canonical";
import { amendmentForm, approvalForm, canonicalRecord, type AmendmentRow } from "./canonical-record";

/**
 * Seals an approved record inside the approving transaction (call it after the record's last write
 * and before the audit event): the fingerprint of what was adopted, chained to the unit's previous
 * approved record, and its verification code. Idempotent: a sealed record keeps its seal.
 */
export async function sealApproval(tx: Tx | Db, meetingId: string): Promise<{ fingerprint: string; code: string }> {
  const sealed = await tx.recordSeal.findUnique({ where: { meetingId }, select: { fingerprint: true, code: true } });
  if (sealed) return sealed;
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { unitId: true, status: true } });
  if (meeting?.status !== "APPROVED") throw new AppError("VALIDATION", "Chỉ niêm phong biên bản đã thông qua.");
  const unitId = meeting.unitId;
  const link = await nextLink(tx, unitChain(unitId));
  const record = await canonicalRecord(tx, meetingId);
  if (!record) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const fingerprint = fingerprintOf(approvalForm(record, link.previous));
  const code = codeFromFingerprint(fingerprint);
  await tx.recordSeal.create({
    data: {
      meetingId,
      unitId: meeting.unitId,
      chainSeq: link.seq,
      previous: link.previous,
      fingerprint,
      code,
      content: canonicalJson(record),
      head: fingerprint,
    },
  });
  await setChainHead(tx, unitChain(meeting.unitId), fingerprint);
  return { fingerprint, code };
}

/** The amendment as hashed: its row and its author's user name. */
export async function amendmentRow(
  tx: Tx | Db,
  amendmentId: string,
): Promise<(AmendmentRow & { meetingId: string }) | null> {
  const a = await tx.amendment.findUnique({
    where: { id: amendmentId },
    select: {
      meetingId: true,
      field: true,
      oldValue: true,
      newValue: true,
      reason: true,
      createdAt: true,
      authorId: true,
    },
  });
  if (!a) return null;
  const author = await tx.user.findUnique({ where: { id: a.authorId }, select: { username: true } });
  return { ...a, author: author?.username ?? null };
}

/**
 * Seals an amendment inside the transaction that wrote it (before its audit event): its fingerprint
 * covers the record's previous fingerprint (the approval's or the last amendment's). Idempotent.
 */
export async function sealAmendment(tx: Tx | Db, amendmentId: string): Promise<{ fingerprint: string }> {
  const done = await tx.amendmentSeal.findUnique({ where: { amendmentId }, select: { fingerprint: true } });
  if (done) return done;
  const row = await amendmentRow(tx, amendmentId);
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy đính chính.");
  if (!(await tx.recordSeal.findUnique({ where: { meetingId: row.meetingId }, select: { meetingId: true } }))) {
    // a record approved before seals existed: seal it, with its earlier amendments, first
    await sealApproval(tx, row.meetingId);
    await sealPendingAmendments(tx, row.meetingId, amendmentId);
  }
  // the update locks the record's seal: concurrent amendments of one record chain one after the other
  const seal = await tx.recordSeal.update({
    where: { meetingId: row.meetingId },
    data: { amendments: { increment: 1 } },
  });
  const fingerprint = fingerprintOf(amendmentForm(row, seal.head));
  await tx.amendmentSeal.create({
    data: { amendmentId, meetingId: row.meetingId, position: seal.amendments, previous: seal.head, fingerprint },
  });
  await tx.recordSeal.update({ where: { meetingId: row.meetingId }, data: { head: fingerprint } });
  return { fingerprint };
}

/** Seals the record's amendments that have no seal yet, oldest first (except `skip`). */
async function sealPendingAmendments(tx: Tx | Db, meetingId: string, skip?: string): Promise<number> {
  // one query at a time: a transaction is one connection
  const rows = await tx.amendment.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const seals = await tx.amendmentSeal.findMany({ where: { meetingId }, select: { amendmentId: true } });
  const sealed = new Set(seals.map((s) => s.amendmentId));
  let n = 0;
  for (const r of rows) {
    if (r.id === skip || sealed.has(r.id)) continue;
    await sealAmendment(tx, r.id);
    n++;
  }
  return n;
}

export interface SealResult {
  records: number;
  amendments: number;
  auditEvents: number;
}

/**
 * The one-time (and idempotent) step that seals what existed before seals did, or was written
 * around the app: approved records without a seal (per unit, in order of approval), their
 * amendments, and audit events outside the chain (in order of writing). Run by `npm start` and `cli seal`.
 */
export async function sealExisting(db: Db): Promise<SealResult> {
  const result: SealResult = { records: 0, amendments: 0, auditEvents: 0 };
  const unsealed = await db.$queryRaw<{ id: string }[]>`
    SELECT m."id" AS "id" FROM "Meeting" m
    WHERE m."status" = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM "RecordSeal" s WHERE s."meetingId" = m."id")
    ORDER BY m."approvedAt", m."startsAt", m."id"`;
  const pending = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT a."meetingId" AS "id" FROM "Amendment" a
    WHERE NOT EXISTS (SELECT 1 FROM "AmendmentSeal" s WHERE s."amendmentId" = a."id")`;
  const seen = new Set<string>();
  for (const { id } of [...unsealed, ...pending]) {
    if (seen.has(id)) continue;
    seen.add(id);
    await db.$transaction(async (tx) => {
      const status = await tx.meeting.findUnique({ where: { id }, select: { status: true } });
      if (status?.status !== "APPROVED") return;
      if (!(await tx.recordSeal.findUnique({ where: { meetingId: id }, select: { meetingId: true } }))) {
        await sealApproval(tx, id);
        result.records++;
      }
      result.amendments += await sealPendingAmendments(tx, id);
    });
  }
  for (;;) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT e."id" AS "id" FROM "AuditEvent" e
      WHERE NOT EXISTS (SELECT 1 FROM "AuditSeal" s WHERE s."eventId" = e."id")
      ORDER BY e."at", e."id" LIMIT 1000`;
    if (ids.length === 0) break;
    const events = await db.auditEvent.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    await db.$transaction(async (tx) => {
      for (const e of events) await chainAuditEvent(tx, e);
    });
    result.auditEvents += events.length;
  }
  return result;
}
