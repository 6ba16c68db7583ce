import "server-only";
import { adoptionTimeError, defaultAdoptionTime } from "./adoption";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, can, meetingReadWhere, type Action, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { fullName } from "@/lib/vi/names";
import { foldForSearch } from "@/lib/vi/normalize";
import { formatMonthYear } from "@/lib/vi/date";
import { findCitations, sameDirective } from "@/lib/symbols";
import type { MeetingKind } from "@/lib/enums";
import { getMeeting, meetingDetailSelect, toMeetingDetail } from "./data";
import type { MeetingDetail } from "./dto";
import { diffRecords } from "./diff";
import { writeSearchColumns } from "@/server/search/reindex";
import { TEMPLATES } from "./templates";
import { sealAmendment, sealApproval } from "@/features/verification";
import type {
  AmendmentInput,
  ApproveMeetingInput,
  CreateMeetingInput,
  MeetingFields,
  UpdateMeetingInput,
} from "./schema";

// ───────────── helpers ─────────────

interface WriteTarget {
  id: string;
  status: "DRAFT" | "APPROVED";
  version: number;
  unitId: string;
  unit: { path: string; name: string };
}

/** The meeting for a write, scoped by the action; readable-but-not-writable is FORBIDDEN, invisible is NOT_FOUND. */
async function loadForWrite(actor: Actor, id: string, action: Action): Promise<WriteTarget> {
  const row = await db().meeting.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, status: true, version: true, unitId: true, unit: { select: { path: true, name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  if (!can(actor, action, { unitId: row.unitId, unitPath: row.unit.path })) {
    const readable = await db().meeting.count({ where: { id, ...meetingReadWhere(actor) } });
    throw readable ? new AppError("FORBIDDEN") : new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  }
  return row;
}

type Fields = Partial<MeetingFields>;

interface RosterMember {
  id: string;
  name: string;
  title: string | null;
  category: "OFFICIAL" | "PROBATIONARY";
  status: "ACTIVE" | "EXEMPT" | "TEMPORARY" | "AWAY_TEMPORARY" | "TRANSFERRED_OUT" | "SUSPENDED";
  unitPath: string;
}

/** Members referenced by the input, checked to belong to the meeting unit's tree (itself, below or above). */
async function loadReferencedMembers(tx: Tx, unitPath: string, input: Fields): Promise<Map<string, RosterMember>> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => id && ids.add(id);
  input.attendance?.entries.forEach((e) => add(e.memberId));
  add(input.chair?.memberId);
  add(input.secretary?.memberId);
  input.reports?.forEach((r) => add(r.presenter?.memberId));
  input.speeches?.forEach((s) => add(s.speaker?.memberId));
  input.tasks?.forEach((t) => add(t.owner?.memberId));
  if (ids.size === 0) return new Map();
  const ancestors = unitPath.split("/").filter(Boolean);
  const rows = await tx.member.findMany({
    where: { id: { in: [...ids] }, unit: { OR: [{ path: { startsWith: unitPath } }, { id: { in: ancestors } }] } },
    select: {
      id: true,
      familyName: true,
      middleName: true,
      givenName: true,
      title: true,
      category: true,
      status: true,
      unit: { select: { path: true } },
    },
  });
  const map = new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: fullName(r), title: r.title, category: r.category, status: r.status, unitPath: r.unit.path },
    ]),
  );
  const fields: Record<string, string[]> = {};
  const check = (id: string | null | undefined, path: string) => {
    if (id && !map.has(id)) fields[path] = ["Đảng viên không thuộc tổ chức Đảng này."];
  };
  input.attendance?.entries.forEach((e, i) => {
    check(e.memberId, `attendance.entries.${i}.memberId`);
    const m = e.memberId ? map.get(e.memberId) : undefined;
    if (m && !m.unitPath.startsWith(unitPath))
      fields[`attendance.entries.${i}.memberId`] = ["Đảng viên không thuộc danh sách của tổ chức Đảng này."];
  });
  check(input.chair?.memberId, "chair.memberId");
  check(input.secretary?.memberId, "secretary.memberId");
  input.reports?.forEach((r, i) => check(r.presenter?.memberId, `reports.${i}.presenter.memberId`));
  input.speeches?.forEach((s, i) => check(s.speaker?.memberId, `speeches.${i}.speaker.memberId`));
  input.tasks?.forEach((t, i) => check(t.owner?.memberId, `tasks.${i}.owner.memberId`));
  if (Object.keys(fields).length) throw new AppError("VALIDATION", undefined, { fields });
  return map;
}

type DirectiveRef = MeetingFields["directives"][number];

/** A cited document → its registry entry: by id, by identity (kind, number, symbol, year / plenum, term), or a new entry. */
export async function resolveDirective(tx: Tx, ref: DirectiveRef, index: number): Promise<string> {
  if (ref.directiveId) {
    let current = await tx.directive.findUnique({
      where: { id: ref.directiveId },
      select: { id: true, mergedIntoId: true },
    });
    for (let hops = 0; current?.mergedIntoId && hops < 5; hops++) {
      current = await tx.directive.findUnique({
        where: { id: current.mergedIntoId },
        select: { id: true, mergedIntoId: true },
      });
    }
    if (!current)
      throw new AppError("VALIDATION", undefined, {
        fields: { [`directives.${index}.directiveId`]: ["Không tìm thấy văn bản trong danh mục."] },
      });
    return current.id;
  }
  let d = { ...ref };
  if (!d.kind && d.raw) {
    const parsed = findCitations(d.raw)[0];
    if (!parsed) {
      throw new AppError("VALIDATION", undefined, {
        fields: {
          [`directives.${index}.raw`]: [
            "Không nhận ra văn bản trong trích dẫn. Hãy ghi như “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”.",
          ],
        },
      });
    }
    d = {
      ...d,
      kind: parsed.kind,
      number: parsed.number,
      symbol: parsed.symbol,
      issuedOn: parsed.date,
      issuer: parsed.issuer,
      term: parsed.term,
      plenum: parsed.plenum,
      congress: parsed.congress,
    };
  }
  const kind = d.kind!;
  const candidates = await tx.directive.findMany({
    where: { kind, mergedIntoId: null },
    select: {
      id: true,
      kind: true,
      number: true,
      symbol: true,
      issuedOn: true,
      term: true,
      plenum: true,
      congress: true,
    },
  });
  const identity = {
    kind,
    number: d.number ?? null,
    symbol: d.symbol ?? null,
    date: d.issuedOn ?? null,
    term: d.term ?? null,
    plenum: d.plenum ?? null,
    congress: d.congress ?? null,
  };
  const match = candidates.find((c) => sameDirective({ ...c, date: c.issuedOn }, identity));
  if (match) return match.id;
  const created = await tx.directive.create({
    data: {
      kind,
      number: d.number ?? null,
      symbol: d.symbol ?? null,
      issuedOn: d.issuedOn ?? null,
      issuer: d.issuer ?? null,
      term: d.term ?? null,
      plenum: d.plenum ?? null,
      congress: d.congress ?? null,
      subject: d.subject ?? null,
      searchText: foldForSearch(
        [d.number && d.symbol ? `${d.number}-${d.symbol}` : d.number, d.issuer, d.subject, d.raw]
          .filter(Boolean)
          .join(" "),
      ),
    },
    select: { id: true },
  });
  return created.id;
}

/** Writes the child rows of a record from complete field lists (drafts only: replaced wholesale). */
async function writeChildren(tx: Tx, meetingId: string, unitId: string, f: Fields, members: Map<string, RosterMember>) {
  const ref = (p: { memberId: string | null; name: string | null; title: string | null } | null) => ({
    memberId: p?.memberId ?? null,
    name: p?.memberId ? null : (p?.name ?? null),
    title: p?.title ?? null,
  });
  if (f.attendance) {
    await tx.attendance.deleteMany({ where: { meetingId } });
    await tx.attendance.createMany({
      data: f.attendance.entries.map((e, position) => {
        const m = e.memberId ? members.get(e.memberId) : undefined;
        return {
          meetingId,
          position,
          memberId: e.memberId ?? null,
          name: m?.name ?? e.name ?? "",
          title: e.status === "GUEST" ? (e.title ?? null) : null,
          status: e.status,
          category: m?.category ?? null,
          memberStatus: m?.status ?? null,
          reason: e.reason ?? null,
        };
      }),
    });
  }
  if (f.agenda) {
    await tx.agendaItem.deleteMany({ where: { meetingId } });
    await tx.agendaItem.createMany({
      data: f.agenda.map((a, position) => ({ meetingId, position, title: a.title, content: a.content ?? null })),
    });
  }
  if (f.reports) {
    await tx.report.deleteMany({ where: { meetingId } });
    await tx.report.createMany({
      data: f.reports.map((r, position) => {
        const p = ref(r.presenter);
        return {
          meetingId,
          position,
          title: r.title,
          content: r.content ?? null,
          presenterMemberId: p.memberId,
          presenterName: p.name,
          presenterTitle: p.title,
        };
      }),
    });
  }
  if (f.speeches) {
    await tx.speech.deleteMany({ where: { meetingId } });
    await tx.speech.createMany({
      data: f.speeches.map((s, position) => {
        const p = ref(s.speaker);
        return {
          meetingId,
          position,
          kind: s.kind,
          title: s.title ?? null,
          content: s.content ?? null,
          speakerMemberId: p.memberId,
          speakerName: p.name,
          speakerTitle: p.title,
          speakerUnitId: s.unit?.id ?? null,
          speakerUnitName: s.unit?.id ? null : (s.unit?.name ?? null),
        };
      }),
    });
  }
  if (f.directives) {
    await tx.directiveCitation.deleteMany({ where: { meetingId } });
    for (const [position, d] of f.directives.entries()) {
      const directiveId = await resolveDirective(tx, d, position);
      await tx.directiveCitation.create({
        data: { meetingId, position, directiveId, raw: d.raw ?? null, note: d.note ?? null },
      });
    }
  }
  if (f.conclusions) {
    await tx.conclusion.deleteMany({ where: { meetingId } });
    await tx.conclusion.createMany({
      data: f.conclusions.map((c, position) => ({ meetingId, position, content: c.content })),
    });
  }
  if (f.resolutions) {
    // tasks keep living: their link to a replaced resolution is cleared by the foreign key and set again below
    await tx.resolution.deleteMany({ where: { meetingId } });
    await tx.resolution.createMany({
      data: f.resolutions.map((r, position) => ({
        meetingId,
        position,
        title: r.title,
        content: r.content ?? null,
        voteFor: r.vote.for,
        voteAgainst: r.vote.against,
        voteAbstain: r.vote.abstain,
      })),
    });
  }
  if (f.tasks) {
    // Update tasks in place (their ids and progress notes survive), add new ones, drop removed ones.
    const existing = new Map(
      (await tx.task.findMany({ where: { meetingId }, select: { id: true, status: true } })).map((t) => [t.id, t]),
    );
    const kept = new Set<string>();
    for (const t of f.tasks) {
      const owner = ref(t.owner);
      const data = {
        title: t.title,
        ownerMemberId: owner.memberId,
        ownerName: owner.name,
        dueOn: t.dueOn ?? null,
        status: t.status,
      };
      const before = t.id ? existing.get(t.id) : undefined;
      if (before && !kept.has(before.id)) {
        kept.add(before.id);
        await tx.task.update({
          where: { id: before.id },
          data: {
            ...data,
            ...(t.status === "DONE"
              ? before.status === "DONE"
                ? {}
                : { completedAt: new Date() }
              : { completedAt: null }),
          },
        });
      } else {
        await tx.task.create({
          data: { ...data, unitId, meetingId, completedAt: t.status === "DONE" ? new Date() : null },
        });
      }
    }
    const removed = [...existing.keys()].filter((id) => !kept.has(id));
    if (removed.length) await tx.task.deleteMany({ where: { id: { in: removed } } });
  }
  if (f.resolutions || f.tasks) {
    const firstResolution = await tx.resolution.findFirst({
      where: { meetingId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    if (firstResolution)
      await tx.task.updateMany({
        where: { meetingId, resolutionId: null },
        data: { resolutionId: firstResolution.id },
      });
  }
}

function scalarData(f: Fields) {
  const person = (p: Fields["chair"]) => ({
    memberId: p?.memberId ?? null,
    name: p?.memberId ? null : (p?.name ?? null),
    title: p?.title ?? null,
  });
  const out: Record<string, unknown> = {};
  for (const k of [
    "kind",
    "title",
    "summary",
    "number",
    "startsAt",
    "endsAt",
    "place",
    "combined",
    "opening",
    "closing",
    "rating",
  ] as const) {
    if (f[k] !== undefined) out[k] = f[k];
  }
  if (f.chair !== undefined) {
    const p = person(f.chair);
    Object.assign(out, { chairMemberId: p.memberId, chairName: p.name, chairTitle: p.title });
  }
  if (f.secretary !== undefined) {
    const p = person(f.secretary);
    Object.assign(out, { secretaryMemberId: p.memberId, secretaryName: p.name, secretaryTitle: p.title });
  }
  return out;
}

async function readDetailTx(tx: Tx, id: string): Promise<MeetingDetail> {
  const row = await tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingDetailSelect });
  return toMeetingDetail(row as Parameters<typeof toMeetingDetail>[0]);
}

/** The editable content of a record, for diffs and snapshots (no ids, no computed fields). */
export function editableContent(m: MeetingDetail) {
  const person = (p: MeetingDetail["chair"]) => (p ? { memberId: p.memberId, name: p.name, title: p.title } : null);
  return {
    kind: m.kind,
    title: m.title,
    summary: m.summary,
    number: m.number,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    place: m.place,
    chair: person(m.chair),
    secretary: person(m.secretary),
    combined: m.combined,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    attendance: m.attendance.entries.map((e) => ({
      memberId: e.memberId,
      name: e.name,
      title: e.title,
      status: e.status,
      reason: e.reason,
    })),
    agenda: m.agenda.map((a) => ({ title: a.title, content: a.content })),
    reports: m.reports.map((r) => ({ title: r.title, presenter: person(r.presenter), content: r.content })),
    speeches: m.speeches.map((s) => ({
      kind: s.kind,
      title: s.title,
      speaker: person(s.speaker),
      unit: s.unit?.name ?? null,
      content: s.content,
    })),
    directives: m.directives.map((d) => ({ directiveId: d.directiveId, raw: d.raw, note: d.note })),
    conclusions: m.conclusions.map((c) => c.content),
    resolutions: m.resolutions.map((r) => ({
      title: r.title,
      content: r.content,
      for: r.vote.for,
      against: r.vote.against,
      abstain: r.vote.abstain,
    })),
    tasks: m.tasks.map((t) => ({ title: t.title, owner: t.owner?.name ?? null, dueOn: t.dueOn, status: t.status })),
  };
}

/** After the rows are written: recompute the search key, record the revision and the audit event. */
async function finishWrite(
  tx: Tx,
  actor: Actor,
  action: string,
  before: MeetingDetail | null,
  id: string,
  version: number,
): Promise<MeetingDetail> {
  await writeSearchColumns(tx, id);
  const after = await readDetailTx(tx, id);
  const changes = diffRecords(before ? editableContent(before) : {}, editableContent(after));
  await tx.revision.create({
    data: {
      meetingId: id,
      version,
      authorId: actor.userId,
      snapshot: JSON.stringify(editableContent(after)),
      changes: JSON.stringify(changes),
    },
  });
  await writeAudit(
    tx,
    actor,
    action,
    { type: "Meeting", id, unitId: after.unit.id },
    { version, changed: changes.length },
  );
  return after;
}

// ───────────── commands ─────────────

/** Creates a draft for a unit. */
export async function createMeeting(
  actor: Actor,
  input: CreateMeetingInput,
  extra: { importReport?: string } = {},
): Promise<MeetingDetail> {
  const unit = await db().unit.findFirst({
    where: { id: input.unit.id, closedAt: null },
    select: { id: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
  authorize(actor, "meeting.create", { unitId: unit.id, unitPath: unit.path });
  const { unit: _unit, ...fields } = input;
  return db().$transaction(async (tx) => {
    const members = await loadReferencedMembers(tx, unit.path, fields);
    const created = await tx.meeting.create({
      data: {
        ...(scalarData(fields) as { kind: MeetingKind; title: string; startsAt: Date | null }),
        unitId: unit.id,
        status: "DRAFT",
        version: 1,
        createdById: actor.userId,
        importReport: extra.importReport ?? null,
      },
      select: { id: true },
    });
    await writeChildren(tx, created.id, unit.id, fields, members);
    return finishWrite(tx, actor, "meeting.create", null, created.id, 1);
  });
}

/** Saves changes to a draft based on `version`; a stale version is a CONFLICT carrying the current record. */
export async function updateMeeting(actor: Actor, id: string, input: UpdateMeetingInput): Promise<MeetingDetail> {
  const target = await loadForWrite(actor, id, "meeting.update");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED");
  const { version, ...fields } = input;
  try {
    return await db().$transaction(async (tx) => {
      const before = await readDetailTx(tx, id);
      // The guard, re-checked inside the transaction: still a draft, still the version the editor saw.
      const bumped = await tx.meeting.updateMany({
        where: { id, version, status: "DRAFT", deletedAt: null },
        data: { ...scalarData(fields), version: { increment: 1 } },
      });
      if (bumped.count !== 1) {
        const now = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { status: true } });
        throw new AppError(now.status === "APPROVED" ? "MINUTES_LOCKED" : "CONFLICT");
      }
      const members = await loadReferencedMembers(tx, target.unit.path, fields);
      await writeChildren(tx, id, target.unitId, fields, members);
      const merged = { ...before, ...fields };
      if (merged.endsAt && merged.startsAt && new Date(merged.endsAt) < new Date(merged.startsAt)) {
        throw new AppError("VALIDATION", undefined, {
          fields: { endsAt: ["Thời gian kết thúc phải sau thời gian bắt đầu."] },
        });
      }
      return finishWrite(tx, actor, "meeting.update", before, id, version + 1);
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT") {
      throw new AppError("CONFLICT", undefined, { details: await getMeeting(actor, id) });
    }
    throw e;
  }
}

/** The meeting adopts its minutes: draft → approved, with the vote on the minutes; then locked. */
export async function approveMeeting(actor: Actor, id: string, input: ApproveMeetingInput): Promise<MeetingDetail> {
  const target = await loadForWrite(actor, id, "meeting.approve");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED", "Biên bản đã được thông qua trước đó.");
  const current = await getMeeting(actor, id);
  if (!current) throw new AppError("NOT_FOUND");
  const fields: Record<string, string[]> = {};
  if (!current.startsAt) fields.startsAt = ["Biên bản cần ghi ngày họp trước khi thông qua."];
  if (!current.chair) fields["chair"] = ["Biên bản cần ghi rõ người chủ trì trước khi thông qua."];
  if (!current.secretary) fields["secretary"] = ["Biên bản cần ghi rõ thư ký trước khi thông qua."];
  if (current.attendance.summary.total === 0) fields["attendance"] = ["Biên bản cần có danh sách đảng viên dự họp."];
  if (
    input.minutesVote &&
    input.minutesVote.for + input.minutesVote.against + input.minutesVote.abstain > current.attendance.summary.present
  ) {
    fields["minutesVote"] = ["Số biểu quyết nhiều hơn số đảng viên có mặt."];
  }
  // adopted at the end of the meeting unless told otherwise (item 7): never the time of the click
  const approvedAt = input.approvedAt ?? defaultAdoptionTime(current);
  const atError = current.startsAt ? adoptionTimeError(approvedAt, current) : null;
  if (atError) fields.approvedAt = [atError];
  if (Object.keys(fields).length)
    throw new AppError("VALIDATION", "Biên bản chưa đủ điều kiện để thông qua.", { fields });
  try {
    return await db().$transaction(async (tx) => {
      const before = await readDetailTx(tx, id);
      const done = await tx.meeting.updateMany({
        where: { id, version: input.version, status: "DRAFT", deletedAt: null },
        data: {
          status: "APPROVED",
          approvedAt,
          approvedById: actor.userId,
          minutesVoteFor: input.minutesVote?.for ?? null,
          minutesVoteAgainst: input.minutesVote?.against ?? null,
          minutesVoteAbstain: input.minutesVote?.abstain ?? null,
          version: { increment: 1 },
        },
      });
      if (done.count !== 1) throw new AppError("CONFLICT");
      await sealApproval(tx, id);
      return finishWrite(tx, actor, "meeting.approve", before, id, input.version + 1);
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT")
      throw new AppError("CONFLICT", undefined, { details: await getMeeting(actor, id) });
    throw e;
  }
}

/** Fields of an approved record that can be corrected by an amendment, with their current value. */
export function amendableValue(m: MeetingDetail, field: string): string | null | undefined {
  const simple: Record<string, string | null> = {
    title: m.title,
    summary: m.summary,
    place: m.place,
    opening: m.opening,
    closing: m.closing,
    rating: m.rating,
    number: m.number,
  };
  if (field in simple) return simple[field];
  const match = /^(agenda|reports|speeches|conclusions|resolutions)\.(\d+)\.(title|content)$/.exec(field);
  if (!match) return undefined;
  const list = m[match[1] as "agenda"] as Array<{ title?: string | null; content?: string | null }>;
  const item = list[Number(match[2])];
  if (!item || !(match[3] in item)) return undefined;
  return (item as Record<string, string | null>)[match[3]] ?? null;
}

/** A dated correction (đính chính) of an approved record; the original stays as adopted. */
export async function amendMeeting(actor: Actor, id: string, input: AmendmentInput) {
  const target = await loadForWrite(actor, id, "meeting.amend");
  if (target.status !== "APPROVED")
    throw new AppError("VALIDATION", "Chỉ đính chính biên bản đã thông qua; bản nháp được sửa trực tiếp.");
  const current = await getMeeting(actor, id);
  if (!current) throw new AppError("NOT_FOUND");
  const old = amendableValue(current, input.field);
  if (old === undefined)
    throw new AppError("VALIDATION", undefined, { fields: { field: ["Mục cần đính chính không hợp lệ."] } });
  if ((old ?? "") === input.newValue)
    throw new AppError("VALIDATION", undefined, {
      fields: { newValue: ["Nội dung đính chính giống nội dung hiện có."] },
    });
  return db().$transaction(async (tx) => {
    const amendment = await tx.amendment.create({
      data: {
        meetingId: id,
        authorId: actor.userId,
        reason: input.reason,
        field: input.field,
        oldValue: old,
        newValue: input.newValue,
      },
      select: { id: true, field: true, oldValue: true, newValue: true, reason: true, createdAt: true, authorId: true },
    });
    await sealAmendment(tx, amendment.id);
    await writeAudit(
      tx,
      actor,
      "meeting.amend",
      { type: "Meeting", id, unitId: target.unitId },
      { field: input.field, reason: input.reason },
    );
    await writeSearchColumns(tx, id);
    return { ...amendment, createdAt: amendment.createdAt.toISOString() };
  });
}

/** Soft-deletes a draft (approved records are never deleted). */
export async function deleteDraft(actor: Actor, id: string): Promise<void> {
  const target = await loadForWrite(actor, id, "meeting.delete");
  if (target.status !== "DRAFT") throw new AppError("MINUTES_LOCKED", "Biên bản đã thông qua không thể xóa.");
  await db().$transaction(async (tx) => {
    const done = await tx.meeting.updateMany({
      where: { id, status: "DRAFT", deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (done.count !== 1) throw new AppError("MINUTES_LOCKED", "Biên bản đã thông qua không thể xóa.");
    await writeAudit(tx, actor, "meeting.delete", { type: "Meeting", id, unitId: target.unitId });
  });
}

/**
 * Starts a draft for a unit: from the template of its kind, or by copying the unit's last record
 * (agenda, place, chair, secretary); the roster comes in as present, with the status of today.
 */
export async function startDraft(
  actor: Actor,
  input: { unitId: string; kind: MeetingKind; startsAt: Date; copyLast?: boolean },
): Promise<MeetingDetail> {
  const unit = await db().unit.findFirst({
    where: { id: input.unitId, closedAt: null },
    select: { id: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
  authorize(actor, "meeting.create", { unitId: unit.id, unitPath: unit.path });
  const roster = await db().member.findMany({
    where: { unit: { path: { startsWith: unit.path } }, status: { notIn: ["TRANSFERRED_OUT"] } },
    select: { id: true, familyName: true, middleName: true, givenName: true },
  });
  const template = TEMPLATES[input.kind];
  const last = input.copyLast
    ? await db().meeting.findFirst({
        where: { unitId: unit.id, deletedAt: null },
        orderBy: { startsAt: "desc" },
        select: { id: true },
      })
    : null;
  const lastDetail = last ? await getMeeting(actor, last.id) : null;
  const fields: CreateMeetingInput = {
    unit: { id: unit.id },
    kind: input.kind,
    title: `${template.titlePrefix} ${formatMonthYear(input.startsAt)}`,
    summary: null,
    number: null,
    startsAt: input.startsAt,
    endsAt: null,
    place: lastDetail?.place ?? "",
    chair: lastDetail?.chair
      ? { memberId: lastDetail.chair.memberId, name: lastDetail.chair.name, title: lastDetail.chair.title }
      : null,
    secretary: lastDetail?.secretary
      ? { memberId: lastDetail.secretary.memberId, name: lastDetail.secretary.name, title: lastDetail.secretary.title }
      : null,
    combined: false,
    opening: null,
    closing: null,
    rating: null,
    attendance: {
      entries: roster.map((m) => ({
        memberId: m.id,
        name: fullName(m),
        title: null,
        status: "PRESENT" as const,
        reason: null,
      })),
    },
    agenda: lastDetail
      ? lastDetail.agenda.map((a) => ({ title: a.title, content: null }))
      : template.agenda.map((title) => ({ title, content: null })),
    reports: [],
    speeches: [],
    directives: [],
    conclusions: [],
    resolutions: [],
    tasks: [],
  };
  return createMeeting(actor, fields);
}
