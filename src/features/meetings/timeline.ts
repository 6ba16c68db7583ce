/**
 * The history of a record as the history page shows it: creation, every save, the approval (with
 * the vote on the minutes) and every amendment, newest first, each with its author and time and
 * its changes already in Vietnamese (timeline-rows.ts). Which revision was the creation and which
 * the approval comes from the audit trail written with it; records without one (older data) fall
 * back to the first revision and, for an approved record, the last one.
 */
import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { unitWhere, type Actor } from "@/server/policy/policy";
import { accountNames } from "./data";
import type { FieldChange } from "./diff";
import { amendedFieldLabel, type MeetingDetail } from "./dto";
import { type ChangeRow, describeChanges, type Snapshot } from "./timeline-rows";

interface Common {
  at: string;
  author: string;
}

export type TimelineEntry =
  | (Common & { kind: "create"; version: number; rows: ChangeRow[] })
  | (Common & { kind: "save"; version: number; rows: ChangeRow[] })
  | (Common & { kind: "approve"; version: number; rows: ChangeRow[]; adoptedAt: string | null; vote: string | null })
  | (Common & { kind: "amend"; field: string; old: string | null; new: string | null; reason: string });

function parse<T>(json: string | null | undefined, fallback: T): T {
  try {
    return json ? (JSON.parse(json) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** "tán thành 7, không tán thành 0, không biểu quyết 0 (7 đảng viên có quyền biểu quyết)". */
export function minutesVoteText(m: MeetingDetail): string | null {
  const v = m.approval?.minutesVote;
  if (!v || v.for === null) return null;
  return (
    `tán thành ${v.for}, không tán thành ${v.against ?? 0}, không biểu quyết ${v.abstain ?? 0} ` +
    `(${m.attendance.eligibleVoters} đảng viên chính thức có quyền biểu quyết)`
  );
}

/** The whole history of a meeting the actor may see the history of (NOT_FOUND otherwise). */
export async function loadTimeline(actor: Actor, meeting: MeetingDetail): Promise<TimelineEntry[]> {
  const visible = await db().meeting.findFirst({
    where: { id: meeting.id, deletedAt: null, unit: unitWhere(actor, "meeting.history") },
    select: { id: true },
  });
  if (!visible) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const [revisions, amendments, audits] = await Promise.all([
    db().revision.findMany({
      where: { meetingId: meeting.id },
      orderBy: { version: "asc" },
      select: { version: true, authorId: true, createdAt: true, changes: true, snapshot: true },
    }),
    db().amendment.findMany({
      where: { meetingId: meeting.id },
      orderBy: { createdAt: "asc" },
      select: { field: true, oldValue: true, newValue: true, reason: true, createdAt: true, authorId: true },
    }),
    db().auditEvent.findMany({
      where: { entityType: "Meeting", entityId: meeting.id, action: { in: ["meeting.create", "meeting.approve"] } },
      select: { action: true, data: true },
    }),
  ]);
  const names = await accountNames([...revisions.map((r) => r.authorId), ...amendments.map((a) => a.authorId)]);
  const who = (id: string | null) => (id ? (names.get(id) ?? "Tài khoản đã xóa") : "Hệ thống");

  const actionOf = new Map<number, string>();
  for (const a of audits) {
    const version = parse<{ version?: unknown }>(a.data, {}).version;
    if (typeof version === "number") actionOf.set(version, a.action);
  }
  const first = revisions[0]?.version;
  const createAudited = [...actionOf.values()].includes("meeting.create");
  const last = revisions[revisions.length - 1]?.version;
  const approvedVersion =
    [...actionOf].find(([, action]) => action === "meeting.approve")?.[0] ??
    (meeting.status === "APPROVED" ? last : undefined);

  const entries: TimelineEntry[] = [];
  let before: Snapshot = null;
  for (const r of revisions) {
    const after = parse<Snapshot>(r.snapshot, null);
    const rows = describeChanges(parse<FieldChange[]>(r.changes, []), before, after);
    const common = { at: r.createdAt.toISOString(), author: who(r.authorId), version: r.version };
    if (r.version === approvedVersion) {
      entries.push({
        ...common,
        kind: "approve",
        rows,
        adoptedAt: meeting.approval?.approvedAt ?? null,
        vote: minutesVoteText(meeting),
      });
    } else if (actionOf.get(r.version) === "meeting.create" || (r.version === first && !createAudited)) {
      entries.push({ ...common, kind: "create", rows });
    } else {
      entries.push({ ...common, kind: "save", rows });
    }
    before = after;
  }
  for (const a of amendments) {
    entries.push({
      kind: "amend",
      at: a.createdAt.toISOString(),
      author: who(a.authorId),
      field: amendedFieldLabel(meeting, a.field),
      old: a.oldValue,
      new: a.newValue,
      reason: a.reason,
    });
  }
  return entries.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
}
