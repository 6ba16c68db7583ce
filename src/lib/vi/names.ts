/** Vietnamese personal names: family, middle and given names are stored apart. */
import { cleanText } from "./normalize";

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

/** "Nguyễn Văn Quyết"; an empty middle name leaves no double space. */
export function fullName(p: NameParts): string {
  return [p.familyName, p.middleName, p.givenName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(" ");
}

/**
 * Fallback split of a full name: first word is the family name, last word the given name.
 * Real data should carry the parts; this only serves imports and free text.
 */
export function splitFullName(name: string): NameParts {
  const words = cleanText(name).split(" ").filter(Boolean);
  if (words.length === 0) return { familyName: "", middleName: "", givenName: "" };
  if (words.length === 1) return { familyName: "", middleName: "", givenName: words[0] };
  return {
    familyName: words[0],
    middleName: words.slice(1, -1).join(" "),
    givenName: words[words.length - 1],
  };
}

const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/** Vietnamese collation (a < ă < â, d < đ, tones as secondary differences). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Order by given name, then middle name, then family name, as Vietnamese member lists do. */
export function compareByGivenName(a: NameParts, b: NameParts): number {
  return (
    collator.compare(a.givenName, b.givenName) ||
    collator.compare(a.middleName, b.middleName) ||
    collator.compare(a.familyName, b.familyName)
  );
}

export function sortByGivenName<T extends NameParts>(list: readonly T[]): T[] {
  return [...list].sort(compareByGivenName);
}
