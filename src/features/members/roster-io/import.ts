import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, canAnywhere, unitWhere, type Actor } from "@/server/policy/policy";
import { writeAudit } from "@/server/audit";
import { markSearchStale, reindexStaleMeetings } from "@/server/search/reindex";
import { meetingsNamingMembers, moveMemberOfficially, nameChanged } from "../mutations";
import { fullName } from "@/lib/vi/names";
import { foldForSearch } from "@/lib/vi/normalize";
import { toVnIsoDate } from "@/lib/vi/date";
import type { MemberCategory, MemberStatus, PositionKind } from "@/lib/enums";
import { parseRosterTable, type Cell, type RosterRecord } from "./rows";
import { isoToVn } from "./dates";
import type { ImportPreview, ImportResult, PreviewRow } from "./types";

export type { ImportPreview, ImportResult, PreviewRow, RowAction } from "./types";

/**
 * Roster import: preview, then confirm.
 *
 * - The preview validates every row and matches it to the roster (by số thẻ đảng viên, then by
 *   name and date of birth within the chi bộ); it writes nothing.
 * - Confirm plans again inside ONE transaction, refuses if the plan differs from the preview the
 *   admin saw (the fingerprint), then writes every valid row. Rows with errors are skipped — the
 *   admin saw them listed in the preview — and a failure anywhere rolls the whole import back.
 * - Re-importing updates instead of duplicating. An empty cell never erases what the roster has.
 * - Every row's chi bộ must be in the actor's "member.manage" scope; others are row errors.
 */

interface Existing {
  id: string;
  unitId: string;
  unitName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  nameFolded: string;
  gender: "MALE" | "FEMALE" | null;
  birthDate: string | null;
  admittedOn: string | null;
  officialOn: string | null;
  category: MemberCategory;
  status: MemberStatus;
  partyCardNumber: string | null;
  positions: Array<{ id: string; kind: PositionKind; title: string; endOn: string | null }>;
}

/** A row of the plan: what a write needs is there whenever the action says it will be written. */
type PlannedRow = Omit<PreviewRow, "action"> &
  (
    | { action: "error"; record: RosterRecord | null; unitId: string | null; existing: Existing | null }
    | { action: "create"; record: RosterRecord & { category: MemberCategory }; unitId: string; existing: null }
    | { action: "update" | "unchanged"; record: RosterRecord; unitId: string; existing: Existing }
  );
type RowOf<A extends PlannedRow["action"]> = PlannedRow & { action: A };

const splitTitles = (s: string | null) =>
  s
    ? s
        .split(/\s*;\s*/)
        .map((t) => t.trim())
        .filter(Boolean)
    : [];

const existingSelect = {
  id: true,
  unitId: true,
  familyName: true,
  middleName: true,
  givenName: true,
  nameFolded: true,
  gender: true,
  birthDate: true,
  admittedOn: true,
  officialOn: true,
  category: true,
  status: true,
  partyCardNumber: true,
  unit: { select: { name: true, path: true } },
  positions: { select: { id: true, kind: true, title: true, endOn: true } },
} as const;

function chunks<T>(list: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function positionsDiff(existing: Existing | null, kind: PositionKind, wanted: string[]) {
  const open = (existing?.positions ?? []).filter((p) => p.kind === kind && !p.endOn);
  const openTitles = new Set(open.map((p) => foldForSearch(p.title)));
  const wantedFolded = new Set(wanted.map(foldForSearch));
  return {
    close: open.filter((p) => !wantedFolded.has(foldForSearch(p.title))).map((p) => p.id),
    add: wanted.filter((t) => !openTitles.has(foldForSearch(t))),
  };
}

/** What an update would change, in words for the preview. Empty cells change nothing. */
function changesOf(r: RosterRecord, e: Existing, unitId: string, unitName: string): string[] {
  const out: string[] = [];
  if (foldForSearch(fullName(r)) !== e.nameFolded) out.push("Họ và tên");
  else if (
    !r.nameSplitGuessed &&
    (r.familyName !== e.familyName || r.middleName !== e.middleName || r.givenName !== e.givenName)
  )
    out.push("Cách ghi họ, tên đệm, tên");
  if (r.gender && r.gender !== e.gender) out.push("Giới tính");
  if (r.birthDate && r.birthDate !== e.birthDate) out.push("Ngày sinh");
  if (r.partyCardNumber && r.partyCardNumber !== e.partyCardNumber) out.push("Số thẻ đảng viên");
  if (r.admittedOn && r.admittedOn !== e.admittedOn) out.push("Ngày vào Đảng");
  if (r.officialOn && r.officialOn !== e.officialOn) out.push("Ngày chính thức");
  if (r.category && r.category !== e.category) out.push("Loại đảng viên");
  if (r.status && r.status !== e.status) out.push("Tình trạng");
  for (const [kind, title, label] of [
    ["PARTY", r.partyTitle, "Chức vụ Đảng"],
    ["GOVERNMENT", r.governmentTitle, "Chức vụ chính quyền"],
  ] as const) {
    if (title == null) continue;
    const d = positionsDiff(e, kind, splitTitles(title));
    if (d.add.length || d.close.length) out.push(label);
  }
  if (unitId !== e.unitId) out.push(`Chuyển sinh hoạt từ ${e.unitName} đến ${unitName}`);
  return out;
}

function toExisting(m: { unit: { name: string } } & Omit<Existing, "unitName">): Existing {
  const { unit, ...rest } = m as typeof m & { unit: { name: string; path: string } };
  return { ...rest, unitName: unit.name };
}

async function plan(
  client: Tx | ReturnType<typeof db>,
  actor: Actor,
  table: Cell[][],
  defaultUnitId: string | null,
): Promise<{ preview: Omit<ImportPreview, "warnings">; rows: PlannedRow[] }> {
  if (!canAnywhere(actor, "member.manage")) throw new AppError("FORBIDDEN");
  const scope = unitWhere(actor, "member.manage");
  const inScope = await client.unit.findMany({
    where: scope,
    select: { id: true, name: true, nameFolded: true, path: true, closedAt: true },
  });
  const units = inScope.filter((u) => !u.closedAt);
  const closedNames = new Set(inScope.filter((u) => u.closedAt).map((u) => u.nameFolded));
  let defaultUnit: { id: string; name: string } | null = null;
  if (defaultUnitId) {
    defaultUnit = units.find((u) => u.id === defaultUnitId) ?? null;
    if (!defaultUnit) throw new AppError("NOT_FOUND", "Không tìm thấy chi bộ được chọn trong phạm vi quản lý của bạn.");
  }
  const parsed = parseRosterTable(table, { defaultUnitName: defaultUnit?.name ?? null });
  if ("error" in parsed) throw new AppError("VALIDATION", parsed.error, { fields: { file: [parsed.error] } });

  const byName = new Map<string, typeof units>();
  for (const u of units) byName.set(u.nameFolded, [...(byName.get(u.nameFolded) ?? []), u]);

  // members that rows may match: by card anywhere (cards are unique), by name in the target units
  const cards = [...new Set(parsed.rows.map((r) => r.record?.partyCardNumber).filter((c): c is string => !!c))];
  const byCard = new Map<string, Existing & { path: string }>();
  for (const part of chunks(cards)) {
    const found = await client.member.findMany({ where: { partyCardNumber: { in: part } }, select: existingSelect });
    for (const m of found)
      if (m.partyCardNumber) byCard.set(m.partyCardNumber, { ...toExisting(m), path: m.unit.path });
  }
  const unitIds = units.map((u) => u.id);
  const byNameKey = new Map<string, Existing[]>();
  for (const part of chunks(unitIds)) {
    const found = await client.member.findMany({ where: { unitId: { in: part } }, select: existingSelect });
    for (const m of found) {
      const key = `${m.unitId}|${m.nameFolded}|${m.birthDate ?? ""}`;
      byNameKey.set(key, [...(byNameKey.get(key) ?? []), toExisting(m)]);
    }
  }

  const seenCard = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const seenMember = new Map<string, number>();
  const rows: PlannedRow[] = parsed.rows.map((p) => {
    const r = p.record;
    const errors = [...p.errors];
    const err = (m: string) => errors.push(`Dòng ${p.line}: ${m}`);
    let unitId: string | null = null;
    let unitName = r?.unitName ?? null;
    if (r?.unitName) {
      if (defaultUnit && r.unitName === defaultUnit.name) unitId = defaultUnit.id;
      else {
        const hits = byName.get(foldForSearch(r.unitName)) ?? [];
        if (hits.length === 1) {
          unitId = hits[0].id;
          unitName = hits[0].name;
        } else if (hits.length > 1)
          err(
            `Tên chi bộ “${r.unitName}” trùng ở nhiều tổ chức; hãy nhập riêng cho từng chi bộ và chọn chi bộ nhận danh sách.`,
          );
        else if (closedNames.has(foldForSearch(r.unitName)))
          err(`Chi bộ “${r.unitName}” đã giải thể, không nhận đảng viên.`);
        else err(`Chi bộ “${r.unitName}” không có trong phạm vi quản lý của bạn.`);
      }
    }
    let existing: Existing | null = null;
    if (r) {
      if (r.partyCardNumber) {
        const first = seenCard.get(r.partyCardNumber);
        if (first) err(`Số thẻ đảng viên “${r.partyCardNumber}” trùng với dòng ${first}.`);
        else seenCard.set(r.partyCardNumber, p.line);
        const hit = byCard.get(r.partyCardNumber);
        if (hit) {
          if (!can(actor, "member.manage", { unitId: hit.unitId, unitPath: hit.path }))
            err(
              `Số thẻ đảng viên “${r.partyCardNumber}” không nhập được vào tổ chức Đảng này. Hãy kiểm tra lại số thẻ hoặc liên hệ cấp ủy cấp trên.`,
            );
          else existing = hit;
        }
      }
      if (!existing && unitId) {
        const key = `${unitId}|${foldForSearch(fullName(r))}|${r.birthDate ?? ""}`;
        const first = seenKey.get(key);
        if (first && !r.partyCardNumber) err(`Trùng họ tên và ngày sinh với dòng ${first}.`);
        else seenKey.set(key, p.line);
        const hits = byNameKey.get(key) ?? [];
        if (hits.length > 1)
          err(`Có ${hits.length} đảng viên cùng họ tên và ngày sinh trong chi bộ; hãy ghi số thẻ đảng viên.`);
        else if (hits.length === 1) {
          if (r.partyCardNumber && hits[0].partyCardNumber && hits[0].partyCardNumber !== r.partyCardNumber) {
            err(`Trùng họ tên và ngày sinh với đảng viên có số thẻ ${hits[0].partyCardNumber}, khác số thẻ trong tệp.`);
          } else existing = hits[0];
        }
      }
      if (existing) {
        const first = seenMember.get(existing.id);
        if (first && !errors.length) err(`Cùng một đảng viên với dòng ${first}.`);
        else seenMember.set(existing.id, p.line);
      }
    }
    if (r && !existing && !r.category && unitId) err("Thiếu loại đảng viên (Chính thức hoặc Dự bị).");
    const base = {
      line: p.line,
      name: r ? fullName(r) : "",
      unitName,
      birthDate: r?.birthDate ?? null,
      partyCardNumber: r?.partyCardNumber ?? null,
      record: r,
      unitId,
      existing,
    };
    const error = { ...base, action: "error" as const, errors, changes: [] };
    if (errors.length || !r || !unitId) return error;
    if (!existing) {
      const category = r.category;
      if (!category) return error; // cannot happen: a missing category is a row error above
      return { ...base, record: { ...r, category }, unitId, existing, action: "create" as const, errors, changes: [] };
    }
    const changes = changesOf(r, existing, unitId, unitName ?? "");
    const action = changes.length ? ("update" as const) : ("unchanged" as const);
    return { ...base, record: r, unitId, existing, action, errors, changes };
  });

  const counts = { create: 0, update: 0, unchanged: 0, error: 0, total: rows.length };
  for (const r of rows) counts[r.action]++;
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(rows.map((r) => [r.line, r.action, r.existing?.id ?? null, r.unitId, r.changes])))
    .digest("hex")
    .slice(0, 32);
  const preview = {
    headerLine: parsed.headerLine,
    ignoredHeaders: parsed.ignoredHeaders,
    rows: rows.map(({ record: _r, unitId: _u, existing: _e, ...rest }) => ({
      ...rest,
      birthDate: rest.birthDate ? isoToVn(rest.birthDate) : null,
    })),
    counts,
    fingerprint,
  };
  return { preview, rows };
}

export interface ImportInput {
  table: Cell[][];
  defaultUnitId: string | null;
  warnings?: string[];
}

/** Validates and matches every row; writes nothing. */
export async function previewRosterImport(actor: Actor, input: ImportInput): Promise<ImportPreview> {
  const { preview } = await plan(db(), actor, input.table, input.defaultUnitId);
  return { ...preview, warnings: input.warnings ?? [] };
}

const newId = () => `m${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;

/** Writes the valid rows of the previewed file in one transaction (see the module comment). */
export async function confirmRosterImport(
  actor: Actor,
  input: ImportInput & { fingerprint: string; fileName?: string | null },
): Promise<ImportResult> {
  if (!canAnywhere(actor, "member.manage")) throw new AppError("FORBIDDEN");
  const today = toVnIsoDate(new Date());
  const done = await db().$transaction(
    async (tx) => {
      const { preview, rows } = await plan(tx, actor, input.table, input.defaultUnitId);
      if (preview.fingerprint !== input.fingerprint) {
        throw new AppError(
          "CONFLICT",
          "Danh sách đảng viên đã thay đổi kể từ khi xem trước. Vui lòng xem trước lại trước khi ghi.",
        );
      }
      const creates = rows.filter((r): r is RowOf<"create"> => r.action === "create");
      const updates = rows.filter((r): r is RowOf<"update"> => r.action === "update");
      if (!creates.length && !updates.length && !rows.some((r) => r.action === "unchanged")) {
        throw new AppError("VALIDATION", "Không có dòng hợp lệ nào để ghi.");
      }

      const members: Array<{
        id: string;
        unitId: string;
        familyName: string;
        middleName: string;
        givenName: string;
        nameFolded: string;
        gender: "MALE" | "FEMALE" | null;
        birthDate: string | null;
        admittedOn: string | null;
        officialOn: string | null;
        category: MemberCategory;
        status: MemberStatus;
        statusSince: string | null;
        partyCardNumber: string | null;
        title: string | null;
      }> = [];
      const memberships: Array<{ memberId: string; unitId: string; startOn: string | null; note: string }> = [];
      const positions: Array<{ memberId: string; kind: PositionKind; title: string; sortOrder: number }> = [];
      const statuses: Array<{ memberId: string; status: MemberStatus; fromOn: string | null; note: string }> = [];
      for (const row of creates) {
        const r = row.record;
        const id = newId();
        const party = splitTitles(r.partyTitle);
        const gov = splitTitles(r.governmentTitle);
        members.push({
          id,
          unitId: row.unitId,
          familyName: r.familyName,
          middleName: r.middleName,
          givenName: r.givenName,
          nameFolded: foldForSearch(fullName(r)),
          gender: r.gender,
          birthDate: r.birthDate,
          admittedOn: r.admittedOn,
          officialOn: r.officialOn,
          category: r.category,
          status: r.status ?? "ACTIVE",
          statusSince: r.status && r.status !== "ACTIVE" ? null : r.admittedOn,
          partyCardNumber: r.partyCardNumber,
          title: [...party, ...gov].join(", ") || null,
        });
        memberships.push({ memberId: id, unitId: row.unitId, startOn: r.admittedOn, note: "Nhập từ danh sách" });
        const titles = [...party.map((t) => ["PARTY", t] as const), ...gov.map((t) => ["GOVERNMENT", t] as const)];
        for (const [sortOrder, [kind, title]] of titles.entries())
          positions.push({ memberId: id, kind, title, sortOrder });
        if (r.status && r.status !== "ACTIVE")
          statuses.push({ memberId: id, status: r.status, fromOn: null, note: "Theo danh sách nhập" });
      }
      for (const part of chunks(members)) await tx.member.createMany({ data: part });
      for (const part of chunks(memberships)) await tx.membership.createMany({ data: part });
      for (const part of chunks(positions)) await tx.position.createMany({ data: part });

      const renamed: string[] = [];
      for (const row of updates) {
        const r = row.record;
        const e = row.existing;
        const sameName = foldForSearch(fullName(r)) === e.nameFolded;
        const keepParts = sameName && r.nameSplitGuessed; // a guessed split never overrides parts typed by hand
        const name = keepParts
          ? { familyName: e.familyName, middleName: e.middleName, givenName: e.givenName }
          : { familyName: r.familyName, middleName: r.middleName, givenName: r.givenName };
        const closeIds: string[] = [];
        let sortOrder = e.positions.length;
        for (const [kind, title] of [
          ["PARTY", r.partyTitle],
          ["GOVERNMENT", r.governmentTitle],
        ] as const) {
          if (title == null) continue;
          const d = positionsDiff(e, kind, splitTitles(title));
          closeIds.push(...d.close);
          if (d.add.length)
            await tx.position.createMany({
              data: d.add.map((t) => ({ memberId: e.id, kind, title: t, sortOrder: sortOrder++ })),
            });
        }
        if (closeIds.length) await tx.position.updateMany({ where: { id: { in: closeIds } }, data: { endOn: today } });
        const open = await tx.position.findMany({
          where: { memberId: e.id, endOn: null },
          orderBy: { sortOrder: "asc" },
          select: { title: true },
        });
        const moved = row.unitId !== e.unitId;
        if (moved) {
          // exactly what transferMember does: open memberships and status rows end today, a closed TRANSFERRED_OUT row, ACTIVE in the new chi bộ
          await moveMemberOfficially(tx, {
            memberId: e.id,
            from: { name: e.unitName },
            to: { id: row.unitId, name: row.unitName ?? "" },
            on: today,
            membershipNote: `Chuyển sinh hoạt đến từ ${e.unitName} (nhập từ danh sách)`,
          });
        }
        if (nameChanged(e, name)) renamed.push(e.id);
        const statusNow = moved ? "ACTIVE" : e.status;
        const newStatus = r.status && r.status !== statusNow ? r.status : null;
        if (newStatus) {
          await tx.memberStatusChange.updateMany({ where: { memberId: e.id, toOn: null }, data: { toOn: today } });
          statuses.push({ memberId: e.id, status: newStatus, fromOn: today, note: "Theo danh sách nhập" });
        }
        await tx.member.update({
          where: { id: e.id },
          data: {
            ...name,
            nameFolded: foldForSearch(fullName(name)),
            gender: r.gender ?? undefined,
            birthDate: r.birthDate ?? undefined,
            admittedOn: r.admittedOn ?? undefined,
            officialOn: r.officialOn ?? undefined,
            partyCardNumber: r.partyCardNumber ?? undefined,
            category: r.category ?? undefined,
            ...(newStatus ? { status: newStatus, statusSince: today } : {}),
            unitId: row.unitId,
            ...(r.partyTitle != null || r.governmentTitle != null
              ? { title: open.map((p) => p.title).join(", ") || null }
              : {}),
          },
        });
      }
      for (const part of chunks(statuses)) await tx.memberStatusChange.createMany({ data: part });
      // records naming a renamed member are searched by the new name (rebuilt after the commit)
      let stale = 0;
      for (const part of chunks(renamed)) stale += await markSearchStale(tx, meetingsNamingMembers(part));

      const result = {
        created: creates.length,
        updated: updates.length,
        unchanged: preview.counts.unchanged,
        skipped: preview.counts.error,
      };
      const touchedUnits = [...new Set([...creates, ...updates].map((r) => r.unitId))];
      await writeAudit(
        tx,
        actor,
        "member.import",
        { type: "MemberImport", unitId: touchedUnits.length === 1 ? touchedUnits[0] : (input.defaultUnitId ?? null) },
        {
          ...result,
          fileName: input.fileName ?? null,
          units: touchedUnits,
        },
      );
      return { result, stale };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  if (done.stale) await reindexStaleMeetings(db());
  return done.result;
}
