import "server-only";
import { db } from "@/server/db";
import { unitWhere, type Actor } from "@/server/policy/policy";
import type { ApiTokenItem } from "./schema";

/** Tokens issued for units the actor administers, newest first. Never the secret or its hash. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenItem[]> {
  const rows = await db().apiToken.findMany({
    where: { unit: unitWhere(actor, "apiToken.manage") },
    orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      createdById: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      unit: { select: { id: true, name: true } },
    },
  });
  const authors = await db().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role,
    unit: r.unit,
    createdBy: names.get(r.createdById) ?? null,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}
