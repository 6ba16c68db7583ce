import "server-only";
import type { Db } from "@/server/db";
import { AUDIT_CHAIN, auditLink, fingerprintOf, unitChain } from "@/server/chain";
import { canonicalJson, codeFromFingerprint } from "@/lib/verification/canonical";
import { amendmentForm, approvalForm, canonicalRecord } from "./canonical-record";
import { amendmentRow } from "./seal";
import { formatShortDate } from "@/lib/vi/date";

import type { ChainBreak } from "./dto";

export type { ChainBreak };

export interface UnitResult {
  unitId: string;
  unitName: string;
  records: number;
  amendments: number;
  ok: boolean;
}

export interface VerifyReport {
  ok: boolean;
  records: number;
  amendments: number;
  auditEvents: number;
  units: UnitResult[];
  audit: { events: number; ok: boolean } | null;
  breaks: ChainBreak[];
}

const dateVi = (d: Date | null) => (d ? formatShortDate(d) : "");

function placeOf(m: { number: string | null; startsAt: Date | null; title: string } | null, seq: number): string {
  if (!m) return `biên bản thứ ${seq} của chuỗi`;
  const parts = [m.number ? `biên bản số ${m.number}` : `biên bản “${m.title}”`];
  if (m.startsAt) parts.push(`ngày ${dateVi(m.startsAt)}`);
  return `${parts.join(" ")} (thứ ${seq} của chuỗi)`;
}

/** Top-level parts of the canonical form that differ between the sealed copy and today's rows. */
function changedParts(sealed: string, now: unknown): string[] {
  let before: Record<string, unknown>;
  try {
    before = JSON.parse(sealed);
  } catch {
    return [];
  }
  const after = now as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson(before[k] ?? null) !== canonicalJson(after[k] ?? null)).sort();
}

const PART_VI: Record<string, string> = {
  unit: "tổ chức Đảng",
  kind: "loại cuộc họp",
  number: "số biên bản",
  title: "tên cuộc họp",
  summary: "trích yếu",
  startsAt: "thời gian bắt đầu",
  endsAt: "thời gian kết thúc",
  place: "địa điểm",
  chair: "chủ trì",
  secretary: "thư ký",
  combined: "hình thức sinh hoạt",
  attendance: "điểm danh",
  opening: "khai mạc",
  agenda: "chương trình",
  reports: "báo cáo",
  speeches: "phát biểu",
  directives: "văn bản được quán triệt",
  conclusions: "kết luận",
  resolutions: "nghị quyết, biểu quyết",
  closing: "bế mạc",
  rating: "xếp loại",
  approval: "thông qua biên bản",
};

/** Checks one record's seal, its amendments and its links; pushes every break found. */
async function checkRecord(
  db: Db,
  seal: {
    meetingId: string;
    chainSeq: number;
    previous: string | null;
    fingerprint: string;
    code: string;
    content: string;
    head: string;
    amendments: number;
  },
  unitId: string,
  breaks: ChainBreak[],
): Promise<number> {
  const meeting = await db.meeting.findUnique({
    where: { id: seal.meetingId },
    select: { number: true, startsAt: true, title: true, status: true },
  });
  const where = placeOf(meeting, seal.chainSeq);
  const push = (reason: string, extra: Partial<ChainBreak> = {}) =>
    breaks.push({ chain: "unit", unitId, meetingId: seal.meetingId, where, reason, ...extra });
  if (codeFromFingerprint(seal.fingerprint) !== seal.code) push("mã xác thực không khớp với dấu vân tay đã niêm phong");
  if (fingerprintOf(approvalForm(JSON.parse(seal.content), seal.previous)) !== seal.fingerprint)
    push("bản niêm phong đã bị sửa (không còn khớp với dấu vân tay)");
  if (!meeting) {
    push("biên bản đã thông qua không còn trong cơ sở dữ liệu (đã bị xóa)");
    return 0;
  }
  if (meeting.status !== "APPROVED") push("biên bản không còn ở trạng thái đã thông qua");
  const record = await canonicalRecord(db, seal.meetingId);
  if (record && fingerprintOf(approvalForm(record, seal.previous)) !== seal.fingerprint) {
    const parts = changedParts(seal.content, record).map((k) => PART_VI[k] ?? k);
    push(`nội dung khác với bản đã thông qua${parts.length ? `: ${parts.join(", ")}` : ""}`);
  }
  // the amendment chain of the record
  const [amendmentSeals, rows] = await Promise.all([
    db.amendmentSeal.findMany({ where: { meetingId: seal.meetingId }, orderBy: { position: "asc" } }),
    db.amendment.findMany({ where: { meetingId: seal.meetingId }, select: { id: true } }),
  ]);
  const present = new Set(rows.map((r) => r.id));
  let previous = seal.fingerprint;
  let expected = 1;
  for (const a of amendmentSeals) {
    const extra = { amendment: a.position };
    if (a.position !== expected)
      push(`thiếu đính chính thứ ${expected}${a.position - 1 > expected ? `–${a.position - 1}` : ""}`, {
        amendment: expected,
      });
    if (a.previous !== previous) push("đính chính không nối với dấu vân tay trước nó", extra);
    if (!present.has(a.amendmentId)) push("đính chính đã bị xóa khỏi cơ sở dữ liệu", extra);
    else {
      const row = await amendmentRow(db, a.amendmentId);
      if (row && fingerprintOf(amendmentForm(row, a.previous)) !== a.fingerprint)
        push("đính chính đã bị sửa sau khi ghi", extra);
    }
    previous = a.fingerprint;
    expected = a.position + 1;
  }
  const sealedIds = new Set(amendmentSeals.map((a) => a.amendmentId));
  const unsealed = rows.filter((r) => !sealedIds.has(r.id)).length;
  if (unsealed) push(`${unsealed} đính chính không có trong chuỗi (ghi ngoài ứng dụng hoặc chưa niêm phong)`);
  if (seal.head !== previous || seal.amendments !== expected - 1)
    push(`chuỗi đính chính ngắn hơn đã ghi: đính chính sau thứ ${expected - 1} đã bị xóa`, { amendment: expected });
  return amendmentSeals.length;
}

/** Every unit chain (or one unit's) and, for the whole archive, the audit chain. */
export async function verifyArchive(db: Db, opts: { unitId?: string } = {}): Promise<VerifyReport> {
  const breaks: ChainBreak[] = [];
  const sealUnits = await db.recordSeal.findMany({
    where: opts.unitId ? { unitId: opts.unitId } : {},
    distinct: ["unitId"],
    select: { unitId: true },
  });
  const approvedUnits = await db.meeting.findMany({
    where: { status: "APPROVED", ...(opts.unitId ? { unitId: opts.unitId } : {}) },
    distinct: ["unitId"],
    select: { unitId: true },
  });
  const unitIds = [...new Set([...sealUnits, ...approvedUnits].map((u) => u.unitId))];
  const names = new Map(
    (await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const units: UnitResult[] = [];
  let records = 0;
  let amendments = 0;
  for (const unitId of unitIds) {
    const before = breaks.length;
    const unitName = names.get(unitId) ?? unitId;
    const seals = await db.recordSeal.findMany({ where: { unitId }, orderBy: { chainSeq: "asc" } });
    let previous: string | null = null;
    let expected = 1;
    let unitAmendments = 0;
    for (const seal of seals) {
      if (seal.chainSeq !== expected)
        breaks.push({
          chain: "unit",
          unitId,
          where: `trước ${placeOf(null, seal.chainSeq)}`,
          reason: `thiếu biên bản thứ ${expected}${seal.chainSeq - 1 > expected ? `–${seal.chainSeq - 1}` : ""} của chuỗi (bản niêm phong đã bị xóa)`,
        });
      if (seal.previous !== previous)
        breaks.push({
          chain: "unit",
          unitId,
          meetingId: seal.meetingId,
          where: placeOf(await meetingRef(db, seal.meetingId), seal.chainSeq),
          reason: "không nối với dấu vân tay của biên bản liền trước trong chuỗi",
        });
      unitAmendments += await checkRecord(db, seal, unitId, breaks);
      previous = seal.fingerprint;
      expected = seal.chainSeq + 1;
    }
    const head = await db.chainHead.findUnique({ where: { key: unitChain(unitId) } });
    if ((head?.head ?? null) !== previous || (head?.seq ?? 0) !== expected - 1)
      breaks.push({
        chain: "unit",
        unitId,
        where: `cuối chuỗi, sau ${placeOf(null, expected - 1)}`,
        reason: "chuỗi ngắn hơn đã ghi: biên bản đã thông qua ở cuối chuỗi đã bị xóa",
      });
    const sealedIds = new Set(seals.map((s) => s.meetingId));
    const unsealed = await db.meeting.findMany({
      where: { unitId, status: "APPROVED", id: { notIn: [...sealedIds] } },
      select: { id: true, number: true, startsAt: true, title: true },
    });
    for (const m of unsealed)
      breaks.push({
        chain: "unit",
        unitId,
        meetingId: m.id,
        where: placeOf(m, 0).replace(" (thứ 0 của chuỗi)", ""),
        reason:
          "biên bản đã thông qua nhưng không có trong chuỗi (chưa niêm phong hoặc được đổi trạng thái ngoài ứng dụng)",
      });
    records += seals.length;
    amendments += unitAmendments;
    units.push({ unitId, unitName, records: seals.length, amendments: unitAmendments, ok: breaks.length === before });
  }
  const audit = opts.unitId ? null : await verifyAudit(db, breaks);
  units.sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
  return { ok: breaks.length === 0, records, amendments, auditEvents: audit?.events ?? 0, units, audit, breaks };
}

async function meetingRef(db: Db, id: string) {
  return db.meeting.findUnique({ where: { id }, select: { number: true, startsAt: true, title: true } });
}

async function verifyAudit(db: Db, breaks: ChainBreak[]): Promise<{ events: number; ok: boolean }> {
  const before = breaks.length;
  const push = (seq: number, reason: string) =>
    breaks.push({ chain: "audit", auditSeq: seq, where: `sự kiện nhật ký thứ ${seq}`, reason });
  let previous: string | null = null;
  let expected = 1;
  let events = 0;
  for (let after = 0; ; ) {
    const seals = await db.auditSeal.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: 1000 });
    if (seals.length === 0) break;
    const rows = new Map(
      (await db.auditEvent.findMany({ where: { id: { in: seals.map((s) => s.eventId) } } })).map((e) => [e.id, e]),
    );
    for (const s of seals) {
      if (s.seq !== expected)
        push(expected, `thiếu liên kết ${expected}${s.seq - 1 > expected ? `–${s.seq - 1}` : ""} của chuỗi nhật ký`);
      if (s.previous !== previous) push(s.seq, "không nối với liên kết liền trước của chuỗi nhật ký");
      const e = rows.get(s.eventId);
      if (!e) push(s.seq, "sự kiện nhật ký đã bị xóa");
      else if (fingerprintOf(auditLink(e, s.seq, s.previous)) !== s.hash) push(s.seq, "sự kiện nhật ký đã bị sửa");
      previous = s.hash;
      expected = s.seq + 1;
      events++;
    }
    after = seals[seals.length - 1].seq;
  }
  const head = await db.chainHead.findUnique({ where: { key: AUDIT_CHAIN } });
  if ((head?.head ?? null) !== previous || (head?.seq ?? 0) !== expected - 1)
    push(expected, "chuỗi nhật ký ngắn hơn đã ghi: các sự kiện cuối đã bị xóa");
  const outside = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS "n" FROM "AuditEvent" e WHERE NOT EXISTS (SELECT 1 FROM "AuditSeal" s WHERE s."eventId" = e."id")`;
  const n = Number(outside[0]?.n ?? 0);
  if (n) push(expected, `${n} sự kiện nhật ký không có trong chuỗi (ghi ngoài ứng dụng hoặc chưa niêm phong)`);
  return { events, ok: breaks.length === before };
}

/**
 * The one record's part of the checks, for the API and the public page: its seal and amendments, its
 * link to the previous record and the next record's link to it.
 */
export async function verifyRecord(db: Db, meetingId: string): Promise<{ ok: boolean; breaks: ChainBreak[] }> {
  const seal = await db.recordSeal.findUnique({ where: { meetingId } });
  if (!seal) return { ok: false, breaks: [] };
  const breaks: ChainBreak[] = [];
  await checkRecord(db, seal, seal.unitId, breaks);
  const [prev, next] = await Promise.all([
    seal.chainSeq > 1
      ? db.recordSeal.findUnique({ where: { unitId_chainSeq: { unitId: seal.unitId, chainSeq: seal.chainSeq - 1 } } })
      : null,
    db.recordSeal.findUnique({ where: { unitId_chainSeq: { unitId: seal.unitId, chainSeq: seal.chainSeq + 1 } } }),
  ]);
  const linkOk = seal.chainSeq === 1 ? seal.previous === null : prev?.fingerprint === seal.previous;
  const nextOk = !next || next.previous === seal.fingerprint;
  if (!linkOk || !nextOk)
    breaks.push({
      chain: "unit",
      unitId: seal.unitId,
      meetingId,
      where: "",
      reason: "liên kết với biên bản kề bên trong chuỗi bị đứt",
    });
  return { ok: breaks.length === 0, breaks };
}
