/**
 * Reports and their presenters: "đồng chí X – … trình bày tóm tắt báo cáo sơ kết …",
 * "đồng chí X đã chuẩn bị và thực hiện báo cáo chuyên đề “…”", "Đ/c X – Bí thư Chi bộ thông qua …",
 * "Báo cáo … do đồng chí X trình bày".
 */
import { accentKey } from "@/lib/vi/normalize";
import type { ExtractedReport } from "../types";
import type { PersonMention } from "./people";
import type { PreparedText } from "@/lib/vi/text";
import { capitalizeFirst, trimClause } from "@/lib/vi/text";

const PRESENTS_RE = new RegExp(
  String.raw`[ \t]*,?[ \t]*(?:đã[ \t]+|cũng[ \t]+|tiếp[ \t]+tục[ \t]+|` +
    String.raw`lần[ \t]+lượt[ \t]+)?(?:chủ[ \t]+trì[ \t]+(?:hội[ \t]+nghị[ \t]+|buổi[ \t]+sinh[ \t]+hoạt[ \t]+)?(?:và|,)[ \t]+)?` +
    String.raw`(?:chuẩn[ \t]+bị[ \t]+và[ \t]+)?(trình[ \t]+bày|thông[ \t]+qua|` +
    String.raw`thực[ \t]+hiện[ \t]+báo[ \t]+cáo|đọc[ \t]+báo[ \t]+cáo|` +
    String.raw`báo[ \t]+cáo)(?![\p{L}])[ \t]*(?:tóm[ \t]+tắt[ \t]+|toàn[ \t]+văn[ \t]+|nội[ \t]+dung[ \t]+)?`,
  "uy",
);
/** Objects that are not reports: the agenda, opening words, the minutes. */
const NOT_A_REPORT = new RegExp(
  String.raw`^(?:diễn\s+văn|lời\s+(?:khai|bế)|(?:chương\s+trình|quy\s+chế)\s+(?:hội\s+nghị|làm\s+việc|buổi|` +
    String.raw`đại\s+hội)|biên\s+bản|danh\s+sách|mục\s+đích|lý\s+do|thành\s+phần|ý\s+kiến|với|cho|trước|tại)`,
  "u",
);
/** Where the report's title ends. */
const TITLE_END =
  /[.;!?](?=\s|$)|\n|[ \t]+(?:trong\s+đó|nhằm|để|với\s+(?:những|các|nhiều)|đồng\s+thời|và\s+(?:đề\s+nghị|nhấn\s+mạnh|nêu|cho\s+biết))(?![\p{L}])/u;
const QUOTED = /[“"«]([^”"»\n]{3,300})[”"»]/u;

/** Title of what follows the verb: a quoted title near its start, else the clause. */
export function reportTitle(p: PreparedText, start: number, verb: string): string | null {
  const rest = p.text.slice(start, start + 600);
  const restKey = p.key.slice(start, start + 600);
  const endMatch = TITLE_END.exec(restKey);
  const clause = rest.slice(0, endMatch ? endMatch.index : rest.length);
  if (NOT_A_REPORT.test(restKey)) return null;
  const q = QUOTED.exec(clause);
  if (q && q.index <= 60) return trimClause(q[1]);
  const text = trimClause(clause.replace(/[“”"«»]/gu, ""));
  if (!text || text.length < 4) return null;
  // "báo cáo" as the verb itself names a report only when a title follows.
  if (verb === "báo cáo") return capitalizeFirst(`Báo cáo ${text}`);
  return capitalizeFirst(text);
}

const PASSIVE_RE = /(?<![\p{L}])(báo\s+cáo|dự\s+thảo)(?![\p{L}])([^.;\n]{3,250}?)[ \t]+do[ \t]*$/u;

export function findReports(p: PreparedText, mentions: readonly PersonMention[]): ExtractedReport[] {
  const out: ExtractedReport[] = [];
  const seen = new Set<string>();
  const push = (title: string | null, presenter: string) => {
    if (!title) return;
    const key = accentKey(title);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ title, presenter });
  };
  for (const m of mentions) {
    PRESENTS_RE.lastIndex = m.end;
    const verb = PRESENTS_RE.exec(p.key);
    if (verb) {
      const v = verb[1].replace(/\s+/gu, " ");
      const start = m.end + verb[0].length;
      const objectKey = p.key.slice(start, start + 20);
      // "thông qua" and "trình bày" take any object; "báo cáo" words make it a report.
      const title =
        v === "thực hiện báo cáo" || v === "đọc báo cáo"
          ? reportTitle(p, start, "báo cáo")
          : v === "báo cáo"
            ? /^(?:về|tình\s+hình|kết\s+quả|công\s+tác|tóm\s+tắt|sơ\s+kết|tổng\s+kết|chuyên\s+đề)/u.test(objectKey)
              ? reportTitle(p, start, "báo cáo")
              : null
            : reportTitle(p, start, v);
      push(title, m.name.name);
      continue;
    }
    const before = p.key.slice(Math.max(0, m.start - 260), m.start);
    const passive = PASSIVE_RE.exec(before);
    if (passive) {
      const at = m.start - before.length + passive.index;
      const raw = p.text.slice(at, m.start).replace(/[ \t]+do[ \t]*$/u, "");
      const q = QUOTED.exec(raw);
      push(q ? trimClause(q[1]) : capitalizeFirst(trimClause(raw)), m.name.name);
    }
  }
  return out;
}
