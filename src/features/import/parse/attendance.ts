/**
 * Attendance figures when the text states both: "19/23 đồng chí", "có mặt 19/23 đảng viên",
 * "tổng số 23 đảng viên, có mặt 19", "có mặt 19 đồng chí, vắng 4".
 */
import type { Attendance } from "../types";
import type { PreparedText } from "@/lib/vi/text";

const MEMBER = "(?:đồng\\s+chí|đảng\\s+viên|đ\\/c|đại\\s+biểu)";
const RATIO = new RegExp(`(?<![\\d\\/.])(\\d{1,4})\\s*\\/\\s*(\\d{1,4})\\s+${MEMBER}`, "u");
const PRESENT_OF_TOTAL = /(?:có\s+mặt|tham\s+dự|dự\s+họp)\s*:?\s*(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])/u;
const TOTAL_THEN_PRESENT = new RegExp(
  `tổng\\s+số(?:\\s+đảng\\s+viên)?(?:\\s+(?:của\\s+)?chi\\s+bộ)?\\s*(?:là|` +
    `:)?\\s*(\\d{1,4})\\s*${MEMBER}?[^.\\n]{0,80}?(?:có\\s+mặt|tham\\s+dự|dự\\s+họp)\\s*:?\\s*(\\d{1,4})`,
  "u",
);
const PRESENT_THEN_ABSENT = new RegExp(
  `(?:có\\s+mặt|tham\\s+dự|dự\\s+họp)\\s*:?\\s*(\\d{1,4})\\s*${MEMBER}[^.\\n]{0,40}?vắng(?:\\s+mặt)?\\s*:?\\s*(\\d{1,4})`,
  "u",
);

export function findAttendance(p: PreparedText): Attendance | null {
  const k = p.key;
  let m = PRESENT_OF_TOTAL.exec(k) ?? RATIO.exec(k);
  if (m) {
    const present = Number(m[1]);
    const total = Number(m[2]);
    if (present <= total && total > 0) return { present, total };
  }
  m = TOTAL_THEN_PRESENT.exec(k);
  if (m) {
    const total = Number(m[1]);
    const present = Number(m[2]);
    if (present <= total) return { present, total };
  }
  m = PRESENT_THEN_ABSENT.exec(k);
  if (m) {
    const present = Number(m[1]);
    const absent = Number(m[2]);
    return { present, total: present + absent };
  }
  return null;
}
