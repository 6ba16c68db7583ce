import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/policy/policy";
import { parseReading } from "./amendments";
import { contentDisposition } from "./content-disposition";
import { renderMinutesDocx } from "./docx";
import { loadMinutesModel } from "./load";
import { parseMargins } from "./options";
import { renderMinutesPdf } from "./pdf";

export const EXPORT_FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

function isFormat(v: string | null): v is ExportFormat {
  return v !== null && Object.hasOwn(EXPORT_FORMATS, v);
}

/**
 * GET /api/v1/meetings/{id}/export?format=docx|pdf[&margins=top,bottom,left,right][&reading=current]:
 * the biên bản as a download (as adopted, then "ĐÍNH CHÍNH"; `reading=current`: the consolidated
 * reading). 401 without an actor, 400 for a bad parameter, 404 when the meeting is missing or out
 * of read scope, 403 when it may be read but not exported. Errors are thrown as AppError for the
 * API wrapper to answer in JSON.
 */
export async function exportMinutes(
  actor: Actor | null,
  meetingId: string,
  params: URLSearchParams,
): Promise<Response> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const format = params.get("format");
  if (!isFormat(format)) {
    throw new AppError("VALIDATION", "Tham số không hợp lệ: format.", {
      fields: { format: ["Định dạng phải là docx hoặc pdf."] },
    });
  }
  const margins = parseMargins(params.get("margins"));
  if (!margins.ok) {
    throw new AppError("VALIDATION", "Tham số không hợp lệ: margins.", {
      fields: {
        margins: ["Lề trang ghi theo thứ tự trên, dưới, trái, phải (mm), mỗi số từ 5 đến 60, ví dụ 20,20,30,15."],
      },
    });
  }
  const reading = parseReading(params.get("reading"));
  if (!reading) {
    throw new AppError("VALIDATION", "Tham số không hợp lệ: reading.", {
      fields: { reading: ["Bản đọc là adopted (nguyên văn đã thông qua) hoặc current (hợp nhất các đính chính)."] },
    });
  }
  const model = await loadMinutesModel(actor, meetingId, margins.margins ?? undefined, reading);
  const file = format === "docx" ? await renderMinutesDocx(model) : await renderMinutesPdf(model);
  return new Response(new Uint8Array(file), {
    status: 200,
    headers: {
      "Content-Type": EXPORT_FORMATS[format],
      "Content-Length": String(file.length),
      "Content-Disposition": contentDisposition(model.meta.fileName, model.meta.asciiFileName, format),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
