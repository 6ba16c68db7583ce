/**
 * The importer's pure extractor: Vietnamese meeting text → Extraction (fixtures/SCHEMA.md).
 * Rules and small dictionaries only; no I/O, no network.
 */
import { deepNFC } from "@/lib/vi/normalize";
import type { ExtractOptions, Extraction } from "../types";
import { findAttendance } from "./attendance";
import { findDates, findPublicationLine } from "@/lib/vi/date-text";
import { pickMeetingDate } from "@/lib/vi/meeting-date";
import { findDirectiveMentions, mergeDirectives, resolveIssuersFromText } from "@/lib/symbols/citations";
import { findHeadline } from "./headline";
import { classifyMeeting } from "./kinds";
import { findOrganization } from "./organization";
import { findPersonMentions, mergePeople } from "./people";
import { findReports } from "./reports";
import { findMinutes } from "./minutes";
import { findRoles } from "./roles";
import { findTimes } from "./times";
import { findSpeeches } from "./speeches";
import { type PreparedText, prepareText, type Span } from "@/lib/vi/text";

/** The paragraph holding `pos` (between blank-free line breaks). */
function paragraphAt(text: string, pos: number): Span {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  const nl = text.indexOf("\n", pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The first paragraph of the body after `from`, skipping the publication line and short lines (captions, categories). */
function firstParagraphAfter(p: PreparedText, from: number, publication: Span | null): Span | null {
  let pos = from;
  while (pos < p.text.length) {
    const para = paragraphAt(p.text, pos);
    const isPublication = publication && para.start < publication.end && publication.start < para.end;
    if (!isPublication && para.end - para.start >= 60) return para;
    pos = para.end + 1;
  }
  return null;
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
  const date = pickMeetingDate(p, findDates(p), {
    excluded: excludedForDate,
    publication,
    headline: headlineSpan,
    defaultYear: opts.defaultYear,
  });

  const opening: Span[] = [];
  if (organization) opening.push(paragraphAt(p.text, organization.start));
  const firstBody = firstParagraphAfter(p, headline ? headline.end : 0, publication);
  if (firstBody && !opening.some((s) => s.start === firstBody.start)) opening.push(firstBody);
  const decision = classifyMeeting({
    text: p.text,
    key: p.key,
    headline: headlineSpan,
    opening,
    excluded: directiveSpans,
    citesDocuments: directives.length > 0,
  });

  const resolvedDirectives = resolveIssuersFromText(p, directives);

  const reports = findReports(p, people);
  const times = findTimes(p);
  const attendance = findAttendance(p);
  return deepNFC({
    title: headline?.text ?? null,
    organization: organization?.name ?? null,
    meetingType: decision.kind,
    date,
    attendance,
    people: mergePeople(people),
    reports,
    speeches: findSpeeches(p, people),
    directives: resolvedDirectives,
    kindEvidence: decision.evidence,
    roles: findRoles(p, people, reports),
    startTime: times.start,
    endTime: times.end,
    minutes: findMinutes(p, bodyStart, attendance?.present ?? null),
  });
}
