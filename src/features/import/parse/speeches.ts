/**
 * Speeches (tham luận, ý kiến) named one by one: "Đó là tham luận: A của chi bộ X, B của chi bộ Y",
 * "đồng chí X tham luận về “…”", "tham luận “…” của đồng chí X". Counts ("3 bài tham luận") and
 * opening, closing or directing speeches are not speeches.
 */
import { accentKey } from "@/lib/vi/normalize";
import type { ExtractedSpeech } from "../types";
import type { PersonMention } from "./people";
import type { PreparedText } from "@/lib/vi/text";
import { capitalizeFirst, trimClause } from "@/lib/vi/text";

const LIST_RE =
  /(?<![\p{L}])(?:các\s+|những\s+)?(?:bài\s+)?(tham\s+luận|ý\s+kiến)(?:\s+(?:sau|như\s+sau|gồm|tiêu\s+biểu))?\s*:\s*/gu;
const UNIT_HEAD =
  /^(?:chi\s+bộ|đảng\s+bộ|đảng\s+ủy|chi\s+ủy|đơn\s+vị|phòng|khoa|ban|tổ|trường|bộ\s+phận|trung\s+tâm|công\s+đoàn|đoàn|hội)(?![\p{L}])/u;
const BY_PERSON_RE = new RegExp(
  String.raw`[ \t]*,?[ \t]*(?:đã[ \t]+|cũng[ \t]+)?(?:trình[ \t]+bày[ \t]+|có[ \t]+|phát[ \t]+biểu[ \t]+|` +
    String.raw`nêu[ \t]+|góp[ \t]+)?(?:bài[ \t]+)?(tham[ \t]+luận|ý[ \t]+kiến)(?![\p{L}])[ \t]*(?:về[ \t]+|` +
    String.raw`với[ \t]+(?:chủ[ \t]+đề|nội[ \t]+dung|tiêu[ \t]+đề)[ \t]*:?[ \t]*|:[ \t]*)?`,
  "uy",
);
const QUOTED = /^[“"«]([^”"»\n]{3,300})[”"»]/u;
const CLAUSE_END = /[.;!?](?=\s|$)|\n|[ \t]+(?:trong\s+đó|nhằm|đồng\s+thời)(?![\p{L}])/u;

function unquote(s: string): string {
  return trimClause(s.replace(/^[“"«]\s*/u, "").replace(/\s*[”"»]$/u, ""));
}

/** Items of "tham luận: A của X, B của Y, C của Z." */
function readList(p: PreparedText, start: number, kind: string): ExtractedSpeech[] {
  const rest = p.text.slice(start, start + 1500);
  const endMatch = /[.!?](?=\s|$)|\n/u.exec(rest);
  const body = rest.slice(0, endMatch ? endMatch.index : rest.length);
  // Items are separated by ";" or by ", " before a capital letter.
  const items = body
    .split(/\s*;\s*|,\s+(?=[\p{Lu}“"«])/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: ExtractedSpeech[] = [];
  for (const item of items) {
    const key = item.toLocaleLowerCase("vi");
    const of = key.lastIndexOf(" của ");
    if (of < 0) {
      if (kind === "tham luận") out.push({ title: unquote(item), speaker: null, unit: null });
      continue;
    }
    const title = unquote(item.slice(0, of));
    let owner = item.slice(of + 5).trim();
    const ownerKey = key.slice(of + 5).trim();
    const honorific = /^(?:đồng\s+chí|đ\/c|ông|bà)\s+/u.exec(ownerKey);
    if (honorific) {
      owner = owner.slice(honorific[0].length);
      const name = /^[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){1,4}/u.exec(owner);
      out.push({ title, speaker: name ? name[0] : trimClause(owner), unit: null });
    } else if (UNIT_HEAD.test(ownerKey)) {
      out.push({ title, speaker: null, unit: capitalizeFirst(trimClause(owner)) });
    } else {
      out.push({ title: unquote(item), speaker: null, unit: null });
    }
  }
  return out.filter((s) => s.title && s.title.length >= 3);
}

export function findSpeeches(p: PreparedText, mentions: readonly PersonMention[]): ExtractedSpeech[] {
  const out: ExtractedSpeech[] = [];
  for (const m of p.key.matchAll(LIST_RE)) {
    out.push(...readList(p, m.index + m[0].length, m[1].replace(/\s+/gu, " ")));
  }
  for (const m of mentions) {
    BY_PERSON_RE.lastIndex = m.end;
    const s = BY_PERSON_RE.exec(p.key);
    if (!s) continue;
    const start = m.end + s[0].length;
    const rest = p.text.slice(start, start + 400);
    const q = QUOTED.exec(rest);
    let title: string | null = null;
    if (q) title = trimClause(q[1]);
    else {
      const end = CLAUSE_END.exec(p.key.slice(start, start + 400));
      const clause = trimClause(rest.slice(0, end ? end.index : rest.length));
      title = clause.length >= 3 ? capitalizeFirst(clause) : null;
    }
    out.push({ title, speaker: m.name.name, unit: null });
  }
  // "tham luận “…” của đồng chí X" is caught by the list or the person rule; drop repeats.
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = accentKey(`${s.title ?? ""}|${s.speaker ?? ""}|${s.unit ?? ""}`);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
