import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorize, type Actor } from "@/server/policy/policy";
import { accentKey, foldForSearch } from "@/lib/vi/normalize";
import { fullName } from "@/lib/vi/names";
import { formatMonthYear, fromVnDateTime } from "@/lib/vi/date";
import { sameDirective } from "@/lib/symbols";
import { createMeeting, TEMPLATES } from "@/features/meetings";
import type { CreateMeetingInput } from "@/features/meetings/schema";
import type { MeetingDetail } from "@/features/meetings/dto";
import { extractMeeting } from "./parse";
import type { Extraction } from "./types";
import { directiveSummarySelect } from "@/server/directive-select";

/** What the importer found, matched against the unit's roster, units and the directive registry. */
export interface ImportPreview {
  unit: { id: string; name: string };
  extraction: Extraction;
  people: Array<{ name: string; titles: string[]; memberId: string | null }>;
  reports: Array<{ title: string; presenter: string | null; presenterMemberId: string | null }>;
  speeches: Array<{
    title: string | null;
    speaker: string | null;
    speakerMemberId: string | null;
    unit: string | null;
    unitId: string | null;
  }>;
  directives: Array<Extraction["directives"][number] & { registryId: string | null; registryLabel: string | null }>;
  warnings: string[];
}

/** Marks kept on the draft so the editor shows what came from the text. */
export interface ImportReport {
  source: string | null;
  importedAt: string;
  marks: string[];
  warnings: string[];
}

export const NO_TIME_WARNING = "Văn bản không nêu giờ họp: giờ bắt đầu 8:00 chỉ là giờ tạm, hãy sửa lại.";
export const NO_DATE_WARNING = "Văn bản không nêu ngày họp: hãy nhập ngày trước khi thông qua biên bản.";

/** Legacy encodings (TCVN3, VNI read as Latin-1) and texts that lost their diacritics get a warning. */
export function textWarnings(text: string): string[] {
  const warnings: string[] = [];
  const legacy = text.match(/[µ¬¸¹¶·©ª«®¯±²³´»¼½¾¿×Øß÷]/g)?.length ?? 0;
  if (legacy >= 3)
    warnings.push("Văn bản có thể dùng bảng mã cũ (TCVN3 hoặc VNI): hãy chuyển sang Unicode rồi nhập lại.");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const marked = text.normalize("NFD").match(/[\u0300-\u036f]/g)?.length ?? 0;
  const dd = text.match(/[đĐ]/g)?.length ?? 0;
  if (letters > 200 && (marked + dd) / letters < 0.03)
    warnings.push("Văn bản gần như không có dấu tiếng Việt: kết quả nhận dạng có thể thiếu chính xác.");
  return warnings;
}

async function loadContext(actor: Actor, unitId: string) {
  const unit = await db().unit.findFirst({
    where: { id: unitId, closedAt: null },
    select: { id: true, name: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy tổ chức Đảng.");
  authorize(actor, "meeting.create", { unitId: unit.id, unitPath: unit.path });
  const ancestors = unit.path.split("/").filter(Boolean);
  const [members, units, roster] = await Promise.all([
    db().member.findMany({
      where: { unit: { OR: [{ path: { startsWith: unit.path } }, { id: { in: ancestors } }] } },
      select: { id: true, familyName: true, middleName: true, givenName: true, unit: { select: { path: true } } },
    }),
    db().unit.findMany({
      where: { OR: [{ path: { startsWith: unit.path } }, { id: { in: ancestors } }] },
      select: { id: true, name: true, nameFolded: true },
    }),
    // The same list a new draft starts from (meetings' startDraft).
    db().member.findMany({
      where: { unit: { path: { startsWith: unit.path } }, status: { notIn: ["TRANSFERRED_OUT"] } },
      select: { id: true, familyName: true, middleName: true, givenName: true },
    }),
  ]);
  const byName = new Map(members.map((m) => [accentKey(fullName(m)), m]));
  const unitByName = new Map(units.map((u) => [u.nameFolded, u]));
  return {
    unit,
    roster,
    member: (name: string | null) => (name ? (byName.get(accentKey(name)) ?? null) : null),
    unitNamed: (name: string | null) => (name ? (unitByName.get(foldForSearch(name)) ?? null) : null),
  };
}

/** Reads a text and matches what it names; writes nothing. */
export async function previewImport(actor: Actor, input: { unitId: string; text: string }): Promise<ImportPreview> {
  const text = input.text.trim();
  if (!text)
    throw new AppError("VALIDATION", undefined, { fields: { text: ["Vui lòng dán hoặc tải lên nội dung văn bản."] } });
  const ctx = await loadContext(actor, input.unitId);
  const extraction = extractMeeting(text);
  const registry = await db().directive.findMany({
    where: { mergedIntoId: null, kind: { in: [...new Set(extraction.directives.map((d) => d.kind))] } },
    select: directiveSummarySelect,
  });
  return {
    unit: { id: ctx.unit.id, name: ctx.unit.name },
    extraction,
    people: extraction.people.map((p) => ({
      name: p.name,
      titles: p.titles,
      memberId: ctx.member(p.name)?.id ?? null,
    })),
    reports: extraction.reports.map((r) => ({
      title: r.title,
      presenter: r.presenter,
      presenterMemberId: ctx.member(r.presenter)?.id ?? null,
    })),
    speeches: extraction.speeches.map((s) => ({
      title: s.title,
      speaker: s.speaker,
      speakerMemberId: ctx.member(s.speaker)?.id ?? null,
      unit: s.unit,
      unitId: ctx.unitNamed(s.unit)?.id ?? null,
    })),
    directives: extraction.directives.map((d) => {
      const hit = registry.find((r) => sameDirective({ ...r, date: r.issuedOn }, d));
      const label = hit
        ? [hit.number && hit.symbol ? `${hit.number}-${hit.symbol}` : null, hit.issuer, hit.subject]
            .filter(Boolean)
            .join(" · ")
        : null;
      return { ...d, registryId: hit?.id ?? null, registryLabel: label };
    }),
    warnings: textWarnings(text),
  };
}

/** What an article tells, kept as the narrative of one item when the text has no sections of minutes. */
export const NARRATIVE_ITEM = "Diễn biến buổi sinh hoạt (theo văn bản nhập)";

/** The agenda: the items of minutes with their diễn biến, or an article's body as one narrative. */
function agendaOf(text: string, x: Extraction): Array<{ title: string; content: string | null }> {
  if (x.minutes?.structured && x.minutes.agenda.length > 0) return x.minutes.agenda;
  const body = text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l && l !== x.title && !/^https?:\/\//.test(l));
  return body.length > 0 ? [{ title: NARRATIVE_ITEM, content: body.join("\n") }] : [];
}

/** Turns a text into a draft of the unit (people matched to members, directives to the registry) and marks what came from it. */
export async function createDraftFromImport(
  actor: Actor,
  input: { unitId: string; text: string; source?: string | null },
): Promise<MeetingDetail> {
  const preview = await previewImport(actor, input);
  const ctx = await loadContext(actor, input.unitId);
  const x = preview.extraction;
  const marks: string[] = ["kind"];
  const warnings: string[] = [...preview.warnings];
  if (x.date) marks.push("startsAt");
  else warnings.push(NO_DATE_WARNING);
  const startsAt = x.date ? fromVnDateTime(`${x.date}T${x.startTime ?? "08:00"}`) : null;
  if (x.date && !x.startTime) warnings.push(NO_TIME_WARNING);
  const title =
    x.title ??
    [TEMPLATES[x.meetingType].titlePrefix, startsAt ? formatMonthYear(startsAt) : null].filter(Boolean).join(" ");
  if (x.title) marks.push("title");

  const roles = x.roles ?? { chair: null, secretary: null, presenters: [], guests: [] };
  const same = (a: string | null, b: string) => a !== null && accentKey(a) === accentKey(b);
  const hasRole = (name: string) =>
    same(roles.chair, name) || same(roles.secretary, name) || roles.presenters.some((n) => same(n, name));
  const titleOf = (name: string | null) => preview.people.find((p) => p.name === name)?.titles.join(" – ") || null;

  // The roster comes in as present, exactly as for a new draft; then what the text states.
  const entries: CreateMeetingInput["attendance"]["entries"] = ctx.roster.map((m) => ({
    memberId: m.id,
    name: fullName(m),
    title: null,
    status: "PRESENT" as const,
    reason: null,
  }));
  for (const p of preview.people) {
    const onRoster = p.memberId ? entries.findIndex((e) => e.memberId === p.memberId) : -1;
    if (onRoster >= 0) {
      marks.push(`attendance.entries.${onRoster}`);
      continue;
    }
    if (hasRole(p.name)) {
      warnings.push(`Đồng chí ${p.name} không có trong danh sách đảng viên của chi bộ: hãy kiểm tra lại.`);
      continue;
    }
    entries.push({ memberId: null, name: p.name, title: p.titles.join(" – ") || null, status: "GUEST", reason: null });
    marks.push(`attendance.entries.${entries.length - 1}`);
  }
  const minutes = x.minutes ?? null;
  for (const a of minutes?.absentees ?? []) {
    const id = ctx.member(a.name)?.id;
    const at = id ? entries.findIndex((e) => e.memberId === id) : -1;
    if (at < 0) {
      warnings.push(`Đồng chí ${a.name} (vắng) không có trong danh sách đảng viên của chi bộ: hãy kiểm tra lại.`);
      continue;
    }
    entries[at] = { ...entries[at], status: a.excused ? "ABSENT_EXCUSED" : "ABSENT_UNEXCUSED", reason: a.reason };
    marks.push(`attendance.entries.${at}`);
  }
  if (x.attendance && (minutes?.absentees.length ?? 0) === 0)
    warnings.push(
      `Văn bản chỉ nêu số lượng: có mặt ${x.attendance.present}/${x.attendance.total} đồng chí. ` +
        "Danh sách dự họp lấy từ danh sách đảng viên của chi bộ: hãy đánh dấu những đồng chí vắng.",
    );
  const person = (name: string | null, mark: string) => {
    if (!name) return null;
    marks.push(mark);
    return { memberId: ctx.member(name)?.id ?? null, name, title: titleOf(name) };
  };

  const fields: CreateMeetingInput = {
    unit: { id: ctx.unit.id },
    kind: x.meetingType,
    title,
    summary: null,
    number: null,
    // Never today: an unknown date stays empty (the warning says so) and approval asks for it.
    startsAt,
    endsAt:
      x.date && x.endTime && x.startTime && x.endTime > x.startTime ? fromVnDateTime(`${x.date}T${x.endTime}`) : null,
    place: minutes?.place ?? "",
    chair: person(roles.chair, "chair"),
    secretary: person(roles.secretary, "secretary"),
    combined: false,
    opening: null,
    closing: null,
    rating: null,
    attendance: { entries },
    agenda: agendaOf(input.text, x).map((a, i) => {
      marks.push(`agenda.${i}`);
      return a;
    }),
    reports: preview.reports.map((r, i) => {
      marks.push(`reports.${i}`);
      return {
        title: r.title,
        presenter: r.presenter
          ? { memberId: r.presenterMemberId, name: r.presenter, title: titleOf(r.presenter) }
          : null,
        content: null,
      };
    }),
    speeches: preview.speeches.map((s, i) => {
      marks.push(`speeches.${i}`);
      return {
        kind: s.title ? ("THAM_LUAN" as const) : ("Y_KIEN" as const),
        title: s.title,
        speaker: s.speaker ? { memberId: s.speakerMemberId, name: s.speaker, title: titleOf(s.speaker) } : null,
        unit: s.unit ? { id: s.unitId, name: s.unit } : null,
        content: null,
      };
    }),
    // Opinions by name come after the tham luận the text identifies.
    ...(minutes?.opinions ?? []).map((o, i) => {
      marks.push(`speeches.${preview.speeches.length + i}`);
      return {
        kind: "Y_KIEN" as const,
        title: o.item !== null ? (minutes?.agenda[o.item]?.title ?? null) : null,
        speaker: o.speaker
          ? { memberId: ctx.member(o.speaker)?.id ?? null, name: o.speaker, title: titleOf(o.speaker) }
          : null,
        unit: null,
        content: o.content,
      };
    }),
    directives: preview.directives.map((d, i) => {
      marks.push(`directives.${i}`);
      return {
        directiveId: d.registryId,
        kind: d.kind,
        number: d.number,
        symbol: d.symbol,
        issuedOn: d.date,
        issuer: d.issuer,
        term: d.term,
        plenum: d.plenum,
        congress: d.congress,
        subject: null,
        raw: d.raw,
        note: null,
      };
    }),
    conclusions: (minutes?.conclusions ?? []).map((content, i) => {
      marks.push(`conclusions.${i}`);
      return { content };
    }),
    resolutions: minutes?.vote
      ? [
          {
            title: "Biểu quyết thông qua kết luận của cuộc họp",
            content: minutes.conclusions.join("\n") || null,
            vote: minutes.vote,
          },
        ]
      : [],
    tasks: [],
  };
  if (fields.resolutions.length > 0) marks.push("resolutions.0");
  const report: ImportReport = {
    source: input.source ?? null,
    importedAt: new Date().toISOString(),
    marks,
    warnings,
  };
  return createMeeting(actor, fields, { importReport: JSON.stringify(report) });
}
