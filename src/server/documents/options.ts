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

export function minutesOptions(meeting: MeetingDetail, unit: UnitHeaderInfo, margins?: Partial<Margins>): MinutesModelOptions {
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
