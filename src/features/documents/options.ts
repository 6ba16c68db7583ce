/**
 * Which header a meeting's biên bản gets: superior body, issuing body, number and symbol, place.
 * Pure (no "server-only"): load.ts and the benchmark script both use it.
 */
import type { MeetingDetail } from "@/features/meetings/dto";
import type { Margins, MinutesModelOptions } from "./minutes-model";

/** Columns of the meeting's unit that the header needs and MeetingDetail does not carry. */
export interface UnitHeaderInfo {
  /** Direct superior body of a root unit ("Đảng bộ thành phố Hà Nội"). */
  superiorName: string | null;
  /** Body part of the symbol: "CB", "ĐU", "ĐUK". */
  symbolCode: string | null;
}

/** Blank number left for the office to fill in by hand: "Số    -BB/CB". */
const BLANK_NUMBER = "\u00a0\u00a0\u00a0\u00a0";

export function minutesOptions(
  meeting: MeetingDetail,
  unit: UnitHeaderInfo,
  margins?: Partial<Margins>,
): MinutesModelOptions {
  const symbol = `BB/${unit.symbolCode?.trim() || "CB"}`;
  const number = meeting.number?.trim();
  return {
    superior: meeting.unit.parentName ?? unit.superiorName,
    issuer: meeting.unit.name,
    numberSymbol: number ? (number.includes("/") ? number : `${number}-${symbol}`) : `${BLANK_NUMBER}-${symbol}`,
    place: meeting.unit.place?.trim() || meeting.place,
    margins,
  };
}

/**
 * Margins from a query parameter "top,bottom,left,right" in millimetres (e.g. "25,25,35,15").
 * Returns null when absent, or the name of the problem when malformed.
 */
export function parseMargins(value: string | null | undefined): { ok: true; margins: Margins | null } | { ok: false } {
  if (value === null || value === undefined || value.trim() === "") return { ok: true, margins: null };
  const parts = value.split(",").map((x) => Number(x.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || n < 5 || n > 60)) return { ok: false };
  const [top, bottom, left, right] = parts;
  return { ok: true, margins: { top, bottom, left, right } };
}
