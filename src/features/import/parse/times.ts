/**
 * Times of day the text states: when the meeting began ("vào lúc 19 giờ 30 phút", "Thời gian: 14h00",
 * "hồi 8 giờ, ngày …") and when it closed ("Biên bản kết thúc vào lúc 11 giờ 15 phút", "Hội nghị bế mạc
 * lúc 16h30"). Nothing is guessed: no time stated, null.
 */
import type { PreparedText } from "@/lib/vi/text";

const CLOCK = String.raw`(\d{1,2})\s*(?:giờ|h|g)\s*(?:(\d{1,2})\s*(?:phút|')?)?(?![\p{L}\d])`;
const START = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:vào\s+)?(?:lúc|hồi)|bắt\s+đầu(?:\s+(?:vào\s+)?lúc)?|thời\s+gian\s*:\s*(?:từ\s+)?|` +
    String.raw`(?:sáng|chiều|tối)\s+(?:nay\s+)?(?:lúc\s+)?|từ)\s*${CLOCK}`,
  "gu",
);
const END = new RegExp(
  String.raw`(?<![\p{L}])(?:kết\s+thúc|bế\s+mạc|bế\s+giảng)[^.\n]{0,40}?(?:vào\s+)?(?:lúc|hồi)?\s*${CLOCK}`,
  "u",
);
const CLOSING_WORDS = /(?:kết\s+thúc|bế\s+mạc|bế\s+giảng|đến|tới)[^.\n]{0,40}$/u;

function hhmm(h: string, m: string | undefined): string | null {
  const hour = Number(h);
  const minute = m ? Number(m) : 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

export function findTimes(p: PreparedText): { start: string | null; end: string | null } {
  let start: string | null = null;
  for (const m of p.key.matchAll(START)) {
    if (CLOSING_WORDS.test(p.key.slice(Math.max(0, m.index - 50), m.index))) continue;
    start = hhmm(m[1], m[2]);
    if (start) break;
  }
  const e = END.exec(p.key);
  return { start, end: e ? hhmm(e[1], e[2]) : null };
}
