import { AlignmentType, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from "docx";
import type { VerificationMark } from "../dto";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** 22 mm at 96 px to the inch (ImageRun sizes are pixels) */
const QR_PX = Math.round((22 / 25.4) * 96);

/** The verification footer of the DOCX: a borderless row, QR code (22 mm) and the note; nothing for a draft. */
export function verificationDocx(
  mark: VerificationMark | null | undefined,
  opts: { font: string; textTwip: number },
): Array<Paragraph | Table> {
  if (!mark) return [];
  const qrTwip = Math.round((26 / 25.4) * 1440);
  const font = { ascii: opts.font, hAnsi: opts.font, cs: opts.font, eastAsia: opts.font };
  return [
    new Paragraph({ spacing: { before: 240, after: 0 }, keepNext: true, children: [] }),
    new Table({
      width: { size: opts.textTwip, type: WidthType.DXA },
      columnWidths: [qrTwip, opts.textTwip - qrTwip],
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: qrTwip, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: [
                new Paragraph({
                  children: [
                    new ImageRun({
                      type: "png",
                      data: Buffer.from(mark.qrPng.split(",")[1] ?? "", "base64"),
                      transformation: { width: QR_PX, height: QR_PX },
                      altText: { name: "Mã QR xác thực", description: mark.url, title: `Mã xác thực ${mark.code}` },
                    }),
                  ],
                }),
              ],
            }),
            new TableCell({
              width: { size: opts.textTwip - qrTwip, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: [
                new Paragraph({
                  alignment: AlignmentType.JUSTIFIED,
                  spacing: { before: 0, after: 0, line: 260 },
                  children: [new TextRun({ text: mark.note, italics: true, size: 20, font })],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
}
