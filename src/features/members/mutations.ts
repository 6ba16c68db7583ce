import "server-only";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, can, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { markSearchStale, reindexStaleMeetings } from "@/server/search/reindex";
import { fullName } from "@/lib/vi/names";
import { foldForSearch } from "@/lib/vi/normalize";
import { memberStatusLabels } from "@/lib/vi/labels";
import type {
  ChangeStatusInput,
  CreateMemberInput,
  PositionInput,
  TransferMemberInput,
  UpdateMemberInput,
} from "./schema";

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy đảng viên.");
const unitNotFound = () => new AppError("NOT_FOUND", "Không tìm thấy chi bộ.");

/** The unit a member is written to: must exist, be open and be managed by the actor. */
async function loadTargetUnit(actor: Actor, unitId: string) {
  const unit = await db().unit.findUnique({
    where: { id: unitId },
    select: { id: true, name: true, path: true, closedAt: true },
  });
  if (!unit) throw unitNotFound();
  const ref = { unitId: unit.id, unitPath: unit.path };
  if (!can(actor, "member.manage", ref))
    throw can(actor, "unit.read", ref) ? new AppError("FORBIDDEN") : unitNotFound();
  authorize(actor, "member.manage", ref);
  if (unit.closedAt)
    throw new AppError("VALIDATION", `${unit.name} đã giải thể, không thể ghi đảng viên vào tổ chức này.`, {
      fields: { unitId: ["Tổ chức đã giải thể."] },
    });
  return unit;
}

/** A member for a change: invisible is NOT_FOUND, visible but not managed is FORBIDDEN. */
async function loadMemberForWrite(actor: Actor, memberId: string) {
  const m = await db().member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      unitId: true,
      status: true,
      familyName: true,
      middleName: true,
      givenName: true,
      unit: { select: { id: true, name: true, path: true } },
    },
  });
  if (!m) throw notFound();
  const ref = { unitId: m.unit.id, unitPath: m.unit.path };
  if (!can(actor, "member.manage", ref)) throw can(actor, "member.read", ref) ? new AppError("FORBIDDEN") : notFound();
  authorize(actor, "member.manage", ref);
  return m;
}

export function memberData(input: Omit<CreateMemberInput, "unitId" | "positions">) {
  return {
    familyName: input.familyName,
    middleName: input.middleName ?? "",
    givenName: input.givenName,
    nameFolded: foldForSearch(
      fullName({ familyName: input.familyName, middleName: input.middleName ?? "", givenName: input.givenName }),
    ),
    gender: input.gender,
    birthDate: input.birthDate,
    admittedOn: input.admittedOn,
    officialOn: input.officialOn,
    category: input.category,
    partyCardNumber: input.partyCardNumber,
  };
}

/** The current positions as one line ("Bí thư Chi bộ, Trưởng phòng Đào tạo") for lists and minutes. */
export function titleOf(positions: PositionInput[]): string | null {
  const current = positions.filter((p) => !p.endOn);
  return current.length ? current.map((p) => p.title).join(", ") : null;
}

export async function writePositions(tx: Tx, memberId: string, positions: PositionInput[]) {
  await tx.position.deleteMany({ where: { memberId } });
  if (positions.length) {
    await tx.position.createMany({
      data: positions.map((p, sortOrder) => ({
        memberId,
        kind: p.kind,
        title: p.title,
        organ: p.organ,
        startOn: p.startOn,
        endOn: p.endOn,
        sortOrder,
      })),
    });
  }
}

async function assertCardFree(tx: Tx, card: string | null, exceptId?: string) {
  if (!card) return;
  const other = await tx.member.findFirst({
    where: { partyCardNumber: card, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other)
    throw new AppError("VALIDATION", `Số thẻ đảng viên ${card} đã được dùng cho một đảng viên khác.`, {
      fields: { partyCardNumber: ["Số thẻ đảng viên đã tồn tại."] },
    });
}

/**
 * The meetings whose search text folds in these members' names: as chair, secretary, report
 * presenter, speaker or task owner (see searchSourceSelect in server/search/columns.ts).
 */
export function meetingsNamingMembers(memberIds: string[]) {
  const ids = { in: memberIds };
  return {
    OR: [
      { chairMemberId: ids },
      { secretaryMemberId: ids },
      { reports: { some: { presenterMemberId: ids } } },
      { speeches: { some: { speakerMemberId: ids } } },
      { tasks: { some: { ownerMemberId: ids } } },
    ],
  };
}

/** Did a write change how the member's name reads (the search columns keep the folded name)? */
export function nameChanged(
  before: { familyName: string; middleName: string; givenName: string },
  after: { familyName: string; middleName?: string | null; givenName: string },
) {
  return (
    before.familyName !== after.familyName ||
    before.middleName !== (after.middleName ?? "") ||
    before.givenName !== after.givenName
  );
}

/** Adds a member to a unit's roster, with the first Membership row and the positions. */
export async function createMember(actor: Actor, input: CreateMemberInput): Promise<{ id: string }> {
  const unit = await loadTargetUnit(actor, input.unitId);
  return db().$transaction(async (tx) => {
    await assertCardFree(tx, input.partyCardNumber);
    const created = await tx.member.create({
      data: {
        ...memberData(input),
        unitId: unit.id,
        title: titleOf(input.positions),
        statusSince: input.admittedOn,
        memberships: { create: { unitId: unit.id, startOn: input.admittedOn } },
      },
      select: { id: true },
    });
    await writePositions(tx, created.id, input.positions);
    await writeAudit(
      tx,
      actor,
      "member.create",
      { type: "Member", id: created.id, unitId: unit.id },
      { name: fullName(input) },
    );
    return created;
  });
}

/** Updates a member's particulars and positions (the positions list is replaced as a whole). */
export async function updateMember(actor: Actor, input: UpdateMemberInput): Promise<{ id: string }> {
  const m = await loadMemberForWrite(actor, input.memberId);
  const result = await db().$transaction(async (tx) => {
    await assertCardFree(tx, input.partyCardNumber, m.id);
    await tx.member.update({ where: { id: m.id }, data: { ...memberData(input), title: titleOf(input.positions) } });
    await writePositions(tx, m.id, input.positions);
    // the records that name the member are searched by the new name too
    const stale = nameChanged(m, input) ? await markSearchStale(tx, meetingsNamingMembers([m.id])) : 0;
    await writeAudit(
      tx,
      actor,
      "member.update",
      { type: "Member", id: m.id, unitId: m.unitId },
      { name: fullName(input) },
    );
    return { id: m.id, stale };
  });
  if (result.stale) await reindexStaleMeetings(db());
  return { id: result.id };
}

/** A dated status: miễn sinh hoạt, đình chỉ, or back to normal; the open status row is closed the day before. */
export async function changeMemberStatus(actor: Actor, input: ChangeStatusInput): Promise<{ id: string }> {
  const m = await loadMemberForWrite(actor, input.memberId);
  if (m.status === "TRANSFERRED_OUT")
    throw new AppError("VALIDATION", "Đảng viên đã chuyển sinh hoạt đi; hãy ghi tình trạng tại tổ chức đang quản lý.");
  return db().$transaction(async (tx) => {
    await tx.memberStatusChange.updateMany({
      where: { memberId: m.id, toOn: null, fromOn: { lt: input.fromOn } },
      data: { toOn: input.fromOn },
    });
    await tx.memberStatusChange.create({
      data: { memberId: m.id, status: input.status, fromOn: input.fromOn, toOn: input.toOn, note: input.note },
    });
    if (m.status === "AWAY_TEMPORARY" && input.status === "ACTIVE" && !input.toOn) {
      // back from sinh hoạt tạm thời: the host unit's membership ends, the home unit's stays
      await tx.membership.updateMany({
        where: { memberId: m.id, endOn: null, unitId: { not: m.unitId } },
        data: { endOn: input.fromOn },
      });
    }
    await tx.member.update({
      where: { id: m.id },
      data: { status: input.toOn ? m.status : input.status, statusSince: input.toOn ? undefined : input.fromOn },
    });
    await writeAudit(
      tx,
      actor,
      "member.status",
      { type: "Member", id: m.id, unitId: m.unitId },
      { status: input.status, fromOn: input.fromOn, toOn: input.toOn, label: memberStatusLabels[input.status] },
    );
    return { id: m.id };
  });
}

/**
 * The rows of an official move (chuyển sinh hoạt chính thức), inside the caller's transaction:
 * the open Membership row ends on the date and one opens in the receiving unit; every open status
 * row ends on the date and a closed TRANSFERRED_OUT row records the move, so the old unit's history
 * keeps the member; the member is then ACTIVE in the receiving unit. Shared by transferMember and
 * the roster import, so a move reads the same whichever way it was made.
 */
export async function moveMemberOfficially(
  tx: Tx,
  move: {
    memberId: string;
    from: { name: string };
    to: { id: string; name: string };
    on: string;
    note?: string | null;
    membershipNote?: string;
  },
): Promise<void> {
  const { memberId, from, to, on, note } = move;
  await tx.membership.updateMany({ where: { memberId, endOn: null }, data: { endOn: on } });
  await tx.membership.create({
    data: {
      memberId,
      unitId: to.id,
      startOn: on,
      note: move.membershipNote ?? note ?? `Chuyển sinh hoạt đến từ ${from.name}`,
    },
  });
  await tx.memberStatusChange.updateMany({ where: { memberId, toOn: null }, data: { toOn: on } });
  await tx.memberStatusChange.create({
    data: {
      memberId,
      status: "TRANSFERRED_OUT",
      fromOn: on,
      toOn: on,
      note: `Chuyển sinh hoạt chính thức từ ${from.name} đến ${to.name}${note ? `: ${note}` : ""}`,
    },
  });
  await tx.member.update({ where: { id: memberId }, data: { unitId: to.id, status: "ACTIVE", statusSince: on } });
}

/**
 * Chuyển sinh hoạt đảng. OFFICIAL: the current Membership row is closed on the date, a new one
 * opens in the receiving unit, the member's unit changes; a TRANSFERRED_OUT status row records the
 * move, so the old unit's history keeps the member. TEMPORARY (sinh hoạt tạm thời): the home unit
 * keeps the member (status AWAY_TEMPORARY) and a Membership row opens in the host unit.
 * Needs "member.manage" on both units.
 */
export async function transferMember(actor: Actor, input: TransferMemberInput): Promise<{ id: string }> {
  const m = await loadMemberForWrite(actor, input.memberId);
  const to = await loadTargetUnit(actor, input.toUnitId);
  if (to.id === m.unitId)
    throw new AppError("VALIDATION", "Chi bộ chuyển đến trùng với chi bộ hiện tại.", {
      fields: { toUnitId: ["Hãy chọn chi bộ khác."] },
    });
  return db().$transaction(async (tx) => {
    const fromName = m.unit.name;
    if (input.kind === "OFFICIAL") {
      await moveMemberOfficially(tx, { memberId: m.id, from: m.unit, to, on: input.on, note: input.note ?? null });
    } else {
      await tx.membership.create({
        data: {
          memberId: m.id,
          unitId: to.id,
          startOn: input.on,
          note: input.note ?? `Sinh hoạt tạm thời, đảng viên của ${fromName}`,
        },
      });
      await tx.memberStatusChange.create({
        data: {
          memberId: m.id,
          status: "AWAY_TEMPORARY",
          fromOn: input.on,
          note: `Sinh hoạt tạm thời tại ${to.name}${input.note ? `: ${input.note}` : ""}`,
        },
      });
      await tx.member.update({ where: { id: m.id }, data: { status: "AWAY_TEMPORARY", statusSince: input.on } });
    }
    await writeAudit(
      tx,
      actor,
      "member.transfer",
      { type: "Member", id: m.id, unitId: m.unitId },
      { kind: input.kind, fromUnitId: m.unitId, toUnitId: to.id, on: input.on },
    );
    return { id: m.id };
  });
}
