/**
 * Amendments (đính chính) in the formal document. PURE (no I/O): the model builder calls these.
 *
 *   - `correctionBlocks`: the section "ĐÍNH CHÍNH" printed after the text as adopted and its
 *     signatures, one numbered entry per amendment (date, who, field, old → new, reason), in the
 *     document's own typography;
 *   - `consolidate` + `markAmendedRuns`: the consolidated reading (`?reading=current`), in which
 *     every amended field reads as last amended and the amended passages are marked (underlined,
 *     followed by "(đính chính số n)").
 */
import { amendableFields, type MeetingDetail } from "@/features/meetings/dto";
import { formatDateTime, formatShortDate } from "@/lib/vi/date";
import { toNFC } from "@/lib/vi/normalize";
import {
  type Block,
  buildMinutesModel,
  type MinutesDocModel,
  type MinutesModelOptions,
  type Run,
  SIZES,
} from "./minutes-model";

export type Reading = "adopted" | "current";

/** One amendment as the documents print it. */
export interface DocAmendment {
  at: string;
  author: string;
  field: string;
  oldValue: string | null;
  newValue: string;
  reason: string;
}

/** Parses `reading=` of the print page and the export: absent → as adopted. */
export function parseReading(v: string | null | undefined): Reading | null {
  if (v === null || v === undefined || v === "" || v === "adopted") return "adopted";
  return v === "current" ? "current" : null;
}

// Marks around an amended value while the model is built: START n SEP text END.
const START = "\uE000";
const SEP = "\uE002";
const END = "\uE001";
const MARKS = /[\uE000-\uE002]/g;

function one(s: string | null | undefined): string {
  return toNFC(s ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

function quoted(s: string | null | undefined): string {
  const t = one(s);
  return t ? `“${t}”` : "(để trống)";
}

type Style = Pick<Block, "sizePt">;

function block(role: Block["role"], runs: Run[], sizePt: number, extra: Partial<Block> = {}): Block {
  return {
    role,
    runs,
    align: "justify",
    sizePt,
    firstLineIndentMm: 10,
    leftIndentMm: 0,
    spaceBeforePt: 0,
    spaceAfterPt: 3,
    keepWithNext: false,
    ...extra,
  };
}

/** The section "ĐÍNH CHÍNH": empty when the record was never amended. */
export function correctionBlocks(m: MeetingDetail, amendments: readonly DocAmendment[], style: Style): Block[] {
  if (amendments.length === 0) return [];
  const labels = new Map(amendableFields(m).map((f) => [f.path, f.label]));
  const out: Block[] = [
    block("heading", [{ text: "ĐÍNH CHÍNH", bold: true }], style.sizePt, {
      align: "center",
      firstLineIndentMm: 0,
      spaceBeforePt: 18,
      spaceAfterPt: 6,
      keepWithNext: true,
    }),
  ];
  amendments.forEach((a, i) => {
    const when = new Date(a.at);
    const label = labels.get(a.field) ?? "Nội dung khác";
    out.push(
      block(
        "paragraph",
        [
          { text: `${i + 1}. `, bold: true },
          {
            text: `Ngày ${formatShortDate(when)} (${formatDateTime(when)}), đồng chí ${one(a.author) || "(không rõ)"} `,
          },
          { text: "đính chính mục " },
          { text: `“${label}”`, bold: true },
          { text: ":" },
        ],
        style.sizePt,
        { keepWithNext: true },
      ),
    );
    out.push(
      block("item", [{ text: `- Nội dung đã ghi: ${quoted(a.oldValue)}.` }], style.sizePt, { keepWithNext: true }),
    );
    out.push(block("item", [{ text: `- Nay sửa lại: ${quoted(a.newValue)}.` }], style.sizePt, { keepWithNext: true }));
    out.push(block("item", [{ text: `- Lý do: ${one(a.reason).replace(/\.$/, "")}.` }], style.sizePt));
  });
  return out;
}

/** The last amendment of each field, with its number in the "ĐÍNH CHÍNH" list. */
function lastByField(amendments: readonly DocAmendment[]): Map<string, { value: string; n: number }> {
  const out = new Map<string, { value: string; n: number }>();
  amendments.forEach((a, i) => {
    out.set(a.field, { value: a.newValue, n: i + 1 });
  });
  return out;
}

function wrap(value: string, n: number): string {
  // each line of a multi-line text is marked on its own (the model prints one paragraph per line)
  return value
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `${START}${n}${SEP}${line}${END}` : line))
    .join("\n");
}

/** The record as currently read: every amended field at its last amended value, marked for `markAmendedRuns`. */
export function consolidate(m: MeetingDetail, amendments: readonly DocAmendment[]): MeetingDetail {
  const last = lastByField(amendments);
  if (last.size === 0) return m;
  const at = (field: string, current: string | null): string | null => {
    const a = last.get(field);
    return a ? (a.value ? wrap(a.value, a.n) : "") : current;
  };
  // the title, summary and number also head the document and name the file: read as amended, not marked
  const plain = (field: string, current: string | null): string | null => last.get(field)?.value ?? current;
  const out: MeetingDetail = {
    ...m,
    title: plain("title", m.title) || m.title,
    summary: plain("summary", m.summary),
    number: plain("number", m.number),
    place: at("place", m.place) ?? m.place,
    opening: at("opening", m.opening),
    closing: at("closing", m.closing),
    rating: at("rating", m.rating),
    agenda: m.agenda.map((x, i) => ({ ...x, content: at(`agenda.${i}.content`, x.content) })),
    reports: m.reports.map((x, i) => ({ ...x, content: at(`reports.${i}.content`, x.content) })),
    speeches: m.speeches.map((x, i) => ({ ...x, content: at(`speeches.${i}.content`, x.content) })),
    conclusions: m.conclusions.map((x, i) => ({ ...x, content: at(`conclusions.${i}.content`, x.content) ?? "" })),
    resolutions: m.resolutions.map((x, i) => ({ ...x, title: at(`resolutions.${i}.title`, x.title) ?? x.title })),
  };
  return out;
}

/** Splits the runs of a block at the marks: marked text becomes an `amended` run and its reference follows. */
function markRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let open: number | null = null;
  for (const r of runs) {
    const parts = r.text.split(/(\uE000\d+\uE002|\uE001)/);
    for (const p of parts) {
      if (!p) continue;
      const start = /^\uE000(\d+)\uE002$/.exec(p);
      if (start) {
        open = Number(start[1]);
        continue;
      }
      if (p === END) {
        out.push({ text: ` (đính chính số ${open})`, italic: true });
        open = null;
        continue;
      }
      out.push(open === null ? { ...r, text: p } : { ...r, text: p, amended: true });
    }
  }
  return out;
}

/** Strips the marks out of any string of a value (headers, file names, signatures). */
function strip<T>(v: T): T {
  if (typeof v === "string") return v.replace(/\uE000\d+\uE002/g, "").replace(MARKS, "") as T;
  if (Array.isArray(v)) return v.map(strip) as T;
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)])) as T;
  }
  return v;
}

/** After the model of a consolidated reading is built: marked runs in the body, marks removed elsewhere. */
export function markAmendedRuns<M extends { body: Block[] }>(model: M): M {
  const body = model.body.map((b) => ({
    ...b,
    // "… text.END." would end with two full stops once the mark is gone
    runs: markRuns(b.runs.map((r) => ({ ...r, text: r.text.replace(/([.!?:;…])\uE001\./g, `$1${END}`) }))),
  }));
  const rest = strip({ ...model, body: [] as Block[] });
  return { ...rest, body };
}

/** The line under the title of a consolidated reading. */
export function readingNote(amendments: readonly DocAmendment[], sizePt: number): Block {
  const last = amendments[amendments.length - 1];
  const until = last ? ` đến ngày ${formatShortDate(new Date(last.at))}` : "";
  return block(
    "paragraph",
    [
      {
        text: `(Bản hợp nhất các đính chính${until}; phần đã được đính chính in gạch chân, số đính chính ghi trong ngoặc.)`,
        italic: true,
      },
    ],
    sizePt,
    { align: "center", firstLineIndentMm: 0, spaceAfterPt: 6 },
  );
}

/**
 * The whole document of a record: the text as adopted (or, with `reading: "current"`, the consolidated
 * reading) followed by the section "ĐÍNH CHÍNH".
 */
export function buildMinutesDocument(
  meeting: MeetingDetail,
  opts: MinutesModelOptions,
  doc: { amendments: readonly DocAmendment[]; reading: Reading },
): MinutesDocModel {
  const corrections = correctionBlocks(meeting, doc.amendments, { sizePt: SIZES.body });
  if (doc.reading === "adopted" || doc.amendments.length === 0) {
    return { ...buildMinutesModel(meeting, opts), corrections, reading: doc.reading };
  }
  const model = buildMinutesModel(consolidate(meeting, doc.amendments), opts);
  const marked = markAmendedRuns(model);
  return {
    ...marked,
    body: [readingNote(doc.amendments, SIZES.body), ...marked.body],
    corrections,
    reading: "current",
  };
}
