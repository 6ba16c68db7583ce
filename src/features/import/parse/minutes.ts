/**
 * The sections of a biên bản written in the usual layout (HD 12-HD/BTCTW; shared templates): the
 * place, absentees with their reasons ("Vắng: đồng chí … (đi công tác)", "+ Không có lý do: …", or a
 * table row "… | Vắng | Ốm"), the agenda items with their diễn biến (numbered items under "Diễn biến",
 * else under "Nội dung"), the opinions by name ("- Đồng chí Nguyễn Thị C: …"), the chair's conclusions
 * and the vote ("Biểu quyết: 20/20 đồng chí tán thành"). Numbering may be "1.", "1-", "1)", "a)" or
 * Roman; sections may be missing. An article gives its body as one narrative.
 */
import type { PreparedText } from "@/lib/vi/text";
import type { Minutes } from "../types";

const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}`;
const HON = String.raw`(?:[Đđ]ồng\s+chí|[Đđ]\s*\/\s*[Cc]|[Đđ]\.[Cc])`;
const NUMBERED = /^\s*(?:\(?(\d{1,2}|[a-zđ]|[ivx]{1,4})\s*[.)\-–/:]|[ivx]{1,4}\s+-)\s*(\S.*)$/iu;
const BULLET = /^\s*[-–+*•]\s*/u;
const SECTION = new RegExp(
  String.raw`^(?:[-–+*•]\s*)?(?:[ivx]{1,4}|\d{1,2}|[a-z])?\s*[.)\-–:]?\s*(thành\s+phần|nội\s+dung(?:\s+(?:sinh\s+hoạt|cuộc\s+họp|` +
    String.raw`hội\s+nghị|chương\s+trình))?|chương\s+trình|diễn\s+biến|kết\s+luận|biểu\s+quyết|nghị\s+quyết|kết\s+thúc|` +
    String.raw`các\s+ý\s+kiến|ý\s+kiến\s+thảo\s+luận|thảo\s+luận)(?![\p{L}])`,
  "u",
);
const OPINION = new RegExp(
  String.raw`^(?:[-–+*•]\s*)?(?:[Ýý]\s+kiến\s+(?:của\s+)?)?${HON}\s+(${NAME})(?:\s*[–—-]\s*[^:\n]{1,80}?)?\s*` +
    String.raw`(?:\((?:[^()\n]{1,80})\)\s*)?(?:phát\s+biểu|ý\s+kiến|nêu\s+ý\s+kiến|góp\s+ý|đề\s+nghị|nêu)?\s*:\s*(.+)$`,
  "u",
);
const CONCLUSION =
  /^(?:[-–+*•]\s*)?(?:đồng\s+chí\s+)?(?:chủ\s+trì|chủ\s+tọa|bí\s+thư(?:\s+chi\s+bộ)?)?\s*kết\s+luận[^:\n]{0,40}:\s*(.*)$/u;
const PLACE = /^(?:[-–+*•]\s*)?địa\s+điểm\s*:\s*(.+)$/u;
const PLACE_INLINE = /ngày[^,\n]{3,40},\s*tại\s+([^,.;\n]{3,120})/u;
const ABSENT_LINE = /(?<![\p{L}])(?:vắng(?:\s+mặt)?|có\s+lý\s+do|không\s+(?:có\s+)?lý\s+do)(?![\p{L}])/u;
const UNEXCUSED = /không\s+(?:có\s+)?lý\s+do/u;
const ABSENT_PERSON = new RegExp(
  String.raw`${HON}\s+(${NAME})\s*(?:\(([^()\n]{2,120})\)|[–—:-]\s*([^,;.()\n]{2,120}))?`,
  "gu",
);
const VOTE_RATIO =
  /(\d{1,4})\s*\/\s*(\d{1,4})\s*(?:đồng\s+chí|đảng\s+viên|đ\/c)?[^.\n]{0,30}?(?:tán\s+thành|nhất\s+trí|đồng\s+ý)/u;
const VOTE_FOR = /(?<!không\s)(?:tán\s+thành|nhất\s+trí|đồng\s+ý)\s*:?\s*(\d{1,4})/u;
const VOTE_AGAINST = /không\s+(?:tán\s+thành|nhất\s+trí|đồng\s+ý)\s*:?\s*(\d{1,4})/u;
const VOTE_ABSTAIN = /(?:ý\s+kiến\s+khác|không\s+biểu\s+quyết|phiếu\s+trắng)\s*:?\s*(\d{1,4})/u;

interface Line {
  text: string;
  key: string;
}

const clean = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.…]+$/u, "")
    .trim();
/** Spaces squashed; the sentence's own punctuation kept. */
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** Lines of the proceedings that are neither an item's narrative nor an opinion: the vote, the closing. */
const NOT_NARRATIVE = new RegExp(
  String.raw`^(?:(?:chi\s+bộ|hội\s+nghị|đảng\s+viên)\s+)?biểu\s+quyết|` +
    String.raw`^(?:biên\s+bản|buổi\s+sinh\s+hoạt|hội\s+nghị|cuộc\s+họp)\s+(?:kết\s+thúc|được\s+thông\s+qua)|` +
    String.raw`^(?:[-–+*•]\s*)?(?:các\s+)?ý\s+kiến(?:\s+tham\s+gia|\s+thảo\s+luận)?\s*:?\s*$`,
  "u",
);
/** Header lines that end an absentee list. */
const HEADER_FIELD = /(?:chủ\s+trì|chủ\s+tọa|thư\s+ký|thời\s+gian|địa\s+điểm|tổng\s+số|có\s+mặt|đại\s+biểu)/u;
const isPlaceholder = (s: string) => /^[.…\s_-]*$/u.test(s);

function sectionOf(line: Line): string | null {
  const m = SECTION.exec(line.key);
  if (!m) return null;
  // A section heading is short, or ends with a colon (its content follows on the next lines).
  const rest = line.key.slice(m.index + m[0].length);
  if (line.text.length > 90 && !/:\s*$/.test(line.text)) return null;
  if (/^\s*:\s*\S/.test(rest) && m[1].startsWith("kết")) return null;
  return m[1].replace(/\s+/g, " ");
}

function absentees(lines: readonly Line[]): Minutes["absentees"] {
  const out: Minutes["absentees"] = [];
  const seen = new Set<string>();
  let excusedContext = true;
  for (let i = 0; i < lines.length; i++) {
    const { text, key } = lines[i];
    const cells = text.split(" | ");
    if (cells.length >= 3) {
      const at = cells.findIndex((c) => /^vắng/iu.test(c.trim()));
      const name = cells.find((c) => new RegExp(`^${NAME}$`, "u").test(c.trim()));
      if (at >= 0 && name && !seen.has(name.trim())) {
        seen.add(name.trim());
        const reason =
          cells
            .slice(at + 1)
            .find((c) => c.trim() && !isPlaceholder(c))
            ?.trim() ?? null;
        const excused = !UNEXCUSED.test(cells[at].toLocaleLowerCase("vi")) && reason !== null;
        out.push({ name: name.trim(), reason, excused });
      }
      continue;
    }
    if (!ABSENT_LINE.test(key)) continue;
    excusedContext = !UNEXCUSED.test(key);
    // The names may follow on this line or on the next bullet lines.
    const block = [text];
    if (/:\s*$/.test(text))
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j];
        if (!BULLET.test(next.text) || ABSENT_LINE.test(next.key) || HEADER_FIELD.test(next.key)) break;
        block.push(next.text);
      }
    for (const part of block) {
      for (const m of part.matchAll(ABSENT_PERSON)) {
        const name = m[1];
        if (seen.has(name)) continue;
        seen.add(name);
        const reason = clean(m[2] ?? m[3] ?? "") || null;
        const unexcused = !excusedContext || (reason !== null && UNEXCUSED.test(reason.toLocaleLowerCase("vi")));
        out.push({ name, reason: unexcused ? null : reason, excused: !unexcused && reason !== null });
      }
    }
  }
  return out;
}

function votes(lines: readonly Line[], present: number | null): Minutes["vote"] {
  for (const { key } of lines) {
    if (!/biểu\s+quyết|tán\s+thành|nhất\s+trí/u.test(key)) continue;
    const ratio = VOTE_RATIO.exec(key);
    const forN = VOTE_FOR.exec(key);
    const against = VOTE_AGAINST.exec(key);
    const abstain = VOTE_ABSTAIN.exec(key);
    if (ratio) {
      const n = Number(ratio[1]);
      const total = Number(ratio[2]);
      if (n <= total)
        return { for: n, against: against ? Number(against[1]) : 0, abstain: abstain ? Number(abstain[1]) : total - n };
    }
    if (forN)
      return {
        for: Number(forN[1]),
        against: against ? Number(against[1]) : 0,
        abstain: abstain ? Number(abstain[1]) : 0,
      };
    if (/100\s*%/.test(key) && present !== null && /biểu\s+quyết/u.test(key))
      return { for: present, against: 0, abstain: 0 };
  }
  return null;
}

/** Reads the sections of minutes; `bodyStart` skips the header and headline of an article. */
export function findMinutes(p: PreparedText, bodyStart: number, present: number | null): Minutes {
  const texts = p.text.slice(bodyStart).split("\n");
  const keys = p.key.slice(bodyStart).split("\n");
  const lines: Line[] = texts.map((text, i) => ({ text, key: keys[i] })).filter((l) => l.text.trim() !== "");

  let place: string | null = null;
  for (const l of lines) {
    const m = PLACE.exec(l.key);
    if (m) {
      const value = clean(l.text.slice(l.text.length - m[1].length));
      if (value && !isPlaceholder(value)) place = value.replace(/^\(|\)$/g, "");
      break;
    }
  }
  if (!place) {
    const m = PLACE_INLINE.exec(p.key);
    if (m) place = clean(p.text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length));
  }

  // Where the proceedings are: the "Diễn biến" section, else "Nội dung".
  const sections = lines.map(sectionOf);
  let from = sections.indexOf("diễn biến");
  if (from < 0) from = sections.findIndex((s) => s?.startsWith("nội dung") || s === "chương trình");
  const agenda: Minutes["agenda"] = [];
  const opinions: Minutes["opinions"] = [];
  const conclusions: string[] = [];
  const structured = from >= 0;
  let inConclusion = false;
  for (let i = structured ? from + 1 : 0; i < lines.length; i++) {
    const l = lines[i];
    const section = sections[i];
    if (section && section !== "các ý kiến" && section !== "ý kiến thảo luận" && section !== "thảo luận") {
      if (section === "kết thúc" || section === "biểu quyết" || section === "nghị quyết") break;
      inConclusion = section === "kết luận";
      continue;
    }
    const concl = CONCLUSION.exec(l.key);
    if (concl) {
      const value = squash(l.text.slice(l.text.length - concl[1].length));
      if (value && !isPlaceholder(value)) conclusions.push(value);
      else inConclusion = true;
      continue;
    }
    if (NOT_NARRATIVE.test(l.key)) continue;
    const op = OPINION.exec(l.text);
    if (op && !isPlaceholder(op[2])) {
      opinions.push({ speaker: op[1], content: squash(op[2]), item: agenda.length ? agenda.length - 1 : null });
      continue;
    }
    if (inConclusion && !isPlaceholder(l.text)) {
      conclusions.push(squash(l.text.replace(BULLET, "")));
      continue;
    }
    const num = structured ? NUMBERED.exec(l.text) : null;
    if (num && !isPlaceholder(num[2])) {
      agenda.push({ title: clean(num[2]).replace(/[.:;]$/u, ""), content: null });
      continue;
    }
    if (!structured || agenda.length === 0 || isPlaceholder(l.text)) continue;
    const item = agenda[agenda.length - 1];
    item.content = item.content ? `${item.content}\n${squash(l.text)}` : squash(l.text);
  }
  return { place, absentees: absentees(lines), agenda, opinions, conclusions, vote: votes(lines, present), structured };
}
