/**
 * The importer's pure extractor: Vietnamese meeting text → Extraction (fixtures/SCHEMA.md).
 * Rules and small dictionaries only; no I/O, no network.
 */
import { deepNFC } from "@/lib/vi/normalize";
import type { ExtractOptions, Extraction } from "../types";
import { findAttendance } from "./attendance";
import { findDates, findPublicationLine, pickMeetingDate } from "./dates";
import { findDirectiveMentions, mergeDirectives } from "./directives";
import { findHeadline } from "./headline";
import { classifyMeeting } from "./kinds";
import { findOrganization } from "./organization";
import { findPersonMentions, mergePeople } from "./people";
import { findReports } from "./reports";
import { findSpeeches } from "./speeches";
import { prepareText, type PreparedText, type Span } from "./text";
import { readIssuer } from "./issuers";

/** The paragraph holding `pos` (between blank-free line breaks). */
function paragraphAt(text: string, pos: number): Span {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  const nl = text.indexOf("\n", pos);
  return { start, end: nl < 0 ? text.length : nl };
}

export function extractMeeting(input: string, opts: ExtractOptions = {}): Extraction {
  const p = prepareText(input);
  const publication = findPublicationLine(p);
  const headline = findHeadline(p, publication);
  const bodyStart = headline ? headline.end : 0;

  // Directives: the body first, so that a citation's fullest form is the one kept; then the headline.
  const headlineSpan: Span | null = headline ? { start: headline.start, end: headline.end } : null;
  const bodyMentions = findDirectiveMentions(p).filter(
    (m) => !headlineSpan || m.start >= headlineSpan.end || m.end <= headlineSpan.start,
  );
  const titleMentions = headlineSpan ? findDirectiveMentions(p, headlineSpan) : [];
  const directiveSpans: Span[] = [...bodyMentions, ...titleMentions].map((m) => ({ start: m.start, end: m.end }));
  const directives = mergeDirectives([...bodyMentions, ...titleMentions].map((m) => m.directive));

  const people = findPersonMentions(p);
  const organization =
    findOrganization(p, directiveSpans, bodyStart) ??
    (headline ? findOrganization(p, directiveSpans, headline.start) : null);

  const excludedForDate: Span[] = [...directiveSpans];
  if (publication) excludedForDate.push(publication);
  const date = pickMeetingDate(p, findDates(p), excludedForDate, publication, opts.defaultYear);

  const lead = organization
    ? p.key.slice(paragraphAt(p.text, organization.start).start, paragraphAt(p.text, organization.start).end)
    : "";
  const meetingType = classifyMeeting(
    headline ? p.key.slice(headline.start, headline.end) : "",
    lead,
    p.key,
    directives.length > 0,
  );

  const resolvedDirectives = resolveIssuersFromText(p, directives);

  return deepNFC({
    title: headline?.text ?? null,
    organization: organization?.name ?? null,
    meetingType,
    date,
    attendance: findAttendance(p),
    people: mergePeople(people),
    reports: findReports(p, people),
    speeches: findSpeeches(p, people),
    directives: resolvedDirectives,
  });
}

/** Words of the body behind an organ code of a symbol ("HD/ĐU" → "Đảng ủy …"), lower case. */
const ORGAN_CODE_WORDS: Readonly<Record<string, string>> = {
  ĐU: "đảng ủy",
  ĐUK: "đảng ủy khối",
  TU: "tỉnh ủy",
  HU: "huyện ủy",
  QU: "quận ủy",
  TXU: "thị ủy",
  CU: "chi ủy",
  CB: "chi bộ",
};

/**
 * A citation without "của …" whose symbol names a local body ("01/HD-ĐU") takes the one body of
 * that sort the text names ("Đảng ủy Trường Đại học Mỏ - Địa chất"), if there is exactly one.
 */
function resolveIssuersFromText(p: PreparedText, directives: Extraction["directives"]): Extraction["directives"] {
  return directives.map((d) => {
    if (d.issuer || !d.symbol) return d;
    const words = ORGAN_CODE_WORDS[d.symbol.split("/")[1]];
    if (!words) return d;
    const re = new RegExp(`(?<![\\p{L}])${words.replace(/ /g, "\\s+")}(?=\\s+\\p{L})`, "gu");
    const names = new Set<string>();
    for (const m of p.key.matchAll(re)) {
      // Only a capitalised name ("Đảng ủy Trường …"), not "đảng ủy" as a common noun.
      const next = p.text.slice(m.index + m[0].length, m.index + m[0].length + 4).trimStart()[0] ?? "";
      if (next === next.toLocaleLowerCase("vi")) continue;
      const issuer = readIssuer(p, m.index);
      if (issuer && issuer.name.split(/\s+/).length > words.split(" ").length) names.add(issuer.name);
    }
    return names.size === 1 ? { ...d, issuer: [...names][0] } : d;
  });
}
