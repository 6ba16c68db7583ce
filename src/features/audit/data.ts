import "server-only";
import { db } from "@/server/db";
import { canAnywhere, unitWhere, type Actor } from "@/server/policy/policy";
import { fromVnDateTime } from "@/lib/vi/date";
import { fullName } from "@/lib/vi/names";
import { accountScopeWhere } from "@/features/accounts";
import { auditActionLabel, auditDetails, auditEntityLabels } from "./labels";
import type { AuditQuery } from "./schema";
import type { AuditItem, AuditPage } from "./dto";

export type { AuditItem, AuditPage } from "./dto";

export const AUDIT_PAGE_SIZE = 50;

const empty = (page = 1): AuditPage => ({ items: [], total: 0, page, pageSize: AUDIT_PAGE_SIZE });

/**
 * Which events the actor may read ("audit.read"): events on units of the scope, account-level
 * events (no unit) of accounts in the scope, and the actor's own actions.
 */
async function auditScope(actor: Actor) {
  const [units, accounts] = await Promise.all([
    db().unit.findMany({ where: unitWhere(actor, "audit.read"), select: { id: true, name: true } }),
    db().user.findMany({ where: accountScopeWhere(actor, "audit.read"), select: { id: true } }),
  ]);
  const where = {
    OR: [
      { unitId: { in: units.map((u) => u.id) } },
      { unitId: null, entityType: "User", entityId: { in: accounts.map((a) => a.id) } },
      { actorId: actor.userId },
    ],
  };
  // the names the details may show: units outside the scope are never named (see auditDetails)
  return { where, unitNames: new Map(units.map((u) => [u.id, u.name])) };
}

async function auditScopeWhere(actor: Actor) {
  return (await auditScope(actor)).where;
}

/** The actor's audit log, newest first, filtered by unit subtree, action, actor, account and dates (Việt Nam days). */
export async function listAuditEvents(actor: Actor, query: Partial<AuditQuery> = {}): Promise<AuditPage> {
  const page = Math.max(1, query.page ?? 1);
  if (!canAnywhere(actor, "audit.read")) return empty(page);
  const scope = await auditScope(actor);
  const conditions: object[] = [scope.where];

  if (query.unitId) {
    const unit = await db().unit.findUnique({ where: { id: query.unitId }, select: { path: true } });
    if (!unit) return empty(page);
    const subtree = { path: { startsWith: unit.path } };
    const [units, accounts] = await Promise.all([
      db().unit.findMany({ where: subtree, select: { id: true } }),
      db().user.findMany({
        where: { OR: [{ grants: { some: { unit: subtree } } }, { member: { unit: subtree } }] },
        select: { id: true },
      }),
    ]);
    conditions.push({
      OR: [
        { unitId: { in: units.map((u) => u.id) } },
        { unitId: null, entityType: "User", entityId: { in: accounts.map((a) => a.id) } },
      ],
    });
  }
  if (query.action)
    conditions.push(query.action.endsWith(".") ? { action: { startsWith: query.action } } : { action: query.action });
  if (query.actorId) conditions.push({ actorId: query.actorId });
  if (query.accountId) conditions.push({ entityType: "User", entityId: query.accountId });
  const from = query.from ? fromVnDateTime(`${query.from}T00:00`) : null;
  const to = query.to ? fromVnDateTime(`${query.to}T00:00`) : null;
  if (from) conditions.push({ at: { gte: from } });
  if (to) conditions.push({ at: { lt: new Date(to.getTime() + 24 * 3600_000) } });

  const where = { AND: conditions };
  const [total, rows] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);

  // names for the page: actors, units, and the entities we know how to name
  const ids = (pick: (r: (typeof rows)[number]) => string | null) => [
    ...new Set(rows.map(pick).filter((x): x is string => !!x)),
  ];
  const userIds = [
    ...new Set([...ids((r) => r.actorId), ...ids((r) => (r.entityType === "User" ? r.entityId : null))]),
  ];
  const [users, units, meetings, tasks, bulletins, members, tokens, directives] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true, displayName: true } }),
    db().unit.findMany({
      where: {
        id: {
          in: [...new Set([...ids((r) => r.unitId), ...ids((r) => (r.entityType === "Unit" ? r.entityId : null))])],
        },
      },
      select: { id: true, name: true },
    }),
    db().meeting.findMany({
      where: { id: { in: ids((r) => (r.entityType === "Meeting" ? r.entityId : null)) } },
      select: { id: true, title: true, deletedAt: true },
    }),
    db().task.findMany({
      where: { id: { in: ids((r) => (r.entityType === "Task" ? r.entityId : null)) } },
      select: { id: true, title: true },
    }),
    db().bulletin.findMany({
      where: { id: { in: ids((r) => (r.entityType === "Bulletin" ? r.entityId : null)) } },
      select: { id: true, title: true },
    }),
    db().member.findMany({
      where: { id: { in: ids((r) => (r.entityType === "Member" ? r.entityId : null)) } },
      select: { id: true, familyName: true, middleName: true, givenName: true },
    }),
    db().apiToken.findMany({
      where: { id: { in: ids((r) => (r.entityType === "ApiToken" ? r.entityId : null)) } },
      select: { id: true, name: true },
    }),
    db().directive.findMany({
      where: { id: { in: ids((r) => (r.entityType === "Directive" ? r.entityId : null)) } },
      select: { id: true, number: true, symbol: true, subject: true },
    }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const unitById = new Map(units.map((u) => [u.id, u.name]));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const taskById = new Map(tasks.map((t) => [t.id, t.title]));
  const bulletinById = new Map(bulletins.map((b) => [b.id, b.title]));
  const memberById = new Map(members.map((m) => [m.id, fullName(m)]));
  const tokenById = new Map(tokens.map((t) => [t.id, t.name]));
  const directiveById = new Map(
    directives.map((d) => [
      d.id,
      [[d.number, d.symbol].filter(Boolean).join("-"), d.subject].filter(Boolean).join(" – ") || null,
    ]),
  );

  const entityOf = (type: string, id: string | null): AuditItem["entity"] => {
    const base = {
      type,
      typeLabel: auditEntityLabels[type] ?? type,
      id,
      label: null as string | null,
      href: null as string | null,
    };
    if (!id) return base;
    if (type === "User") {
      const u = userById.get(id);
      return {
        ...base,
        label: u ? `${u.displayName} (${u.username})` : null,
        href: u ? `/admin/accounts/${id}` : null,
      };
    }
    if (type === "Meeting") {
      const m = meetingById.get(id);
      return { ...base, label: m?.title ?? null, href: m && !m.deletedAt ? `/meetings/${id}` : null };
    }
    if (type === "Task")
      return { ...base, label: taskById.get(id) ?? null, href: taskById.has(id) ? `/tasks/${id}` : null };
    if (type === "Bulletin") return { ...base, label: bulletinById.get(id) ?? null };
    // events of the events' own unit: in the reader's scope (the query above); never a raw id
    if (type === "Unit")
      return { ...base, label: scope.unitNames.get(id) ?? null, href: scope.unitNames.has(id) ? "/units" : null };
    if (type === "Member")
      return { ...base, label: memberById.get(id) ?? null, href: memberById.has(id) ? `/members/${id}` : null };
    if (type === "ApiToken") return { ...base, label: tokenById.get(id) ?? null };
    if (type === "Directive")
      return {
        ...base,
        label: directiveById.get(id) ?? null,
        href: directiveById.has(id) ? `/directives/${id}` : null,
      };
    return base;
  };

  const items = rows.map((r): AuditItem => {
    let data: unknown = null;
    try {
      data = r.data ? JSON.parse(r.data) : null;
    } catch {
      data = r.data;
    }
    const who = r.actorId ? userById.get(r.actorId) : undefined;
    return {
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, name: who?.displayName ?? "Tài khoản không còn" } : null,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      entity: entityOf(r.entityType, r.entityId),
      unit: r.unitId ? { id: r.unitId, name: unitById.get(r.unitId) ?? "" } : null,
      details: auditDetails(data, { action: r.action, unitNames: scope.unitNames }),
    };
  });
  return { items, total, page, pageSize: AUDIT_PAGE_SIZE };
}

/** Options of the filter form: units of the scope and the people who acted in it. */
export async function auditFilterOptions(actor: Actor) {
  if (!canAnywhere(actor, "audit.read")) return { units: [], actors: [] };
  const scope = await auditScopeWhere(actor);
  const [units, actorRows] = await Promise.all([
    db().unit.findMany({
      where: unitWhere(actor, "audit.read"),
      select: { id: true, name: true, path: true },
      orderBy: { path: "asc" },
    }),
    db().auditEvent.findMany({
      where: { AND: [scope, { actorId: { not: null } }] },
      distinct: ["actorId"],
      select: { actorId: true },
    }),
  ]);
  const people = await db().user.findMany({
    where: { id: { in: actorRows.map((a) => a.actorId).filter((x): x is string => !!x) } },
    select: { id: true, username: true, displayName: true },
    orderBy: { username: "asc" },
  });
  return {
    units: units.map((u) => ({ id: u.id, name: u.name, depth: u.path.split("/").filter(Boolean).length - 1 })),
    actors: people.map((p) => ({ id: p.id, name: `${p.displayName} (${p.username})` })),
  };
}
