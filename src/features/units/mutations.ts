import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, can, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { markSearchStale, reindexStaleMeetings } from "@/server/search/reindex";
import { foldForSearch } from "@/lib/vi/normalize";
import { unitKindLabels } from "@/lib/vi/labels";
import type { UnitKind } from "@/lib/enums";
import { isSelfOrDescendant, mayHoldChild, rewritePath } from "./rules";
import type { CloseUnitInput, CreateUnitInput, MoveUnitInput, RenameUnitInput } from "./schema";

interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  closedAt: Date | null;
}

const unitSelect = {
  id: true,
  name: true,
  kind: true,
  parentId: true,
  path: true,
  depth: true,
  closedAt: true,
} as const;

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
const refuse = (message: string, field?: string) =>
  new AppError("VALIDATION", message, field ? { fields: { [field]: [message] } } : undefined);

/**
 * The unit for a change: invisible (no "unit.read") is NOT_FOUND, visible but not manageable is
 * FORBIDDEN, so an admin of a sibling subtree learns nothing about units outside their own.
 */
async function loadManaged(actor: Actor, id: string): Promise<UnitRow> {
  const row = await db().unit.findUnique({ where: { id }, select: unitSelect });
  if (!row) throw notFound();
  const ref = { unitId: row.id, unitPath: row.path };
  if (!can(actor, "unit.manage", ref)) throw can(actor, "unit.read", ref) ? new AppError("FORBIDDEN") : notFound();
  return row;
}

export interface UnitChange {
  id: string;
  name: string;
  path: string;
}

/** A new unit under a parent the actor manages; kinds must make sense (a chi bộ holds no units). */
export async function createUnit(actor: Actor, input: CreateUnitInput): Promise<UnitChange> {
  const parent = await loadManaged(actor, input.parentId);
  authorize(actor, "unit.manage", { unitId: parent.id, unitPath: parent.path });
  if (parent.closedAt) throw refuse(`${parent.name} đã giải thể, không thể thêm tổ chức trực thuộc.`, "parentId");
  if (!mayHoldChild(parent.kind, input.kind)) {
    throw refuse(
      `${unitKindLabels[parent.kind]} không thể có ${unitKindLabels[input.kind].toLowerCase()} trực thuộc.`,
      "kind",
    );
  }
  return db().$transaction(async (tx) => {
    const id = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
    const fresh = await tx.unit.findUniqueOrThrow({
      where: { id: parent.id },
      select: { path: true, depth: true, closedAt: true, place: true },
    });
    if (fresh.closedAt) throw refuse(`${parent.name} đã giải thể, không thể thêm tổ chức trực thuộc.`, "parentId");
    const last = await tx.unit.aggregate({ where: { parentId: parent.id }, _max: { sortOrder: true } });
    const created = await tx.unit.create({
      data: {
        id,
        name: input.name,
        nameFolded: foldForSearch(input.name),
        kind: input.kind,
        parentId: parent.id,
        path: `${fresh.path}${id}/`,
        depth: fresh.depth + 1,
        place: input.place ?? fresh.place,
        symbolCode: input.symbolCode ?? (input.kind === "CHI_BO" || input.kind === "CHI_BO_CO_SO" ? "CB" : null),
        sortOrder: (last._max.sortOrder ?? -1) + 1,
      },
      select: { id: true, name: true, path: true },
    });
    await writeAudit(
      tx,
      actor,
      "unit.create",
      { type: "Unit", id: created.id, unitId: created.id },
      { name: created.name, kind: input.kind, parentId: parent.id },
    );
    return created;
  });
}

export async function renameUnit(actor: Actor, input: RenameUnitInput): Promise<UnitChange> {
  const unit = await loadManaged(actor, input.unitId);
  authorize(actor, "unit.manage", { unitId: unit.id, unitPath: unit.path });
  if (unit.name === input.name) return { id: unit.id, name: unit.name, path: unit.path };
  const renamed = await db().$transaction(async (tx) => {
    const updated = await tx.unit.update({
      where: { id: unit.id },
      data: { name: input.name, nameFolded: foldForSearch(input.name) },
      select: { id: true, name: true, path: true },
    });
    // the unit's records and the records where it spoke are searched by the new name
    await markSearchStale(tx, { OR: [{ unitId: unit.id }, { speeches: { some: { speakerUnitId: unit.id } } }] });
    await writeAudit(
      tx,
      actor,
      "unit.rename",
      { type: "Unit", id: unit.id, unitId: unit.id },
      { from: unit.name, to: input.name },
    );
    return updated;
  });
  await reindexStaleMeetings(db());
  return renamed;
}

/**
 * Moves a unit and its whole subtree under a new parent. Needs "unit.manage" on the unit, on its
 * old parent and on the new parent. Paths and depths of every descendant are rewritten in one
 * transaction; grants point at unit ids, so access follows the unit to its new place.
 */
export async function moveUnit(actor: Actor, input: MoveUnitInput): Promise<UnitChange> {
  const unit = await loadManaged(actor, input.unitId);
  authorize(actor, "unit.manage", { unitId: unit.id, unitPath: unit.path });
  if (!unit.parentId) throw refuse("Không thể chuyển tổ chức Đảng cấp cao nhất.", "unitId");
  const oldParent = await db().unit.findUniqueOrThrow({ where: { id: unit.parentId }, select: unitSelect });
  authorize(actor, "unit.manage", { unitId: oldParent.id, unitPath: oldParent.path });
  const target = await loadManaged(actor, input.newParentId);
  authorize(actor, "unit.manage", { unitId: target.id, unitPath: target.path });
  if (target.id === oldParent.id) return { id: unit.id, name: unit.name, path: unit.path };
  if (isSelfOrDescendant(unit.path, target.path)) {
    throw refuse(`Không thể chuyển ${unit.name} vào chính nó hoặc một tổ chức trực thuộc của nó.`, "newParentId");
  }
  if (target.closedAt) throw refuse(`${target.name} đã giải thể, không thể nhận tổ chức trực thuộc.`, "newParentId");
  if (!mayHoldChild(target.kind, unit.kind)) {
    throw refuse(
      `${unitKindLabels[target.kind]} không thể có ${unitKindLabels[unit.kind].toLowerCase()} trực thuộc.`,
      "newParentId",
    );
  }
  return db().$transaction(
    async (tx) => {
      // Re-read inside the transaction: the tree may have changed since the checks above.
      const now = await tx.unit.findUniqueOrThrow({
        where: { id: unit.id },
        select: { path: true, depth: true, parentId: true },
      });
      const dest = await tx.unit.findUniqueOrThrow({
        where: { id: target.id },
        select: { path: true, depth: true, closedAt: true },
      });
      if (dest.closedAt || isSelfOrDescendant(now.path, dest.path))
        throw refuse("Cây tổ chức vừa thay đổi. Vui lòng tải lại trang.", "newParentId");
      const oldPrefix = now.path.slice(0, now.path.length - unit.id.length - 1); // parent's path
      const delta = dest.depth + 1 - now.depth;
      const subtree = await tx.unit.findMany({
        where: { path: { startsWith: now.path } },
        select: { id: true, path: true, depth: true },
      });
      for (const u of subtree) {
        await tx.unit.update({
          where: { id: u.id },
          data: { path: rewritePath(u.path, oldPrefix, dest.path), depth: u.depth + delta },
        });
      }
      const last = await tx.unit.aggregate({ where: { parentId: target.id }, _max: { sortOrder: true } });
      const moved = await tx.unit.update({
        where: { id: unit.id },
        data: { parentId: target.id, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        select: { id: true, name: true, path: true },
      });
      await writeAudit(
        tx,
        actor,
        "unit.move",
        { type: "Unit", id: unit.id, unitId: unit.id },
        {
          fromParentId: oldParent.id,
          toParentId: target.id,
          fromPath: now.path,
          toPath: moved.path,
          units: subtree.length,
        },
      );
      return moved;
    },
    { timeout: 30_000 },
  );
}

/**
 * Closes (giải thể) a unit. Its records stay readable; it takes no new meetings or units. Refused
 * while it has open units below it or members still on its roster (they must be transferred first,
 * so nobody is left without a chi bộ).
 */
export async function closeUnit(actor: Actor, input: CloseUnitInput): Promise<UnitChange> {
  const unit = await loadManaged(actor, input.unitId);
  authorize(actor, "unit.manage", { unitId: unit.id, unitPath: unit.path });
  if (unit.closedAt) throw refuse(`${unit.name} đã giải thể trước đó.`);
  if (!unit.parentId) throw refuse("Không thể giải thể tổ chức Đảng cấp cao nhất tại đây.");
  return db().$transaction(async (tx) => {
    const openChildren = await tx.unit.findMany({
      where: { parentId: unit.id, closedAt: null },
      select: { name: true },
    });
    if (openChildren.length) {
      throw refuse(
        `Chưa thể giải thể: còn ${openChildren.length} tổ chức trực thuộc đang hoạt động ` +
          `(${openChildren.map((c) => c.name).join(", ")}). Hãy chuyển hoặc giải thể các tổ chức đó trước.`,
      );
    }
    const members = await tx.member.count({ where: { unitId: unit.id, status: { not: "TRANSFERRED_OUT" } } });
    if (members)
      throw refuse(
        `Chưa thể giải thể: còn ${members} đảng viên sinh hoạt tại ${unit.name}. Hãy chuyển sinh hoạt cho các đảng viên trước.`,
      );
    const closed = await tx.unit.update({
      where: { id: unit.id },
      data: { closedAt: new Date() },
      select: { id: true, name: true, path: true },
    });
    await writeAudit(tx, actor, "unit.close", { type: "Unit", id: unit.id, unitId: unit.id }, { name: unit.name });
    return closed;
  });
}

/** Reopens a closed unit; its parent must be open. */
export async function reopenUnit(actor: Actor, input: CloseUnitInput): Promise<UnitChange> {
  const unit = await loadManaged(actor, input.unitId);
  authorize(actor, "unit.manage", { unitId: unit.id, unitPath: unit.path });
  if (!unit.closedAt) throw refuse(`${unit.name} đang hoạt động.`);
  return db().$transaction(async (tx) => {
    if (unit.parentId) {
      const parent = await tx.unit.findUniqueOrThrow({
        where: { id: unit.parentId },
        select: { name: true, closedAt: true },
      });
      if (parent.closedAt) throw refuse(`Hãy khôi phục ${parent.name} trước.`);
    }
    const reopened = await tx.unit.update({
      where: { id: unit.id },
      data: { closedAt: null },
      select: { id: true, name: true, path: true },
    });
    await writeAudit(tx, actor, "unit.reopen", { type: "Unit", id: unit.id, unitId: unit.id }, { name: unit.name });
    return reopened;
  });
}
