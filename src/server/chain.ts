import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/verification/canonical";
import type { Db, Tx } from "./db";

/** SHA-256, lower-case hex, of the canonical JSON of `value` (README "Verification"). */
export function fingerprintOf(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

export const AUDIT_CHAIN = "audit";
export const unitChain = (unitId: string) => `unit:${unitId}`;

/**
 * Takes the next link of a chain: locks its head row for the rest of the transaction (concurrent
 * writers of the same chain wait; on SQLite the transaction already holds the write lock) and
 * returns the new link's number and the previous head. The caller writes the link and calls setChainHead.
 */
export async function nextLink(tx: Tx | Db, key: string): Promise<{ seq: number; previous: string | null }> {
  await tx.$executeRaw`INSERT INTO "ChainHead" ("key", "seq") VALUES (${key}, 0) ON CONFLICT ("key") DO NOTHING`;
  const row = await tx.chainHead.update({ where: { key }, data: { seq: { increment: 1 } } });
  return { seq: row.seq, previous: row.head };
}

export async function setChainHead(tx: Tx | Db, key: string, head: string): Promise<void> {
  await tx.chainHead.update({ where: { key }, data: { head } });
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  data: string | null;
}

/** The hashed form of one audit event in the chain (README "Verification" → audit log). */
export function auditLink(e: AuditRow, seq: number, previous: string | null) {
  return {
    v: 1,
    type: "sobienban.audit",
    seq,
    previous,
    at: e.at.toISOString(),
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    unitId: e.unitId,
    data: e.data,
  };
}

/** Appends an audit event to the audit chain, in the transaction that wrote it. */
export async function chainAuditEvent(tx: Tx | Db, event: AuditRow): Promise<void> {
  const { seq, previous } = await nextLink(tx, AUDIT_CHAIN);
  const hash = fingerprintOf(auditLink(event, seq, previous));
  await tx.auditSeal.create({ data: { eventId: event.id, seq, previous, hash } });
  await setChainHead(tx, AUDIT_CHAIN, hash);
}
