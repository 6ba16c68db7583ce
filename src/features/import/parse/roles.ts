/**
 * Who did what at the meeting: the chair ("Chủ trì: đồng chí …", "… chủ trì hội nghị", "dưới sự
 * chủ trì của …"), the secretary ("Thư ký: …", "… làm thư ký"), the presenters (of reports, or who
 * "trình bày", "thông qua", "triển khai", "quán triệt" something) and the guests ("đại biểu",
 * "khách mời", "về dự", "dự và chỉ đạo"). The chair, the secretary and the presenters are never
 * guests.
 */
import { accentKey } from "@/lib/vi/normalize";
import type { PreparedText } from "@/lib/vi/text";
import type { ExtractedReport, Roles } from "../types";
import type { PersonMention } from "./people";

const HON = String.raw`(?:(?:đồng\s+chí|đ\s*\/\s*c|đ\.c|ông|bà)\s*:?\s*)?`;
/** Just before a name: "Chủ trì: đồng chí", "Chủ tọa hội nghị:", "dưới sự chủ trì của đồng chí". */
const CHAIR_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:chủ\s+trì|chủ\s+tọa|chủ\s+toạ)(?:\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+sinh\s+hoạt|đại\s+hội))?` +
    String.raw`\s*:\s*(?:là\s+)?|(?<![\p{L}])(?:sự\s+chủ\s+trì|chủ\s+trì)\s+(?:của\s+)?)${HON}$`,
  "u",
);
/** Just after a name and its titles: "… chủ trì hội nghị", "… đã chủ trì buổi sinh hoạt". */
const CHAIR_AFTER = /^[\s,–—-]*(?:đã\s+|cùng\s+|đồng\s+)?(?:chủ\s+trì|chủ\s+tọa|chủ\s+toạ)(?![\p{L}])/u;
const SECRETARY_BEFORE = new RegExp(
  String.raw`(?:^|[\n.;]\s*|[-–+*•]\s*)thư\s+ký(?:\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+sinh\s+hoạt|đại\s+hội))?\s*:\s*` +
    String.raw`(?:là\s+)?${HON}$`,
  "u",
);
const SECRETARY_AFTER = /^[\s,–—-]*(?:được\s+(?:cử|phân\s+công)\s+)?(?:làm|là)\s+thư\s+ký(?![\p{L}])/u;
/** After a name: the person presents something (a report, a document, a plan). */
const PRESENTS_AFTER = new RegExp(
  String.raw`^[\s,–—-]*(?:đã\s+|lần\s+lượt\s+|tiếp\s+tục\s+)?(?:trình\s+bày|thông\s+qua|triển\s+khai|quán\s+triệt|` +
    String.raw`truyền\s+đạt|báo\s+cáo|đọc\s+(?:báo\s+cáo|dự\s+thảo)|giới\s+thiệu\s+(?:chuyên\s+đề|nội\s+dung))(?![\p{L}])`,
  "u",
);
/** Just before a name: the person teaches or presents ("với sự tham dự và giảng dạy của …"). */
const PRESENTS_BEFORE = /(?<![\p{L}])(?:giảng\s+dạy|truyền\s+đạt|trình\s+bày|báo\s+cáo\s+viên)\s+(?:của\s+)?$/u;
/** The opening speech, given by the chair unless the text names another: "Phát biểu khai mạc, đồng chí …". */
const OPENS_BEFORE = /(?<![\p{L}])khai\s+mạc[^.;\n]{0,40}$/u;
const OPENS_AFTER = /^[^.;\n]{0,20}?(?:phát\s+biểu\s+khai\s+mạc|khai\s+mạc\s+(?:hội\s+nghị|buổi|đại\s+hội|lớp))/u;
/** Earlier in the sentence: the people named are guests. */
const GUEST_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:đại\s+biểu|khách\s+mời|về\s+dự|đến\s+dự|tới\s+dự|dự\s+và\s+chỉ\s+đạo|được\s+mời|` +
    String.raw`mời\s+dự|đại\s+diện\s+(?:cấp\s+ủy|lãnh\s+đạo|ban|đảng\s+ủy|huyện\s+ủy|thành\s+ủy|tỉnh\s+ủy))(?![\p{L}])`,
  "u",
);
/** Later in the person's clause: "… dự và chỉ đạo hội nghị", "… đã dự hội nghị", "… phát biểu chỉ đạo". */
const GUEST_AFTER = new RegExp(
  String.raw`^[^.;\n]{0,30}?(?<![\p{L}])(?:dự\s+và\s+chỉ\s+đạo|đã\s+(?:đến\s+|về\s+)?dự|đến\s+dự|về\s+dự|tới\s+dự|` +
    String.raw`phát\s+biểu\s+chỉ\s+đạo)(?![\p{L}])`,
  "u",
);

/** Start of the sentence holding `pos` (a full stop inside a number does not end one). */
function sentenceStart(key: string, pos: number): number {
  let s = pos;
  while (s > 0 && key[s - 1] !== "\n" && !(key[s - 1] === "." && !/\d/.test(key[s] ?? ""))) s--;
  return s;
}

export function findRoles(
  p: PreparedText,
  mentions: readonly PersonMention[],
  reports: readonly ExtractedReport[],
): Roles {
  let chair: string | null = null;
  let secretary: string | null = null;
  let opener: string | null = null;
  const presenters: string[] = [];
  const guests: string[] = [];
  const add = (list: string[], name: string) => {
    if (!list.some((n) => accentKey(n) === accentKey(name))) list.push(name);
  };
  for (const r of reports) if (r.presenter) add(presenters, r.presenter);
  for (const m of mentions) {
    const name = m.name.name;
    const from = sentenceStart(p.key, m.start);
    const before = p.key.slice(Math.max(from, m.start - 80), m.start);
    const after = p.key.slice(m.end, m.end + 120);
    if (!chair && (CHAIR_BEFORE.test(before) || CHAIR_AFTER.test(after))) chair = name;
    if (
      !secretary &&
      (SECRETARY_BEFORE.test(p.key.slice(Math.max(0, m.start - 60), m.start)) || SECRETARY_AFTER.test(after))
    )
      secretary = name;
    if (!opener && (OPENS_BEFORE.test(before) || OPENS_AFTER.test(after))) opener = name;
    if (PRESENTS_AFTER.test(after) || PRESENTS_BEFORE.test(before)) add(presenters, name);
    if (GUEST_CUE.test(p.key.slice(from, m.start)) || GUEST_AFTER.test(after)) add(guests, name);
  }
  chair ??= opener;
  const notGuest = new Set([chair, secretary, ...presenters].filter((n): n is string => !!n).map(accentKey));
  return { chair, secretary, presenters, guests: guests.filter((g) => !notGuest.has(accentKey(g))) };
}
