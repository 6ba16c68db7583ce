/** Shapes of the verification feature for pages, the API and other features (isomorphic). */
import type { MeetingKind } from "@/lib/enums";

/** Where a chain breaks and why (see verify.ts). */
export interface ChainBreak {
  chain: "unit" | "audit";
  unitId?: string;
  meetingId?: string;
  /** how a reader finds the record: "biên bản số 03-BB/CB ngày 05/02/2026 (thứ 2 của chuỗi)" */
  where: string;
  amendment?: number;
  auditSeq?: number;
  reason: string;
}

/** The last whole-archive check, for the admin overview. */
export interface LastRun {
  at: string;
  ok: boolean;
  unitName: string | null;
  records: number;
  amendments: number;
  auditEvents: number;
  breaks: number;
  firstBreaks: ChainBreak[];
}

/** `verification` of an approved record in GET /api/v1/meetings/{id}. */
export interface RecordVerification {
  code: string;
  fingerprint: string;
  chainOk: boolean;
}

/** The answer of the public check: never content, only what identifies the record. */
export type PublicCheck =
  | { result: "malformed"; input: string }
  | { result: "unknown"; code: string }
  | {
      result: "found";
      code: string;
      /** the record, its amendments and its links in the unit's chain recompute to the sealed fingerprints */
      intact: boolean;
      exists: boolean;
      unit: string | null;
      kind: MeetingKind | null;
      date: string | null;
      number: string | null;
      approved: boolean;
      amendments: number;
      latestAmendmentAt: string | null;
      fingerprint: string;
      /** only for a signed-in reader who may read the record */
      link: string | null;
    };

/** The answer in one Vietnamese sentence, as the page heads it and the API's `message` says it. */
export function checkMessage(check: PublicCheck): string {
  if (check.result === "malformed")
    return "Mã xác thực không đúng dạng: mã gồm 10 ký tự chữ và số (hai nhóm năm ký tự), ví dụ 7KQ4M-XR9TB.";
  if (check.result === "unknown") return `Không có biên bản nào mang mã ${check.code}.`;
  if (!check.exists)
    return `Mã ${check.code} đã được cấp cho một biên bản, nhưng biên bản đó không còn trong kho lưu trữ.`;
  return check.intact
    ? `Mã ${check.code} thuộc một biên bản đã thông qua; biên bản còn nguyên vẹn như khi được thông qua và đính chính.`
    : `Mã ${check.code} thuộc một biên bản đã thông qua, nhưng biên bản trong kho KHÔNG còn khớp với dấu vân tay khi thông qua.`;
}

/** What a document prints about its verification: the code, the QR image of the public page's link, the note. */
export interface VerificationMark {
  /** "7KQ4M-XR9TB" */
  code: string;
  /** the public page the QR code opens: "https://…/xac-thuc/7KQ4M-XR9TB" */
  url: string;
  /** PNG of the QR code as a data URL (DOCX, PDF) */
  qrPng: string;
  /** the QR code's dark modules as one SVG path in a size × size box (print page) */
  qrPath: { size: number; d: string };
  /** the footer line in Vietnamese: what the code is for and where to check it */
  note: string;
}
