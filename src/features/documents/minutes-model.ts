/**
 * The formal biên bản as a document model (domain.md §1 HD 36-HD/VPTW layout, §2.3 fields).
 * PURE: no I/O, no "server-only" (the benchmark script imports it). The DOCX, PDF and print
 * renderers read only this model, so the three outputs cannot drift apart.
 */
import { adoptionSentence, type MeetingDetail, type PersonRef } from "@/features/meetings/dto";
import type { VerificationMark } from "@/features/verification/dto";
import type { MeetingKind } from "@/lib/enums";
import { formatDateTime, formatPlaceDateLine, formatTime, toVnIsoDate } from "@/lib/vi/date";
import { directiveKindLabels } from "@/lib/vi/labels";
import { slugify, toNFC, upperVi } from "@/lib/vi/normalize";

// ───────────── Model types ─────────────

export interface Margins {
  /** Millimetres. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type Align = "left" | "center" | "right" | "justify";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A passage amended after adoption, in the consolidated reading: underlined by every renderer. */
  amended?: boolean;
}

/** One header element: the full text and the lines it is broken into (identical in every renderer). */
export interface HeaderText {
  text: string;
  lines: string[];
  sizePt: number;
  bold: boolean;
  italic: boolean;
}

export type BlockRole = "opening" | "heading" | "subheading" | "paragraph" | "item" | "closing";

export interface Block {
  role: BlockRole;
  runs: Run[];
  align: Align;
  sizePt: number;
  firstLineIndentMm: number;
  leftIndentMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  keepWithNext: boolean;
}

export interface SignatureBlock {
  /** "THƯ KÝ" / "CHỦ TRÌ". */
  title: string;
  /** Full name, or "" when the record has none (the line is left for hand writing). */
  name: string;
  sizePt: number;
  /** Blank space for the hand signature, between the title and the name. */
  signSpaceMm: number;
}

export interface MinutesDocModel {
  lang: "vi";
  page: {
    size: "A4";
    widthMm: number;
    heightMm: number;
    margins: Margins;
    /** HD 36: Arabic page numbers from page 2, centred, about 10 mm from the top edge. */
    pageNumbers: { fromPage: number; sizePt: number; topMm: number };
  };
  font: {
    /** The name written into DOCX files (Word substitutes metric-compatible fonts). */
    family: "Times New Roman";
    /** Embedded in PDFs and used by the print page: Times New Roman metrics, full Vietnamese coverage. */
    embedded: "Tinos";
    bodySizePt: number;
    /** Line height as a multiple of the font size. */
    lineHeight: number;
  };
  header: {
    /** Share of the text width taken by the left block (the rest is the right block). */
    leftWidthPct: number;
    superior: HeaderText | null;
    issuer: HeaderText;
    star: HeaderText;
    number: HeaderText;
    heading: HeaderText;
    /** The solid rule under "ĐẢNG CỘNG SẢN VIỆT NAM", as long as the heading. */
    headingRule: { widthMm: number; thicknessPt: number };
    placeDate: HeaderText;
  };
  /** HD 36 optional draft mark, for records not yet approved. */
  draftMark: HeaderText | null;
  title: { type: HeaderText; summary: HeaderText };
  body: Block[];
  signatures: { left: SignatureBlock; right: SignatureBlock };
  /** Printed after the signatures: the section "ĐÍNH CHÍNH" (amendments.ts), empty when never amended. */
  corrections: Block[];
  /** "adopted": the text as adopted; "current": the consolidated reading with amended passages marked. */
  reading: "adopted" | "current";
  /** Code + QR of an approved record (issue #18), attached by the loaders; none for drafts. */
  verification?: VerificationMark | null;
  meta: {
    meetingId: string;
    /** Document title for file properties. */
    title: string;
    /** Vietnamese download name without extension: "Biên bản Hội nghị … (26-07-2023)". */
    fileName: string;
    /** ASCII fallback: "Bien-ban-hoi-nghi-…-2023-07-26". */
    asciiFileName: string;
  };
}

export interface MinutesModelOptions {
  /** Direct superior body (top-left line 1); null or empty for none. */
  superior?: string | null;
  /** Issuing body (top-left line 2), e.g. the unit name. */
  issuer: string;
  /** "12-BB/ĐU" (written without a colon after "Số"). */
  numberSymbol: string;
  /** Locality of the date line: "Hưng Yên". */
  place: string;
  margins?: Partial<Margins>;
}

// ───────────── Constants (HD 36 Phụ lục 3) ─────────────

export const DEFAULT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

export const SIZES = {
  heading: 15,
  headerUnit: 14,
  number: 14,
  placeDate: 14,
  type: 16,
  summary: 14,
  body: 14,
  signature: 14,
  pageNumber: 14,
} as const;

/** Lines of the top-left block are broken so no line is longer than this (14 pt bold caps fill ~75 mm). */
const HEADER_LINE_CHARS = 24;
/** Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman Bold 15 pt (measured with Tinos). */
const HEADING_WIDTH_MM = 73;

// ───────────── Small text helpers ─────────────

function clean(s: string | null | undefined): string {
  return toNFC(s ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLocaleLowerCase("vi") + s.slice(1) : s;
}

function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?:;…]$/.test(t) ? t : `${t}.`;
}

/** ISO calendar date "2016-05-15" → "15/5/2016" (the way texts cite documents). */
export function citeDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

function isDash(word: string): boolean {
  return /^[–—-]$/.test(word);
}

/**
 * Breaks an upper-case header line into balanced lines of at most `maxChars`, choosing breaks
 * at word boundaries, never next to a dash, and preferring the start of a capitalised word of
 * the mixed-case original ("… Cao đẳng | Kinh tế – Kỹ thuật …"), so syllables of one word stay
 * together. Deterministic, so every renderer shows the same lines.
 */
export function breakHeaderLines(original: string, maxChars = HEADER_LINE_CHARS): string[] {
  const mixed = clean(original).split(" ").filter(Boolean);
  const upper = mixed.map((w) => upperVi(w));
  const full = upper.join(" ");
  if (full.length <= maxChars || mixed.length < 2) return [full];
  // Break before word i (1..n-1) is allowed unless a dash sits on either side.
  const n = mixed.length;
  const allowed = (i: number) => !isDash(mixed[i - 1]) && !isDash(mixed[i]);
  const good = (i: number) => /^\p{Lu}/u.test(mixed[i]) && !/^\p{Lu}/u.test(mixed[i - 1]);
  type Best = { cost: number; breaks: number[] };
  const memo = new Map<number, Best | null>();
  const lineLen = (a: number, b: number) => upper.slice(a, b).join(" ").length;
  // best split of words [start, n)
  const solve = (start: number): Best | null => {
    if (memo.has(start)) return memo.get(start) ?? null;
    let best: Best | null = null;
    if (lineLen(start, n) <= maxChars) best = { cost: 0, breaks: [] };
    for (let i = start + 1; i < n; i++) {
      const len = lineLen(start, i);
      if (len > maxChars) break;
      if (!allowed(i)) continue;
      const rest = solve(i);
      if (!rest) continue;
      // one more line costs most; then bad breaks; then unbalanced lines (slack squared)
      const cost = 10_000 + (good(i) ? 0 : 400) + (maxChars - len) ** 2 + rest.cost;
      if (!best || cost < best.cost) best = { cost, breaks: [i, ...rest.breaks] };
    }
    memo.set(start, best);
    return best;
  };
  const result = solve(0);
  if (!result) return [full];
  const lines: string[] = [];
  let from = 0;
  for (const b of [...result.breaks, n]) {
    lines.push(upper.slice(from, b).join(" "));
    from = b;
  }
  return lines;
}

function headerText(
  text: string,
  sizePt: number,
  style: { bold?: boolean; italic?: boolean } = {},
  lines?: string[],
): HeaderText {
  return { text, lines: lines ?? [text], sizePt, bold: !!style.bold, italic: !!style.italic };
}

function person(p: PersonRef | null | undefined): string {
  if (!p) return "";
  const name = clean(p.name);
  const title = clean(p.title);
  return title ? `đồng chí ${name}, ${title}` : `đồng chí ${name}`;
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s;
}

/** "Hội nghị" / "Buổi sinh hoạt" / "Đại hội" / "Cuộc họp": how the record names the meeting in sentences. */
export function meetingNoun(kind: MeetingKind): string {
  switch (kind) {
    case "THUONG_KY":
    case "CHUYEN_DE":
      return "Buổi sinh hoạt";
    case "DAI_HOI":
      return "Đại hội";
    case "KHAC":
      return "Cuộc họp";
    default:
      return "Hội nghị";
  }
}

/**
 * A cited document written out in full: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về
 * đẩy mạnh …". Falls back to the text as cited when the registry entry is thin.
 */
export function citeDirective(d: MeetingDetail["directives"][number]): string {
  const label = directiveKindLabels[d.kind];
  const subject = clean(d.subject);
  const aboutSubject = () => {
    if (!subject) return "";
    if (/^về\s/i.test(subject)) return ` ${lowerFirst(subject)}`;
    return ` về “${subject}”`;
  };
  if (d.number) {
    let s = `${label} số ${clean(d.number)}${d.symbol ? `-${clean(d.symbol)}` : ""}`;
    if (d.issuedOn) s += ` ngày ${citeDate(d.issuedOn)}`;
    if (d.issuer) s += ` của ${clean(d.issuer)}`;
    return s + aboutSubject();
  }
  if (d.plenum && d.term) {
    const s = `${label} Hội nghị lần thứ ${clean(d.plenum)} Ban Chấp hành Trung ương Đảng (khóa ${clean(d.term)})`;
    return /^về\s/i.test(subject) ? `${s} ${lowerFirst(subject)}` : s;
  }
  if (subject?.toLocaleLowerCase("vi").startsWith(label.toLocaleLowerCase("vi"))) return subject;
  return clean(d.raw) || subject || label;
}

// ───────────── Blocks ─────────────

class BodyBuilder {
  readonly blocks: Block[] = [];
  constructor(private readonly sizePt: number) {}

  private push(role: BlockRole, runs: Run[], style: Partial<Block> = {}) {
    const texts = runs.filter((r) => r.text.length > 0);
    if (texts.length === 0) return;
    this.blocks.push({
      role,
      runs: texts,
      align: "justify",
      sizePt: this.sizePt,
      firstLineIndentMm: 10,
      leftIndentMm: 0,
      spaceBeforePt: 0,
      spaceAfterPt: 3,
      keepWithNext: false,
      ...style,
    });
  }
  heading(text: string) {
    this.push("heading", [{ text, bold: true }], {
      align: "left",
      firstLineIndentMm: 0,
      spaceBeforePt: 6,
      keepWithNext: true,
    });
  }
  subheading(text: string) {
    this.push("subheading", [{ text, bold: true }], { align: "left", firstLineIndentMm: 10, keepWithNext: true });
  }
  paragraph(runs: Run[] | string, role: BlockRole = "paragraph", style: Partial<Block> = {}) {
    this.push(role, typeof runs === "string" ? [{ text: runs }] : runs, style);
  }
  item(runs: Run[] | string) {
    this.push("item", typeof runs === "string" ? [{ text: `- ${runs}` }] : [{ text: "- " }, ...runs]);
  }
  /** Multi-line free text: one paragraph per line. */
  text(content: string | null | undefined) {
    for (const line of toNFC(content ?? "").split(/\r?\n/)) {
      const t = line.trim();
      if (t) this.paragraph(t);
    }
  }
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function attendanceBlocks(b: BodyBuilder, m: MeetingDetail) {
  const entries = m.attendance.entries;
  const guests = entries.filter((e) => e.status === "GUEST" || !e.memberId);
  const members = entries.filter((e) => e.status !== "GUEST" && e.memberId);
  const s = m.attendance.summary;
  const present = members.filter((e) => e.status === "PRESENT" || e.status === "LATE" || e.status === "LEFT_EARLY");
  const presentOfficial = present.filter((e) => e.category !== "PROBATIONARY").length;
  const presentProbationary = present.length - presentOfficial;
  const temporary = members.filter((e) => e.memberStatus === "TEMPORARY").length;
  let sub = 0;
  const subheading = (t: string) => b.subheading(`${++sub}. ${t}`);

  if (guests.length > 0) {
    subheading("Khách mời");
    for (const g of guests) b.item(`${capitalise(person({ memberId: null, name: g.name, title: g.title }))}.`);
  }

  subheading("Đảng viên");
  const split = [`chính thức: ${s.official}`, `dự bị: ${s.probationary}`];
  if (temporary > 0) split.push(`sinh hoạt tạm thời: ${temporary}`);
  b.item(
    `Tổng số đảng viên được triệu tập: ${s.total} đồng chí (${split.join("; ")}); miễn sinh hoạt: ${s.exempt} đồng chí.`,
  );
  b.item(`Có mặt: ${s.present}/${s.total} đồng chí (chính thức: ${presentOfficial}; dự bị: ${presentProbationary}).`);
  // with the reason given for coming late or leaving early (item 8)
  const named = (e: (typeof members)[number]) =>
    `đồng chí ${clean(e.name)}${clean(e.reason) ? ` (${lowerFirst(clean(e.reason))})` : ""}`;
  const late = members.filter((e) => e.status === "LATE").map(named);
  const leftEarly = members.filter((e) => e.status === "LEFT_EARLY").map(named);
  if (late.length) b.item(`Đến muộn: ${late.join(", ")}.`);
  if (leftEarly.length) b.item(`Về sớm: ${leftEarly.join(", ")}.`);
  const absent = s.absentExcused + s.absentUnexcused;
  b.item(`Vắng mặt: ${absent} đồng chí (có lý do: ${s.absentExcused}; không có lý do: ${s.absentUnexcused}).`);
  const excused = members.filter((e) => e.status === "ABSENT_EXCUSED");
  if (excused.length) {
    const names = excused.map((e) => `đồng chí ${clean(e.name)}${e.reason ? ` (${lowerFirst(clean(e.reason))})` : ""}`);
    b.paragraph(`Vắng có lý do: ${names.join("; ")}.`, "item");
  }
  const unexcused = members.filter((e) => e.status === "ABSENT_UNEXCUSED");
  if (unexcused.length)
    b.paragraph(`Vắng không có lý do: ${unexcused.map((e) => `đồng chí ${clean(e.name)}`).join("; ")}.`, "item");
  b.item(`Số đảng viên chính thức có quyền biểu quyết: ${m.attendance.eligibleVoters} đồng chí.`);

  subheading("Chủ trì");
  b.paragraph(m.chair ? `${capitalise(person(m.chair))}.` : "(chưa ghi)");
  subheading("Thư ký");
  b.paragraph(m.secretary ? `${capitalise(person(m.secretary))}.` : "(chưa ghi)");
}

function proceedingsBlocks(b: BodyBuilder, m: MeetingDetail, noun: string) {
  let sub = 0;
  const subheading = (t: string) => b.subheading(`${++sub}. ${t}`);
  const nounLower = lowerFirst(noun);

  if (clean(m.opening)) {
    subheading("Khai mạc");
    b.text(m.opening);
  }
  for (const s of m.speeches.filter((x) => x.kind === "KHAI_MAC")) {
    if (sub === 0 || !clean(m.opening)) subheading("Khai mạc");
    b.paragraph(
      `${capitalise(person(s.speaker)) || "Đồng chí chủ trì"} phát biểu khai mạc${s.content ? `: ${clean(s.content)}` : "."}`,
    );
  }

  if (m.agenda.length > 0) {
    subheading("Chương trình");
    b.paragraph(`${noun} thống nhất chương trình gồm các nội dung sau:`);
    m.agenda.forEach((a, i) => {
      b.paragraph([{ text: `${String.fromCharCode(97 + (i % 26))}) ` }, { text: endSentence(clean(a.title)) }], "item");
      if (clean(a.content)) b.text(a.content);
    });
  }

  if (m.reports.length > 0) {
    subheading("Báo cáo");
    for (const r of m.reports) {
      const who = r.presenter ? capitalise(person(r.presenter)) : "Đồng chí được phân công";
      b.paragraph([{ text: `${who} trình bày ` }, { text: clean(r.title), bold: true }, { text: "." }]);
      b.text(r.content);
    }
  }

  const discussion = m.speeches.filter((x) => x.kind === "THAM_LUAN" || x.kind === "Y_KIEN");
  if (discussion.length > 0) {
    const papers = discussion.filter((x) => x.kind === "THAM_LUAN").length;
    const opinions = discussion.length - papers;
    const parts = [papers ? `${papers} tham luận` : "", opinions ? `${opinions} ý kiến phát biểu` : ""].filter(Boolean);
    subheading(papers ? "Tham luận và ý kiến phát biểu" : "Ý kiến phát biểu");
    b.paragraph(`${noun} nghe ${parts.join(" và ")}:`);
    for (const s of discussion) {
      if (s.kind === "THAM_LUAN") {
        const title = clean(s.title);
        const unit = s.unit ? ` của ${clean(s.unit.name)}` : "";
        const by = s.speaker ? `, do ${person(s.speaker)} trình bày` : "";
        const head = `Tham luận${title ? ` “${title}”` : ""}${unit}${by}`;
        b.item(s.content ? `${head}: ${clean(s.content)}` : `${head}.`);
      } else {
        const who = s.speaker ? capitalise(person(s.speaker)) : s.unit ? clean(s.unit.name) : "Ý kiến";
        b.item(`${who}: ${endSentence(clean(s.content) || clean(s.title) || "phát biểu")}`);
      }
    }
  }

  const directing = m.speeches.filter((x) => x.kind === "CHI_DAO" || x.kind === "KET_LUAN");
  if (directing.length > 0) {
    subheading("Phát biểu chỉ đạo, kết luận");
    for (const s of directing) {
      const who = s.speaker ? capitalise(person(s.speaker)) : "Đồng chí chủ trì";
      const verb = s.kind === "CHI_DAO" ? `phát biểu chỉ đạo ${nounLower}` : `phát biểu kết luận ${nounLower}`;
      b.paragraph(`${who} ${verb}${s.content ? `: ${endSentence(clean(s.content))}` : "."}`);
    }
  }

  if (m.directives.length > 0) {
    subheading("Văn bản được quán triệt, trích dẫn");
    for (const d of m.directives) b.item(`${citeDirective(d)}${d.note ? ` (${clean(d.note)})` : ""}.`);
  }
}

function conclusionBlocks(b: BodyBuilder, m: MeetingDetail, noun: string) {
  for (const c of m.conclusions) b.text(c.content);
  for (const r of m.resolutions) {
    b.paragraph([{ text: `${noun} biểu quyết thông qua: ` }, { text: endSentence(clean(r.title)), bold: true }]);
    b.text(r.content);
    const v = r.vote;
    b.item(
      `Kết quả biểu quyết: tán thành ${v.for}; không tán thành ${v.against}; không biểu quyết ${v.abstain} ` +
        `(trên tổng số ${v.eligible} đảng viên chính thức có quyền biểu quyết).`,
    );
    b.item(v.reason);
  }
  if (clean(m.rating))
    b.paragraph([
      { text: `Xếp loại chất lượng ${lowerFirst(noun)}: ` },
      { text: endSentence(clean(m.rating)), bold: true },
    ]);
}

function taskBlocks(b: BodyBuilder, m: MeetingDetail) {
  for (const t of m.tasks) {
    if (t.status === "CANCELLED") continue;
    const owner = t.owner ? `; người thực hiện: đồng chí ${clean(t.owner.name)}` : "";
    const due = t.dueOn ? `; thời hạn: ${citeDate(t.dueOn)}` : "";
    b.item(`${clean(t.title)}${owner}${due}.`);
  }
}

/** The blanks a draft without a date prints instead of its date. */
const UNDATED_DAY = "ngày … tháng … năm …";
const UNDATED_WHEN = `… giờ … ${UNDATED_DAY}`;

/** "Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày." (or with the date when it ended another day). */
export function closingSentence(m: MeetingDetail): string | null {
  if (!m.endsAt) return null;
  const start = m.startsAt ? new Date(m.startsAt) : null;
  const end = new Date(m.endsAt);
  const noun = meetingNoun(m.kind);
  return start && toVnIsoDate(start) === toVnIsoDate(end)
    ? `${noun} kết thúc vào hồi ${formatTime(end)} cùng ngày.`
    : `${noun} kết thúc vào hồi ${formatDateTime(end)}.`;
}

function closingBlocks(b: BodyBuilder, m: MeetingDetail) {
  const computed = closingSentence(m);
  const adoption = adoptionSentence(m);
  // Sentences of the typed closing text that restate the end time or the adoption of the minutes are
  // replaced by the computed ones.
  const typed = clean(m.closing)
    .split(/(?<=[.;])\s+/)
    .map((x) => x.trim())
    .filter(Boolean)
    .filter((x) => !(computed && /kết thúc/i.test(x)))
    .filter((x) => !(adoption && /biên bản/i.test(x) && /thông qua/i.test(x)))
    .map((x) => capitalise(x.replace(/;$/, ".")));
  const sentences = [computed, ...typed, adoption].filter((x): x is string => !!x);
  // The closing lines stay on the page of the signatures (never signatures alone on a page).
  for (const s of sentences) b.paragraph(endSentence(s), "closing", { keepWithNext: true });
}

function openingSentence(m: MeetingDetail): string {
  // A draft without a date yet leaves the blanks of the paper form.
  const when = m.startsAt ? formatDateTime(new Date(m.startsAt)) : UNDATED_WHEN;
  const what =
    m.kind === "THUONG_KY" || m.kind === "CHUYEN_DE" || m.kind === "KHAC" ? lowerFirst(clean(m.title)) : clean(m.title);
  return `Vào hồi ${when}, tại ${clean(m.place)}, ${clean(m.unit.name)} tiến hành ${what}.`;
}

// ───────────── The model ─────────────

/** A slug of at most `max` characters, cut at a word boundary. */
function shortSlug(text: string, max: number): string {
  const slug = slugify(text, 1000);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : max);
}

function fileNames(m: MeetingDetail): { fileName: string; asciiFileName: string } {
  const iso = m.startsAt ? toVnIsoDate(new Date(m.startsAt)) : null;
  const [y, mo, d] = iso ? iso.split("-") : [];
  let title = clean(m.title).replace(/[\\/:*?"<>|]+/g, "-");
  if (title.length > 120) title = `${title.slice(0, 120).replace(/\s+\S*$/, "")}…`;
  return {
    fileName: iso ? `Biên bản ${title} (${d}-${mo}-${y})` : `Biên bản ${title}`,
    asciiFileName: `Bien-ban-${shortSlug(clean(m.title), 80)}${iso ? `-${iso}` : ""}`,
  };
}

export function buildMinutesModel(meeting: MeetingDetail, opts: MinutesModelOptions): MinutesDocModel {
  const m = meeting;
  const margins: Margins = {
    ...DEFAULT_MARGINS,
    ...Object.fromEntries(
      Object.entries(opts.margins ?? {}).filter(([, v]) => typeof v === "number" && Number.isFinite(v)),
    ),
  };
  const noun = meetingNoun(m.kind);
  const superior = clean(opts.superior);
  const issuer = clean(opts.issuer);
  const date = m.startsAt ? new Date(m.startsAt) : null;
  // Non-breaking spaces are kept: a blank number ("   -BB/CB") is left for the office to fill in.
  const numberSymbol = toNFC(opts.numberSymbol)
    .replace(/[ \t\r\n]+/g, " ")
    .replace(/^ +| +$/g, "");

  const b = new BodyBuilder(SIZES.body);
  b.paragraph(openingSentence(m), "opening");
  const sections: Array<[string, (b: BodyBuilder) => void, boolean]> = [
    ["THÀNH PHẦN THAM DỰ", (x) => attendanceBlocks(x, m), true],
    ["NỘI DUNG VÀ DIỄN BIẾN", (x) => proceedingsBlocks(x, m, noun), true],
    [
      "KẾT LUẬN VÀ BIỂU QUYẾT",
      (x) => conclusionBlocks(x, m, noun),
      m.conclusions.length > 0 || m.resolutions.length > 0 || !!clean(m.rating),
    ],
    ["PHÂN CÔNG THỰC HIỆN", (x) => taskBlocks(x, m), m.tasks.some((t) => t.status !== "CANCELLED")],
  ];
  let roman = 0;
  for (const [title, fill, show] of sections) {
    if (!show) continue;
    b.heading(`${ROMAN[roman++]}. ${title}`);
    fill(b);
  }
  closingBlocks(b, m);

  const summary = clean(m.summary) || clean(m.title);
  return {
    lang: "vi",
    page: {
      size: "A4",
      widthMm: 210,
      heightMm: 297,
      margins,
      pageNumbers: { fromPage: 2, sizePt: SIZES.pageNumber, topMm: 10 },
    },
    font: { family: "Times New Roman", embedded: "Tinos", bodySizePt: SIZES.body, lineHeight: 1.2 },
    header: {
      leftWidthPct: 48,
      superior: superior ? headerText(upperVi(superior), SIZES.headerUnit, {}, breakHeaderLines(superior)) : null,
      issuer: headerText(upperVi(issuer), SIZES.headerUnit, { bold: true }, breakHeaderLines(issuer)),
      star: headerText("*", SIZES.headerUnit),
      number: headerText(`Số ${numberSymbol}`, SIZES.number),
      heading: headerText("ĐẢNG CỘNG SẢN VIỆT NAM", SIZES.heading, { bold: true }),
      headingRule: { widthMm: HEADING_WIDTH_MM, thicknessPt: 0.75 },
      placeDate: headerText(
        date ? formatPlaceDateLine(clean(opts.place), date) : `${clean(opts.place)}, ${UNDATED_DAY}`,
        SIZES.placeDate,
        { italic: true },
      ),
    },
    draftMark: m.status === "DRAFT" ? headerText("DỰ THẢO", SIZES.body, { bold: true }) : null,
    title: {
      type: headerText("BIÊN BẢN", SIZES.type, { bold: true }),
      summary: headerText(summary, SIZES.summary, { bold: true }),
    },
    body: b.blocks,
    signatures: {
      left: { title: "THƯ KÝ", name: clean(m.secretary?.name), sizePt: SIZES.signature, signSpaceMm: 25 },
      right: { title: "CHỦ TRÌ", name: clean(m.chair?.name), sizePt: SIZES.signature, signSpaceMm: 25 },
    },
    corrections: [],
    reading: "adopted",
    meta: { meetingId: m.id, title: `Biên bản ${clean(m.title)}`, ...fileNames(m) },
  };
}

/** Plain text of a block (tests and the print page's accessible text). */
export function blockText(block: Pick<Block, "runs">): string {
  return block.runs.map((r) => r.text).join("");
}
