/**
 * Splitting a full name from a roster's single "Họ và tên" column (domain notes §5.2). The parts
 * are stored apart; this is only the fallback for files that carry one column: the first word is
 * the family name (two for known compound family names), the last word the given name, the rest
 * the middle name. Two-syllable given names ("Phạm Bình Minh") cannot be told from the text alone;
 * files with separate "Họ" / "Tên đệm" / "Tên" columns keep them exactly.
 */
import { cleanText, foldForSearch } from "@/lib/vi/normalize";
import type { NameParts } from "@/lib/vi/names";

/** Compound family names (họ kép), folded. */
const COMPOUND_FAMILY = new Set([
  "au duong",
  "hoang phu",
  "ton that",
  "cong ton",
  "tu ma",
  "thuong quan",
  "gia cat",
  "nguyen phuoc",
  "nguyen phuc",
  "le lenh",
]);

export function splitVietnameseName(input: string): NameParts {
  const words = cleanText(input).split(" ").filter(Boolean);
  if (words.length === 0) return { familyName: "", middleName: "", givenName: "" };
  if (words.length === 1) return { familyName: "", middleName: "", givenName: words[0] };
  const familyCount = words.length >= 3 && COMPOUND_FAMILY.has(foldForSearch(`${words[0]} ${words[1]}`)) ? 2 : 1;
  return {
    familyName: words.slice(0, familyCount).join(" "),
    middleName: words.slice(familyCount, -1).join(" "),
    givenName: words[words.length - 1],
  };
}

/** Title case per word for names typed in capitals ("NGUYỄN VĂN AN" → "Nguyễn Văn An"); mixed case is kept. */
export function tidyNameCase(input: string): string {
  const s = cleanText(input);
  if (s !== s.toLocaleUpperCase("vi") && s !== s.toLocaleLowerCase("vi")) return s;
  return s
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}
