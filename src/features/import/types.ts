/**
 * The importer's output: what a careful reader takes from a Vietnamese meeting text
 * (shared fixtures SCHEMA.md). Isomorphic: no server imports.
 */
import { z } from "zod";
import { DIRECTIVE_KINDS } from "@/lib/symbols/kinds";

export const MEETING_TYPES = [
  "THUONG_KY",
  "CHUYEN_DE",
  "SO_KET",
  "TONG_KET",
  "DAI_HOI",
  "HOC_TAP_QUAN_TRIET",
  "KIEM_DIEM",
  "HOI_NGHI_CAP_UY",
  "KHAC",
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD");

export const extractedPersonSchema = z.object({
  name: z.string().min(1),
  titles: z.array(z.string().min(1)),
});

export const extractedReportSchema = z.object({
  title: z.string().min(1),
  presenter: z.string().nullable(),
});

export const extractedSpeechSchema = z.object({
  title: z.string().nullable(),
  speaker: z.string().nullable(),
  unit: z.string().nullable(),
});

export const extractedDirectiveSchema = z.object({
  kind: z.enum(DIRECTIVE_KINDS),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  date: isoDate.nullable(),
  issuer: z.string().nullable(),
  term: z.string().nullable(),
  plenum: z.string().nullable(),
  congress: z.string().nullable(),
  raw: z.string().min(1),
});

export const attendanceSchema = z.object({
  present: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** A phrase that counted toward the meeting's kind, and where it stands (an addition to SCHEMA.md). */
export const kindEvidenceSchema = z.object({
  kind: z.enum(MEETING_TYPES),
  phrase: z.string(),
  where: z.enum(["title", "opening", "body"]),
  weight: z.number(),
});

/** Who chaired, took the minutes, presented and came as a guest (an addition to SCHEMA.md). */
export const rolesSchema = z.object({
  chair: z.string().nullable(),
  secretary: z.string().nullable(),
  presenters: z.array(z.string()),
  guests: z.array(z.string()),
});

/** The sections of minutes in the usual layout (an addition to SCHEMA.md). */
export const minutesSchema = z.object({
  place: z.string().nullable(),
  absentees: z.array(z.object({ name: z.string(), reason: z.string().nullable(), excused: z.boolean() })),
  agenda: z.array(z.object({ title: z.string(), content: z.string().nullable() })),
  opinions: z.array(z.object({ speaker: z.string().nullable(), content: z.string(), item: z.number().nullable() })),
  conclusions: z.array(z.string()),
  vote: z.object({ for: z.number(), against: z.number(), abstain: z.number() }).nullable(),
  /** True when the text has the sections of minutes (a "Diễn biến" or "Nội dung" heading). */
  structured: z.boolean(),
});

export const extractionSchema = z.object({
  title: z.string().nullable(),
  organization: z.string().nullable(),
  meetingType: z.enum(MEETING_TYPES),
  date: isoDate.nullable(),
  attendance: attendanceSchema.nullable(),
  people: z.array(extractedPersonSchema),
  reports: z.array(extractedReportSchema),
  speeches: z.array(extractedSpeechSchema),
  directives: z.array(extractedDirectiveSchema),
  /** Additions to SCHEMA.md (absent from the fixtures' expected files). */
  kindEvidence: z.array(kindEvidenceSchema).optional(),
  roles: rolesSchema.optional(),
  /** "HH:MM" when the text states when the meeting began / closed. */
  startTime: z.string().nullable().optional(),
  endTime: z.string().nullable().optional(),
  minutes: minutesSchema.optional(),
});

export type MeetingType = (typeof MEETING_TYPES)[number];
export type ExtractedPerson = z.infer<typeof extractedPersonSchema>;
export type ExtractedReport = z.infer<typeof extractedReportSchema>;
export type ExtractedSpeech = z.infer<typeof extractedSpeechSchema>;
export type ExtractedDirective = z.infer<typeof extractedDirectiveSchema>;
export type KindEvidence = z.infer<typeof kindEvidenceSchema>;
export type Roles = z.infer<typeof rolesSchema>;
export type Minutes = z.infer<typeof minutesSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

export interface ExtractOptions {
  /**
   * Year to complete dates written without one ("Sáng 27/4"), when the text has no publication
   * line. Nothing is guessed without it.
   */
  defaultYear?: number;
}
