import "server-only";
import { db } from "@/server/db";
import { can, meetingReadWhere, unitWhere, type Actor } from "@/server/policy/policy";
import { fullName } from "@/lib/vi/names";
import { toVnIsoDate, toVnIsoDateOrNull } from "@/lib/vi/date";
import type { DirectiveKind } from "@/lib/enums";
import { directiveLabel } from "@/lib/symbols";
import type { TaskStatusCode } from "./schema";
import { directiveIdentitySelect } from "@/server/directive-select";

/**
 * Tasks the actor may read: tasks of units in "task.read" scope whose meeting the actor may read
 * (or that have no meeting), plus tasks the actor owns as a member. Deleted drafts hide their tasks.
 */
export function taskReadWhere(actor: Actor) {
  const liveMeeting = { OR: [{ meetingId: null }, { meeting: { deletedAt: null } }] };
  return {
    OR: [
      { unit: unitWhere(actor, "task.read"), OR: [{ meetingId: null }, { meeting: meetingReadWhere(actor) }] },
      ...(actor.memberId ? [{ ownerMemberId: actor.memberId, ...liveMeeting }] : []),
    ],
  };
}

export interface TaskItem {
  id: string;
  title: string;
  status: TaskStatusCode;
  dueOn: string | null;
  overdue: boolean;
  owner: string | null;
  ownedByMe: boolean;
  unit: { id: string; name: string };
  meeting: { id: string; title: string; date: string | null } | null;
  resolution: string | null;
  directive: { id: string; label: string } | null;
  lastNote: { note: string; at: string } | null;
}

export interface TaskNoteItem {
  id: string;
  note: string;
  status: TaskStatusCode | null;
  at: string;
  author: string | null;
}

export interface TaskDetail extends TaskItem {
  notes: TaskNoteItem[];
  canUpdate: boolean;
  completedAt: string | null;
}

const itemSelect = {
  id: true,
  title: true,
  status: true,
  dueOn: true,
  ownerName: true,
  ownerMemberId: true,
  completedAt: true,
  unitId: true,
  owner: { select: { familyName: true, middleName: true, givenName: true } },
  ownerUnit: { select: { name: true } },
  unit: { select: { id: true, name: true, path: true } },
  meeting: { select: { id: true, title: true, startsAt: true } },
  resolution: { select: { title: true } },
  directive: {
    select: directiveIdentitySelect,
  },
  notes: { orderBy: { createdAt: "desc" as const }, take: 1, select: { note: true, createdAt: true } },
} as const;

type ItemRow = {
  id: string;
  title: string;
  status: TaskStatusCode;
  dueOn: string | null;
  ownerName: string | null;
  ownerMemberId: string | null;
  completedAt: Date | null;
  unitId: string;
  owner: { familyName: string; middleName: string; givenName: string } | null;
  ownerUnit: { name: string } | null;
  unit: { id: string; name: string; path: string };
  meeting: { id: string; title: string; startsAt: Date | null } | null;
  resolution: { title: string } | null;
  directive: {
    id: string;
    kind: DirectiveKind;
    number: string | null;
    symbol: string | null;
    issuedOn: string | null;
    term: string | null;
    plenum: string | null;
    congress: string | null;
  } | null;
  notes: Array<{ note: string; createdAt: Date }>;
};

/** Today in Việt Nam, "YYYY-MM-DD". */
export function vnToday(now = new Date()): string {
  return toVnIsoDate(now);
}

export function isOverdue(t: { status: string; dueOn: string | null }, today: string): boolean {
  return (t.status === "OPEN" || t.status === "IN_PROGRESS") && !!t.dueOn && t.dueOn < today;
}

function toItem(actor: Actor, r: ItemRow, today: string): TaskItem {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    dueOn: r.dueOn,
    overdue: isOverdue(r, today),
    owner: r.owner ? fullName(r.owner) : (r.ownerUnit?.name ?? r.ownerName),
    ownedByMe: !!actor.memberId && r.ownerMemberId === actor.memberId,
    unit: { id: r.unit.id, name: r.unit.name },
    meeting: r.meeting
      ? { id: r.meeting.id, title: r.meeting.title, date: toVnIsoDateOrNull(r.meeting.startsAt) }
      : null,
    resolution: r.resolution?.title ?? null,
    directive: r.directive ? { id: r.directive.id, label: directiveLabel(r.directive) } : null,
    lastNote: r.notes[0] ? { note: r.notes[0].note, at: r.notes[0].createdAt.toISOString() } : null,
  };
}

export interface TaskFilter {
  /** "open" (default): OPEN and IN_PROGRESS; "all": every status. */
  show?: "open" | "all";
  unitId?: string;
  directiveId?: string;
}

const ORDER = [{ dueOn: "asc" as const }, { createdAt: "asc" as const }];

/** "Việc của tôi": tasks the actor owns and tasks of the actor's units, overdue first. */
export async function listMyTasks(actor: Actor, filter: TaskFilter = {}, now = new Date()): Promise<TaskItem[]> {
  const today = vnToday(now);
  const rows = await db().task.findMany({
    where: {
      AND: [
        taskReadWhere(actor),
        filter.show === "all" ? {} : { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } },
        filter.unitId ? { unitId: filter.unitId } : {},
        filter.directiveId ? { directiveId: filter.directiveId } : {},
      ],
    },
    orderBy: ORDER,
    select: itemSelect,
  });
  const items = rows.map((r) => toItem(actor, r as ItemRow, today));
  // Overdue first, then my own, then by deadline (no deadline last).
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      Number(b.ownedByMe) - Number(a.ownedByMe) ||
      (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"),
  );
}

/** One unit's tasks (all statuses unless show is "open"); an unreadable unit gives an empty list. */
export async function listUnitTasks(
  actor: Actor,
  unitId: string,
  filter: Omit<TaskFilter, "unitId"> = {},
  now = new Date(),
): Promise<TaskItem[]> {
  const today = vnToday(now);
  const rows = await db().task.findMany({
    where: {
      AND: [
        taskReadWhere(actor),
        { unitId },
        filter.show === "open" ? { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } } : {},
      ],
    },
    orderBy: ORDER,
    select: itemSelect,
  });
  return rows.map((r) => toItem(actor, r as ItemRow, today));
}

/** Rows per page of the task lists; their totals are counted up to TASK_TOTAL_CAP. */
export const TASK_PAGE_SIZE = 50;
export const TASK_TOTAL_CAP = 1000;

export interface TaskList {
  items: TaskItem[];
  /** Tasks in the list, counted up to TASK_TOTAL_CAP (capped: more). */
  total: number;
  capped: boolean;
  /** Overdue tasks in the list, counted up to TASK_TOTAL_CAP. */
  overdue: number;
  page: number;
  pageSize: number;
}

const OPEN_STATUSES = ["OPEN" as const, "IN_PROGRESS" as const];
const PAGE_ORDER = [
  { dueOn: { sort: "asc" as const, nulls: "last" as const } },
  { createdAt: "asc" as const },
  { id: "asc" as const },
];

/**
 * One page of the tasks matching `where`: the overdue ones first, then the others, each by
 * deadline (none last). Two indexed queries per page and two capped counts, so a tree with tens of
 * thousands of tasks costs a page, not the whole list.
 */
async function pageTasks(actor: Actor, where: object, page: number, today: string): Promise<TaskList> {
  const overdueWhere = { AND: [where, { status: { in: OPEN_STATUSES }, dueOn: { lt: today } }] };
  const restWhere = {
    AND: [where, { OR: [{ status: { notIn: OPEN_STATUSES } }, { dueOn: null }, { dueOn: { gte: today } }] }],
  };
  const cap = { take: TASK_TOTAL_CAP + 1 };
  const [overdue, rest] = await Promise.all([
    db().task.count({ where: overdueWhere, ...cap }),
    db().task.count({ where: restWhere, ...cap }),
  ]);
  const p = Math.max(1, Math.floor(page));
  const offset = (p - 1) * TASK_PAGE_SIZE;
  const first =
    offset < overdue
      ? await db().task.findMany({
          where: overdueWhere,
          orderBy: PAGE_ORDER,
          skip: offset,
          take: TASK_PAGE_SIZE,
          select: itemSelect,
        })
      : [];
  const second =
    first.length < TASK_PAGE_SIZE
      ? await db().task.findMany({
          where: restWhere,
          orderBy: PAGE_ORDER,
          skip: Math.max(0, offset - overdue),
          take: TASK_PAGE_SIZE - first.length,
          select: itemSelect,
        })
      : [];
  const total = overdue + rest;
  return {
    items: [...first, ...second].map((r) => toItem(actor, r as ItemRow, today)),
    total: Math.min(total, TASK_TOTAL_CAP),
    capped: total > TASK_TOTAL_CAP,
    overdue: Math.min(overdue, TASK_TOTAL_CAP),
    page: p,
    pageSize: TASK_PAGE_SIZE,
  };
}

/**
 * "Việc của tôi", a page at a time: the tasks the actor owns (`mine`) and the other tasks of the
 * actor's units (`others`), each list paged on its own (see pageTasks).
 */
export async function pageMyTasks(
  actor: Actor,
  filter: { show?: "open" | "all"; minePage?: number; page?: number } = {},
  now = new Date(),
): Promise<{ mine: TaskList; others: TaskList }> {
  const today = vnToday(now);
  const base = {
    AND: [taskReadWhere(actor), filter.show === "all" ? {} : { status: { in: OPEN_STATUSES } }],
  };
  const me = actor.memberId;
  const [mine, others] = await Promise.all([
    me
      ? pageTasks(actor, { AND: [base, { ownerMemberId: me }] }, filter.minePage ?? 1, today)
      : { items: [], total: 0, capped: false, overdue: 0, page: 1, pageSize: TASK_PAGE_SIZE },
    pageTasks(
      actor,
      me ? { AND: [base, { OR: [{ ownerMemberId: null }, { ownerMemberId: { not: me } }] }] } : base,
      filter.page ?? 1,
      today,
    ),
  ]);
  return { mine, others };
}

/** One unit's tasks a page at a time (all statuses unless show is "open"); an unreadable unit gives an empty list. */
export async function pageUnitTasks(
  actor: Actor,
  unitId: string,
  filter: { show?: "open" | "all"; page?: number } = {},
  now = new Date(),
): Promise<TaskList> {
  const where = {
    AND: [taskReadWhere(actor), { unitId }, filter.show === "open" ? { status: { in: OPEN_STATUSES } } : {}],
  };
  return pageTasks(actor, where, filter.page ?? 1, vnToday(now));
}

/** May the actor write progress notes on this task: "task.update" on its unit, or its owner. */
export function canUpdateTask(
  actor: Actor,
  t: { ownerMemberId: string | null; unit: { id: string; path: string } },
): boolean {
  return (
    can(actor, "task.update", { unitId: t.unit.id, unitPath: t.unit.path }) ||
    (!!actor.memberId && t.ownerMemberId === actor.memberId)
  );
}

export async function getTask(actor: Actor, id: string, now = new Date()): Promise<TaskDetail | null> {
  const row = await db().task.findFirst({
    where: { id, ...taskReadWhere(actor) },
    select: {
      ...itemSelect,
      notes: {
        orderBy: { createdAt: "asc" as const },
        select: { id: true, note: true, status: true, createdAt: true, authorId: true },
      },
    },
  });
  if (!row) return null;
  const authorIds = [...new Set(row.notes.map((n) => n.authorId).filter((x): x is string => !!x))];
  const authors = authorIds.length
    ? await db().user.findMany({ where: { id: { in: authorIds } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  const last = row.notes.at(-1);
  const item = toItem(
    actor,
    { ...row, notes: last ? [{ note: last.note, createdAt: last.createdAt }] : [] } as ItemRow,
    vnToday(now),
  );
  return {
    ...item,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    canUpdate: canUpdateTask(actor, row),
    notes: row.notes.map((n) => ({
      id: n.id,
      note: n.note,
      status: n.status,
      at: n.createdAt.toISOString(),
      author: n.authorId ? (names.get(n.authorId) ?? null) : null,
    })),
  };
}

export interface TaskFormOptions {
  meeting: { id: string; title: string; unitName: string };
  resolutions: Array<{ id: string; title: string }>;
  /** Directives the meeting cites, offered first; owners and the whole registry are looked up as typed. */
  cited: Array<{ id: string; label: string }>;
}

/** What the "assign a task" form offers for one meeting; null unless the actor may assign tasks there. */
export async function taskFormOptions(actor: Actor, meetingId: string): Promise<TaskFormOptions | null> {
  const m = await db().meeting.findFirst({
    where: { id: meetingId, ...meetingReadWhere(actor) },
    select: {
      id: true,
      title: true,
      unitId: true,
      unit: { select: { name: true, path: true } },
      resolutions: { orderBy: { position: "asc" }, select: { id: true, title: true } },
      citations: {
        orderBy: { position: "asc" },
        select: {
          directive: {
            select: {
              id: true,
              kind: true,
              number: true,
              symbol: true,
              issuedOn: true,
              term: true,
              plenum: true,
              congress: true,
              mergedIntoId: true,
            },
          },
        },
      },
    },
  });
  if (!m || !can(actor, "task.update", { unitId: m.unitId, unitPath: m.unit.path })) return null;
  const cited = new Map<string, string>();
  for (const c of m.citations) if (!c.directive.mergedIntoId) cited.set(c.directive.id, directiveLabel(c.directive));
  return {
    meeting: { id: m.id, title: m.title, unitName: m.unit.name },
    resolutions: m.resolutions,
    cited: [...cited].map(([id, label]) => ({ id, label })),
  };
}
