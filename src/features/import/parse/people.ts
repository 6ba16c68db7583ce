/**
 * People named in a text, with their titles: "đồng chí Trần Thanh Liêm – Bí thư Đảng ủy – Hiệu
 * trưởng nhà trường", "Đ/c NGuyễn Thị Hương - chi ủy viên", "đồng chí Phó Bí thư Trần Bắc Bộ",
 * "Trưởng ban Tuyên giáo Thành ủy Nguyễn Văn Phong", "Giảng viên Phó giáo sư, Tiến sĩ Lê Văn Cương",
 * lists ("…, Lê Minh Giang – Phó bí thư …, Nguyễn Tất Thành – CT UBND huyện").
 */
import { accentKey } from "@/lib/vi/normalize";
import type { ExtractedPerson } from "../types";
import { readName, isNameWord, isFamilyName, type NameMatch } from "./names";
import type { PreparedText, Span } from "@/lib/vi/text";
import { insideAny, trimClause } from "@/lib/vi/text";
import { degreesTailStart, matchDegrees, matchQualifier, matchStopWord, matchTitleHead, readTitle } from "./titles";

export interface PersonMention extends Span {
  name: NameMatch;
  titles: string[];
}

const HONORIFIC_RE =
  /(?<![\p{L}\p{N}])(các\s+|những\s+|hai\s+|ba\s+)?(đồng\s+chí|đ\s*\/\s*c|đ\.c|ông|bà)(?![\p{L}\p{N}])[ \t]*:?[ \t]*/gu;
const CHAIN_SEP_RE = /[ \t]*(?:[–—‐-]|,)[ \t]*/uy;
const LIST_SEP_RE = /[ \t]*(?:[,;]|và(?![\p{L}]))[ \t]*((?:đồng\s+chí|đ\s*\/\s*c|đ\.c|ông|bà)(?![\p{L}])[ \t]*)?/uy;
const PAREN_RE = /[ \t]*\(([^()\n]{2,160})\)/uy;
/** Words that end the clause before a title-first name ("của Tổng bí thư Nguyễn Phú Trọng"). */
const CLAUSE_BOUNDARY =
  /[,;:.!?()“”"«»\n]|(?<![\p{L}])(?:của|và|với|cùng|do|nghe|có|là|tại|cho|bởi|theo|gồm|như|đến|tới|giữa|thay\s+mặt|trong\s+đó)(?![\p{L}])/gu;

/** End of the last clause boundary in `s` (0 when none). */
function lastBoundaryEnd(s: string): number {
  let end = 0;
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) end = m.index + m[0].length;
  return end;
}

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Titles after a name: "– Bí thư Đảng ủy – Hiệu trưởng", ", Ủy viên Ban Thường vụ, …", "(Bí thư chi bộ)". */
function readTitleChain(p: PreparedText, pos: number): { titles: string[]; end: number } {
  const titles: string[] = [];
  let end = pos;
  const paren = sticky(PAREN_RE, p.text, end);
  if (paren) {
    const inner = paren[1];
    const innerStart = end + paren[0].indexOf(inner);
    const parts = splitTitles(p, innerStart, innerStart + inner.length);
    if (parts.length > 0) {
      titles.push(...parts);
      end += paren[0].length;
    }
  }
  for (;;) {
    const sep = sticky(CHAIN_SEP_RE, p.text, end);
    if (!sep) break;
    const at = end + sep[0].length;
    const titleEnd = readTitle(p, at);
    if (titleEnd === null) break;
    titles.push(trimClause(p.text.slice(at, titleEnd)));
    end = titleEnd;
  }
  return { titles, end };
}

/** Titles inside "( … )" split on dashes and commas; empty if any part is not a title. */
function splitTitles(p: PreparedText, start: number, end: number): string[] {
  const out: string[] = [];
  let cur = start;
  while (cur < end) {
    const titleEnd = readTitle(p, cur);
    if (titleEnd === null || titleEnd > end) return [];
    out.push(trimClause(p.text.slice(cur, titleEnd)));
    const sep = sticky(CHAIN_SEP_RE, p.text, titleEnd);
    if (!sep || titleEnd + sep[0].length >= end) {
      if (titleEnd < end && p.text.slice(titleEnd, end).trim() !== "") return [];
      break;
    }
    cur = titleEnd + sep[0].length;
  }
  return out;
}

/**
 * After an honorific: optional title and degrees before the name ("Phó Bí thư", "PGS.TS",
 * "Đại tá"), the name, then the title chain.
 */
function readPersonAfterHonorific(p: PreparedText, pos: number, allowPreTitle: boolean): PersonMention | null {
  let cur = pos;
  const pre: string[] = [];
  cur += matchQualifier(p, cur);
  cur += matchDegrees(p, cur);
  let name = readName(p, cur, true);
  if (!name && allowPreTitle && matchTitleHead(p, cur) !== null) {
    // Look ahead, word by word, for the name that ends the title.
    const titleStart = cur;
    let scan = cur;
    for (let i = 0; i < 14 && !name; i++) {
      const space = p.text.indexOf(" ", scan);
      if (space < 0 || space - scan > 40) break;
      const between = p.text.slice(scan, space);
      if (/[;:.!?()“”"«»\n]/u.test(between)) break;
      scan = space + 1;
      if (matchStopWord(p, scan)) break;
      const afterDegrees = scan + matchDegrees(p, scan);
      const candidate = readName(p, afterDegrees, false);
      if (candidate) {
        const titleEnd = degreesTailStart(p, titleStart, scan);
        const title = trimClause(p.text.slice(titleStart, titleEnd));
        if (title) pre.push(title);
        name = candidate;
      }
    }
  }
  if (!name) return null;
  const chain = readTitleChain(p, name.end);
  return { start: pos, end: chain.end, name, titles: [...pre, ...chain.titles] };
}

/** Reads people after an honorific and the list that may follow ("…, Lê Minh Giang – …"). */
function readHonorificList(p: PreparedText, pos: number): PersonMention[] {
  const out: PersonMention[] = [];
  const first = readPersonAfterHonorific(p, pos, true);
  if (!first) return out;
  out.push(first);
  let end = first.end;
  for (;;) {
    const sep = sticky(LIST_SEP_RE, p.key, end);
    if (!sep) break;
    const at = end + sep[0].length;
    const next = readPersonAfterHonorific(p, at, Boolean(sep[1]));
    if (!next) break;
    out.push(next);
    end = next.end;
  }
  return out;
}

/** A name with a title before it and no honorific: "Tổng bí thư Nguyễn Phú Trọng". */
function readTitleFirst(p: PreparedText, name: NameMatch): PersonMention | null {
  // The clause before a name is short: look back at most 300 characters, within the line.
  const lineStart = Math.max(p.text.lastIndexOf("\n", name.start - 1) + 1, name.start - 300);
  const degreesStart = degreesTailStart(p, lineStart, name.start);
  const before = p.key.slice(lineStart, degreesStart);
  const clauseStart = lineStart + lastBoundaryEnd(before);
  const clause = p.text.slice(clauseStart, degreesStart);
  const lead = clause.length - clause.trimStart().length;
  const titleStart = clauseStart + lead;
  const chain = readTitleChain(p, name.end);
  const titleText = trimClause(clause);
  if (titleText) {
    // The whole clause must be one title ("Trưởng ban Tuyên giáo Thành ủy").
    const titleEnd = readTitle(p, titleStart);
    // The title words must run up to the name (or its degrees) without a break.
    if (titleEnd !== null && titleEnd >= titleStart + titleText.length) {
      return { start: titleStart, end: chain.end, name, titles: [titleText, ...chain.titles] };
    }
    const q = matchQualifier(p, titleStart);
    if (q > 0 && titleStart + q >= degreesStart) {
      return { start: titleStart, end: chain.end, name, titles: chain.titles };
    }
    return null;
  }
  // A name opening a clause, followed by its titles: "Vũ Huy Cường- Bí thư Chi bộ".
  if (chain.titles.length > 0) return { start: name.start, end: chain.end, name, titles: chain.titles };
  return null;
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;

/** Every person mention, in text order. */
export function findPersonMentions(p: PreparedText, excluded: readonly Span[] = []): PersonMention[] {
  const mentions: PersonMention[] = [];
  const consumed: Span[] = [];
  for (const m of p.key.matchAll(HONORIFIC_RE)) {
    const at = m.index + m[0].length;
    if (insideAny(m.index, consumed) || insideAny(m.index, excluded)) continue;
    // "ông"/"bà" only count before a capitalised word.
    const list = readHonorificList(p, at);
    for (const person of list) mentions.push({ ...person, start: person === list[0] ? m.index : person.start });
    if (list.length > 0) consumed.push({ start: m.index, end: list[list.length - 1].end });
  }
  for (const m of p.text.matchAll(CAPITALISED_WORD)) {
    const start = m.index;
    if (insideAny(start, consumed) || insideAny(start, excluded)) continue;
    if (!isNameWord(m[0]) || !isFamilyName(p.key.slice(start, start + m[0].length), false)) continue;
    const name = readName(p, start, false);
    if (!name) continue;
    const person = readTitleFirst(p, name);
    if (!person) continue;
    mentions.push(person);
    consumed.push({ start: person.start, end: person.end });
  }
  return mentions.sort((a, b) => a.name.start - b.name.start);
}

/** People once each, in order of first mention, titles merged. */
export function mergePeople(mentions: readonly PersonMention[]): ExtractedPerson[] {
  const byKey = new Map<string, ExtractedPerson>();
  for (const m of mentions) {
    const key = accentKey(m.name.name);
    let person = byKey.get(key);
    if (!person) {
      person = { name: m.name.name, titles: [] };
      byKey.set(key, person);
    }
    for (const t of m.titles) {
      const tk = accentKey(t);
      if (!person.titles.some((x) => accentKey(x) === tk)) person.titles.push(t);
    }
  }
  return [...byKey.values()];
}
