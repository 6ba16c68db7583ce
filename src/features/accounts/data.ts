import "server-only";
import { db, type Tx } from "@/server/db";
import { can, unitWhere, type Action, type Actor } from "@/server/policy/policy";
import { fullName } from "@/lib/vi/names";
import type { Role } from "@/lib/enums";
import type { AccountDetail, AccountListItem } from "./dto";

export type { AccountDetail, AccountGrant, AccountListItem } from "./dto";

/**
 * Accounts an admin sees: those with any grant on a unit of the admin's "account.manage" scope,
 * or linked to a member of such a unit. Outside that, an account does not exist for the admin.
 */
export function accountScopeWhere(actor: Actor, action: Action = "account.manage") {
  const units = unitWhere(actor, action);
  return { OR: [{ grants: { some: { unit: units } } }, { member: { unit: units } }] };
}

/** Never the password hash: the client omits it by default and these selects do not ask for it. */
export const accountSelect = {
  id: true,
  username: true,
  displayName: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
  sessionVersion: true,
  member: {
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      unit: { select: { id: true, name: true, path: true } },
    },
  },
  grants: {
    select: { id: true, role: true, createdAt: true, unit: { select: { id: true, name: true, path: true } } },
    orderBy: { createdAt: "asc" as const },
  },
} as const;

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  member: {
    id: string;
    familyName: string;
    middleName: string;
    givenName: string;
    unit: { id: string; name: string; path: string };
  } | null;
  grants: Array<{ id: string; role: Role; createdAt: Date; unit: { id: string; name: string; path: string } }>;
}

/**
 * May the actor act on the whole account (disable, enable, reset its password)? Only when every
 * grant and the linked member lie in the actor's scope: a subtree admin must not take over an
 * account that also holds rights elsewhere (for example the admin of the đảng bộ above).
 */
export function isFullyInScope(actor: Actor, account: Pick<AccountRow, "grants" | "member">): boolean {
  const inScope = (u: { id: string; path: string }) => can(actor, "account.manage", { unitId: u.id, unitPath: u.path });
  if (account.grants.length === 0 && !account.member) return false;
  return account.grants.every((g) => inScope(g.unit)) && (!account.member || inScope(account.member.unit));
}

/**
 * An account as an admin sees it: only the grants on units of the admin's scope, the others
 * counted (`outsideGrants`) and never named. (The count belongs in AccountListItem in dto.ts.)
 */
export type ScopedAccountListItem = AccountListItem & { outsideGrants: number };
export type ScopedAccountDetail = AccountDetail & { outsideGrants: number };

/** Said instead of the unit of a linked member outside the admin's scope. */
const OUTSIDE_SCOPE_UNIT = "tổ chức ngoài phạm vi của bạn";

export function toAccountListItem(actor: Actor, row: AccountRow): ScopedAccountListItem {
  const whole = isFullyInScope(actor, row);
  const inScope = (u: { id: string; path: string }) => can(actor, "account.manage", { unitId: u.id, unitPath: u.path });
  const visible = row.grants.filter((g) => inScope(g.unit));
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    member: row.member
      ? {
          id: row.member.id,
          name: fullName(row.member),
          unitName: inScope(row.member.unit) ? row.member.unit.name : OUTSIDE_SCOPE_UNIT,
        }
      : null,
    outsideGrants: row.grants.length - visible.length,
    grants: visible.map((g) => ({
      id: g.id,
      role: g.role,
      unit: { id: g.unit.id, name: g.unit.name },
      // the same rule as revokeRole: in scope, and an admin right only of an account wholly in scope
      manageable:
        can(actor, "account.manage", { unitId: g.unit.id, unitPath: g.unit.path }) && (g.role !== "ADMIN" || whole),
    })),
    disabled: !!row.disabledAt,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    manageable: whole,
    self: row.id === actor.userId,
  };
}

export interface AccountListFilter {
  /** Part of the username or display name. */
  q?: string;
  status?: "active" | "disabled";
}

/** The accounts the actor may manage, by username. */
export async function listAccounts(actor: Actor, filter: AccountListFilter = {}): Promise<ScopedAccountListItem[]> {
  const q = filter.q?.trim().toLowerCase();
  const rows = await db().user.findMany({
    where: {
      AND: [
        accountScopeWhere(actor),
        filter.status === "disabled"
          ? { disabledAt: { not: null } }
          : filter.status === "active"
            ? { disabledAt: null }
            : {},
        q ? { OR: [{ username: { contains: q } }, { displayName: { contains: filter.q?.trim() } }] } : {},
      ],
    },
    select: accountSelect,
    orderBy: { username: "asc" },
  });
  return rows.map((r) => toAccountListItem(actor, r));
}

/** One account in the actor's scope, or null (outside scope reads like missing). */
export async function getAccount(actor: Actor, userId: string): Promise<ScopedAccountDetail | null> {
  const row = await db().user.findFirst({ where: { id: userId, ...accountScopeWhere(actor) }, select: accountSelect });
  if (!row) return null;
  const item = toAccountListItem(actor, row);
  return { ...item, deletable: item.manageable && !item.self && !(await accountHasTraces(db(), row.id)) };
}

/** Has the account ever signed in or left a trace (records, revisions, notes, tokens, audited acts)? */
export async function accountHasTraces(tx: Tx, userId: string): Promise<boolean> {
  const [user, audit, meetings, revisions, amendments, notes, tokens] = await Promise.all([
    tx.user.findUnique({ where: { id: userId }, select: { lastLoginAt: true } }),
    tx.auditEvent.count({ where: { actorId: userId } }),
    tx.meeting.count({ where: { OR: [{ createdById: userId }, { approvedById: userId }] } }),
    tx.revision.count({ where: { authorId: userId } }),
    tx.amendment.count({ where: { authorId: userId } }),
    tx.taskNote.count({ where: { authorId: userId } }),
    tx.apiToken.count({ where: { createdById: userId } }),
  ]);
  return !user || !!user.lastLoginAt || audit + meetings + revisions + amendments + notes + tokens > 0;
}
