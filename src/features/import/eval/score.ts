/**
 * Scoring an extraction against a careful reader's (expected.json): per-field precision, recall
 * and F1, summed over many texts (micro average). Used by the eval script and the corpus test.
 */
import { sameDirective } from "@/lib/symbols/directive-key";
import { accentKey } from "@/lib/vi/normalize";
import type { Extraction, ExtractedDirective } from "../types";

export interface Counts {
  /** Predicted items that are right. */
  tp: number;
  /** Predicted items. */
  predicted: number;
  /** Expected items. */
  expected: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const FIELDS = [
  "people",
  "people.titles",
  "directives",
  "directives.fields",
  "reports",
  "reports.presenter",
  "speeches",
  "title",
  "organization",
  "meetingType",
  "date",
  "attendance",
] as const;
export type Field = (typeof FIELDS)[number];
export type FieldCounts = Record<Field, Counts>;

export function emptyCounts(): FieldCounts {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, expected: 0 }])) as FieldCounts;
}

export function scores(c: Counts): Scores {
  // Nothing expected and nothing predicted is a perfect answer.
  const precision = c.predicted === 0 ? (c.expected === 0 ? 1 : 0) : c.tp / c.predicted;
  const recall = c.expected === 0 ? (c.predicted === 0 ? 1 : 0) : c.tp / c.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function setCounts(predicted: readonly string[], expected: readonly string[]): Counts {
  const exp = new Set(expected);
  const pred = new Set(predicted);
  let tp = 0;
  for (const x of pred) if (exp.has(x)) tp++;
  return { tp, predicted: pred.size, expected: exp.size };
}

function scalarCounts<T>(predicted: T | null, expected: T | null, same: (a: T, b: T) => boolean): Counts {
  return {
    tp: predicted !== null && expected !== null && same(predicted, expected) ? 1 : 0,
    predicted: predicted === null ? 0 : 1,
    expected: expected === null ? 0 : 1,
  };
}

const key = (s: string | null | undefined): string => (s ? accentKey(s) : "");

const DIRECTIVE_FIELDS = ["kind", "number", "symbol", "date", "issuer", "term", "plenum", "congress"] as const;

function directiveFacts(d: ExtractedDirective, id: string): string[] {
  const out: string[] = [];
  for (const f of DIRECTIVE_FIELDS) {
    const v = d[f];
    if (v === null) continue;
    const value = f === "number" ? String(Number.parseInt(v, 10)) : key(v);
    out.push(`${id}|${f}|${value}`);
  }
  return out;
}

/** Counts of one text, per field. */
export function compareExtraction(predicted: Extraction, expected: Extraction): FieldCounts {
  const c = emptyCounts();
  c.people = setCounts(
    predicted.people.map((p) => key(p.name)),
    expected.people.map((p) => key(p.name)),
  );
  c["people.titles"] = setCounts(
    predicted.people.flatMap((p) => p.titles.map((t) => `${key(p.name)}|${key(t)}`)),
    expected.people.flatMap((p) => p.titles.map((t) => `${key(p.name)}|${key(t)}`)),
  );

  // Directives: pair each predicted citation with an unused expected one naming the same document.
  const used = new Set<number>();
  const ids = predicted.directives.map((d, i) => {
    const j = expected.directives.findIndex((e, k) => !used.has(k) && sameDirective(d, e));
    if (j >= 0) {
      used.add(j);
      return `e${j}`;
    }
    return `p${i}`;
  });
  c.directives = { tp: used.size, predicted: predicted.directives.length, expected: expected.directives.length };
  c["directives.fields"] = setCounts(
    predicted.directives.flatMap((d, i) => directiveFacts(d, ids[i])),
    expected.directives.flatMap((d, j) => directiveFacts(d, `e${j}`)),
  );

  c.reports = setCounts(
    predicted.reports.map((r) => key(r.title)),
    expected.reports.map((r) => key(r.title)),
  );
  c["reports.presenter"] = setCounts(
    predicted.reports.filter((r) => r.presenter).map((r) => `${key(r.title)}|${key(r.presenter)}`),
    expected.reports.filter((r) => r.presenter).map((r) => `${key(r.title)}|${key(r.presenter)}`),
  );
  const speechKey = (s: Extraction["speeches"][number]) => `${key(s.title)}|${key(s.speaker)}|${key(s.unit)}`;
  c.speeches = setCounts(predicted.speeches.map(speechKey), expected.speeches.map(speechKey));

  const sameText = (a: string, b: string) => key(a) === key(b);
  c.title = scalarCounts(predicted.title, expected.title, sameText);
  c.organization = scalarCounts(predicted.organization, expected.organization, sameText);
  c.meetingType = scalarCounts(predicted.meetingType, expected.meetingType, (a, b) => a === b);
  c.date = scalarCounts(predicted.date, expected.date, (a, b) => a === b);
  c.attendance = scalarCounts(
    predicted.attendance,
    expected.attendance,
    (a, b) => a.present === b.present && a.total === b.total,
  );
  return c;
}

export function addCounts(into: FieldCounts, from: FieldCounts): FieldCounts {
  for (const f of FIELDS) {
    into[f].tp += from[f].tp;
    into[f].predicted += from[f].predicted;
    into[f].expected += from[f].expected;
  }
  return into;
}

/** The extraction's SCHEMA.md fields (not the additions) with its lists sorted by their JSON, for comparisons in which their order does not matter. */
export function canonicalExtraction(e: Extraction): Extraction {
  const sort = <T>(xs: readonly T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    title: e.title,
    organization: e.organization,
    meetingType: e.meetingType,
    date: e.date,
    attendance: e.attendance,
    people: sort(e.people),
    reports: sort(e.reports),
    speeches: sort(e.speeches),
    directives: sort(e.directives),
  };
}
