/**
 * The shape of the small lookup routes (`/api/v1/lookup/…`) that feed every search-as-you-type
 * chooser. Isomorphic: the combobox and the data layer share it.
 */

/** One choice: what the reader sees (`label`, `detail`) and what a form submits (`id`). */
export interface LookupOption {
  id: string;
  label: string;
  /** A second line that tells namesakes apart: a member's position and unit, a unit's parent. */
  detail?: string;
  /** A person's position, copied into a record when the person is chosen (chair, speaker…). */
  title?: string | null;
}

/** At most `limit` options, best first, and how many matched in all. */
export interface LookupPage {
  items: LookupOption[];
  total: number;
  limit: number;
}

/** Default and largest number of options one lookup answers with. */
export const LOOKUP_LIMIT = 20;
export const LOOKUP_MAX_LIMIT = 50;

/** A free-text choice carries this id prefix so callers can tell it from a listed option. */
export const FREE_TEXT_ID = "__text__:";

export function isFreeText(o: LookupOption | null | undefined): boolean {
  return !!o && o.id.startsWith(FREE_TEXT_ID);
}

/** A value that is typed text rather than a listed option (a reference as typed, a guest's name). */
export function typedOption(text: string): LookupOption {
  return { id: `${FREE_TEXT_ID}${text}`, label: text };
}
