import "server-only";
import type { Tx } from "./db";
import { chainAuditEvent } from "./chain";
import type { Actor } from "./policy/policy";

/**
 * Writes one audit event inside the caller's transaction, so it lands with the change or not at all,
 * and links it into the audit chain (server/chain.ts).
 */
export async function writeAudit(
  tx: Tx,
  actor: Actor | null,
  action: string,
  entity: { type: string; id?: string | null; unitId?: string | null },
  data?: unknown,
): Promise<void> {
  const event = await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id ?? null,
      unitId: entity.unitId ?? null,
      // a write made through an API token says which token, so it is told apart from the person's own
      data: actor?.tokenId
        ? JSON.stringify({
            ...(data && typeof data === "object" ? data : data === undefined ? {} : { value: data }),
            viaApiToken: actor.tokenId,
          })
        : data === undefined
          ? null
          : JSON.stringify(data),
    },
  });
  await chainAuditEvent(tx, event);
}
