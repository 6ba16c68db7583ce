/**
 * DOCX renderer of the biên bản. Reads ONLY the document model. Times New Roman, A4, margins
 * from the model, the header as a borderless two-column table, page numbers from page 2. The
 * result is an ordinary editable document (no frames, no fixed text boxes).
 * No "server-only" marker: the benchmark script imports it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IParagraphOptions,
} from "docx";
import type { Align, Block, HeaderText, MinutesDocModel, SignatureBlock } from "./minutes-model";
import { verificationDocx } from "@/features/verification";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>;

/** Millimetres to twips, rounded (A4 is 11906 × 16838; the package floors it to 11905 × 16837). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const halfPoints = (pt: number) => Math.round(pt * 2);

interface Ctx {
  font: string;
  /** w:line value for "auto" spacing: 240 = single. */
  line: number;
}

function run(
  ctx: Ctx,
  text: string,
  sizePt: number,
  style: { bold?: boolean; italics?: boolean; underline?: boolean; break?: number } = {},
): TextRun {
  return new TextRun({
    text,
    font: { ascii: ctx.font, hAnsi: ctx.font, cs: ctx.font, eastAsia: ctx.font },
    size: halfPoints(sizePt),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
    break: style.break,
    language: { value: "vi-VN" },
  });
}

function headerParagraph(ctx: Ctx, h: HeaderText, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: h.lines.map((line, i) =>
      run(ctx, line, h.sizePt, { bold: h.bold, italics: h.italic, break: i > 0 ? 1 : undefined }),
    ),
    ...extra,
  });
}

function bodyParagraph(ctx: Ctx, b: Block): Paragraph {
  return new Paragraph({
    alignment: ALIGN[b.align],
    keepNext: b.keepWithNext || undefined,
    indent: {
      firstLine: b.firstLineIndentMm ? mm(b.firstLineIndentMm) : undefined,
      left: b.leftIndentMm ? mm(b.leftIndentMm) : undefined,
    },
    spacing: {
      before: Math.round(b.spaceBeforePt * 20),
      after: Math.round(b.spaceAfterPt * 20),
      line: ctx.line,
      lineRule: LineRuleType.AUTO,
    },
    children: b.runs.map((r) => run(ctx, r.text, b.sizePt, { bold: r.bold, italics: r.italic, underline: r.amended })),
  });
}

function cell(children: Paragraph[], widthTwip: number): TableCell {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftTwip: number, rightTwip: number): Table {
  return new Table({
    width: { size: leftTwip + rightTwip, type: WidthType.DXA },
    columnWidths: [leftTwip, rightTwip],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftTwip), cell(right, rightTwip)] })],
  });
}

function signature(ctx: Ctx, s: SignatureBlock): Paragraph[] {
  const centred = {
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
  };
  return [
    new Paragraph({ ...centred, keepNext: true, children: [run(ctx, s.title, s.sizePt, { bold: true })] }),
    // The blank space for the hand signature, as the space before the name.
    new Paragraph({
      ...centred,
      spacing: { ...centred.spacing, before: Math.round((s.signSpaceMm / 25.4) * 72 * 20) },
      children: [run(ctx, s.name, s.sizePt, { bold: true })],
    }),
  ];
}

/** The biên bản as a .docx file. */
export async function renderMinutesDocx(model: MinutesDocModel): Promise<Buffer> {
  const ctx: Ctx = { font: model.font.family, line: Math.round(240 * model.font.lineHeight) };
  const { margins, widthMm } = model.page;
  const textWidthMm = widthMm - margins.left - margins.right;
  const textTwip = mm(textWidthMm);
  const leftTwip = Math.round((textTwip * model.header.leftWidthPct) / 100);
  const rightTwip = textTwip - leftTwip;
  const h = model.header;

  const left: Paragraph[] = [];
  if (h.superior) left.push(headerParagraph(ctx, h.superior));
  left.push(headerParagraph(ctx, h.issuer));
  left.push(headerParagraph(ctx, h.star));
  left.push(headerParagraph(ctx, h.number));

  // The rule under the heading is the heading paragraph's bottom border, indented to the heading's width.
  const ruleIndent = Math.max(0, Math.round((rightTwip - mm(h.headingRule.widthMm)) / 2));
  const right: Paragraph[] = [
    headerParagraph(ctx, h.heading, {
      indent: { left: ruleIndent, right: ruleIndent },
      border: {
        bottom: {
          style: BorderStyle.SINGLE,
          size: Math.max(4, Math.round(h.headingRule.thicknessPt * 8)),
          color: "000000",
          space: 1,
        },
      },
    }),
    headerParagraph(ctx, h.placeDate, { spacing: { before: 160, after: 0, line: 240, lineRule: LineRuleType.AUTO } }),
  ];

  const titleBlock: Paragraph[] = [];
  if (model.draftMark) titleBlock.push(headerParagraph(ctx, model.draftMark, { spacing: { before: 240, after: 0 } }));
  titleBlock.push(
    headerParagraph(ctx, model.title.type, {
      spacing: { before: 360, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
    }),
  );
  titleBlock.push(
    headerParagraph(ctx, model.title.summary, {
      spacing: { before: 0, after: 240, line: ctx.line, lineRule: LineRuleType.AUTO },
    }),
  );

  const signatures = twoColumns(
    signature(ctx, model.signatures.left),
    signature(ctx, model.signatures.right),
    Math.round(textTwip / 2),
    textTwip - Math.round(textTwip / 2),
  );

  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: { ascii: ctx.font, hAnsi: ctx.font, cs: ctx.font, eastAsia: ctx.font },
            size: halfPoints(model.page.pageNumbers.sizePt),
          }),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: "Sổ Biên Bản",
    title: model.meta.title,
    styles: {
      default: {
        document: {
          run: { font: ctx.font, size: halfPoints(model.font.bodySizePt), language: { value: "vi-VN" } },
          paragraph: { spacing: { line: ctx.line, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: model.page.pageNumbers.fromPage > 1,
          page: {
            size: { width: mm(model.page.widthMm), height: mm(model.page.heightMm) },
            margin: {
              top: mm(margins.top),
              bottom: mm(margins.bottom),
              left: mm(margins.left),
              right: mm(margins.right),
              header: mm(model.page.pageNumbers.topMm),
              footer: mm(10),
            },
          },
        },
        headers: {
          default: pageNumberHeader,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          twoColumns(left, right, leftTwip, rightTwip),
          ...titleBlock,
          ...model.body.map((b) => bodyParagraph(ctx, b)),
          new Paragraph({ spacing: { before: 120, after: 0 }, keepNext: true, children: [] }),
          signatures,
          // the section "ĐÍNH CHÍNH" after the text as adopted and its signatures
          ...model.corrections.map((b) => bodyParagraph(ctx, b)),
          ...verificationDocx(model.verification, { font: ctx.font, textTwip }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
