/** The folded search key of a whole meeting record (stored in Meeting.searchText on every write). */
import { foldForSearch } from "@/lib/vi/normalize";

export interface SearchableMeeting {
  title: string;
  summary?: string | null;
  place?: string | null;
  unitName?: string | null;
  opening?: string | null;
  closing?: string | null;
  people?: Array<string | null | undefined>;
  texts?: Array<string | null | undefined>;
}

export function meetingSearchText(m: SearchableMeeting): string {
  const parts = [m.title, m.summary, m.place, m.unitName, m.opening, m.closing, ...(m.people ?? []), ...(m.texts ?? [])];
  return foldForSearch(parts.filter((p): p is string => !!p).join(" \n "));
}
