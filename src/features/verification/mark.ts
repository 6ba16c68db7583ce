import "server-only";
import QRCode from "qrcode";
import type { VerificationMark } from "./dto";
import { recordCode } from "./data";

/** The address the app is reached at, for the QR code's link (NEXTAUTH_URL, set by npm start). */
export function publicBaseUrl(): string {
  return (process.env.SBB_PUBLIC_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** The verification note of a record's documents; null for a record without a seal (drafts). */
export async function verificationMark(meetingId: string): Promise<VerificationMark | null> {
  const code = await recordCode(meetingId);
  if (!code) return null;
  const base = publicBaseUrl();
  const url = `${base}/xac-thuc/${code}`;
  const qr = { errorCorrectionLevel: "M" as const, margin: 0 };
  const qrPng = await QRCode.toDataURL(url, { ...qr, type: "image/png", width: 240 });
  const { modules } = QRCode.create(url, qr);
  let d = "";
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.data[y * modules.size + x]) d += `M${x} ${y}h1v1h-1z`;
  const note =
    `Mã xác thực ${code}: mã do Sổ Biên Bản cấp khi biên bản được thông qua, tính từ dấu vân tay (SHA-256) của ` +
    `nội dung đã thông qua. Để biết văn bản này có đúng là biên bản được lưu trong kho và còn nguyên vẹn hay không, ` +
    `quét mã QR hoặc nhập mã tại ${base}/xac-thuc.`;
  return { code, url, qrPng, qrPath: { size: modules.size, d }, note };
}
