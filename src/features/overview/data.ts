import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canAnywhere, unitWhere, type Actor } from "@/server/policy/policy";
import { fromVnDateTime, toVnIsoDate, toVnIsoDateOfDated } from "@/lib/vi/date";
import type { UnitKind } from "@/lib/enums";
import {
  PRESENT_STATUSES,
  monthLabel,
  rate,
  unitCadence,
  type CadenceMeeting,
  type Period,
  type UnitCadence,
} from "./rules";

/** The rules of §2.1 bind chi bộ; đảng bộ rows show meetings and attendance only. */
const CADENCE_KINDS: readonly UnitKind[] = ["CHI_BO", "CHI_BO_CO_SO"];

export interface OverviewRow {
  unit: { id: string; name: string; kind: UnitKind; depth: number; parentName: string | null };
  /** Whether the monthly / quarterly rules apply (chi bộ). */
  applies: boolean;
  cadence: UnitCadence;
  approved: number;
  drafts: number;
}

export interface OverviewReport {
  period: Period;
  today: string;
  staleDays: number;
  rows: OverviewRow[];
  behindCount: number;
  monthlyAttendance: Array<{ month: string; label: string; present: number; total: number; rate: number | null }>;
  totals: { meetings: number; present: number; total: number; rate: number | null };
}

/** The đảng ủy's overview of its subtree for a period; only for actors with "overview.read" somewhere. */
export async function getOverview(
  actor: Actor,
  period: Period,
  opts: { staleDays: number; now?: Date },
): Promise<OverviewReport> {
  if (!canAnywhere(actor, "overview.read")) throw new AppError("NOT_FOUND");
  const today = toVnIsoDate(opts.now ?? new Date());
  const scope = unitWhere(actor, "overview.read");
  const units = await db().unit.findMany({
    where: { AND: [scope, { closedAt: null }] },
    orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      depth: true,
      path: true,
      parentId: true,
      sortOrder: true,
      parent: { select: { name: true } },
    },
  });
  const from = fromVnDateTime(`${period.from}T00:00`);
  const lastDay = fromVnDateTime(`${period.to}T00:00`);
  if (!from || !lastDay) throw new Error(`Invalid overview period ${period.from} – ${period.to}`);
  const to = new Date(lastDay.getTime() + 86_400_000);
  const meetings = await db().meeting.findMany({
    where: { unitId: { in: units.map((u) => u.id) }, deletedAt: null, startsAt: { gte: from, lt: to } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      unitId: true,
      kind: true,
      startsAt: true,
      status: true,
      combined: true,
      attendance: { select: { status: true } },
    },
  });
  const byUnit = new Map<string, CadenceMeeting[]>();
  for (const m of meetings) {
    const listed = m.attendance.filter((a) => a.status !== "GUEST");
    const cm: CadenceMeeting = {
      id: m.id,
      kind: m.kind,
      date: toVnIsoDateOfDated(m.startsAt),
      status: m.status,
      combined: m.combined,
      present: listed.filter((a) => (PRESENT_STATUSES as readonly string[]).includes(a.status)).length,
      total: listed.length,
    };
    byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), cm]);
  }

  // Tree order: parents before children.
  const children = new Map<string | null, typeof units>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const ordered: typeof units = [];
  const visit = (p: string | null) => {
    for (const c of children.get(p) ?? []) {
      ordered.push(c);
      visit(c.id);
    }
  };
  visit(null);

  const rows: OverviewRow[] = ordered.map((u) => {
    const list = byUnit.get(u.id) ?? [];
    const applies = CADENCE_KINDS.includes(u.kind);
    const cadence = unitCadence(list, period, { today, staleDays: opts.staleDays });
    if (!applies) {
      cadence.behind = cadence.staleDrafts.length > 0;
      cadence.reasons = cadence.reasons.filter((r) => r.includes("chưa thông qua"));
    }
    const inPeriod = list.filter((m) => period.months.includes(m.date.slice(0, 7)));
    return {
      unit: { id: u.id, name: u.name, kind: u.kind, depth: u.depth, parentName: u.parent?.name ?? null },
      applies,
      cadence,
      approved: inPeriod.filter((m) => m.status === "APPROVED").length,
      drafts: inPeriod.filter((m) => m.status === "DRAFT").length,
    };
  });

  const monthlyAttendance = period.months.map((month) => {
    const present = rows.reduce((s, r) => s + (r.cadence.months.find((m) => m.month === month)?.present ?? 0), 0);
    const total = rows.reduce((s, r) => s + (r.cadence.months.find((m) => m.month === month)?.total ?? 0), 0);
    return { month, label: monthLabel(month), present, total, rate: rate(present, total) };
  });
  const present = rows.reduce((s, r) => s + r.cadence.present, 0);
  const total = rows.reduce((s, r) => s + r.cadence.total, 0);
  return {
    period,
    today,
    staleDays: opts.staleDays,
    rows,
    behindCount: rows.filter((r) => r.cadence.behind).length,
    monthlyAttendance,
    totals: { meetings: rows.reduce((s, r) => s + r.cadence.meetings, 0), present, total, rate: rate(present, total) },
  };
}
