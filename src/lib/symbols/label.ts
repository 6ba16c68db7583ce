import type { DirectiveKind } from "../enums";
import { formatCitationDate } from "../vi/date";
import { directiveKindLabels } from "../vi/labels";
import { formatSymbol } from "./symbol";

/** "Chỉ thị số 05-CT/TW ngày 15/5/2016", "Nghị quyết Hội nghị Trung ương 4 khóa XII". Pure, isomorphic. */
export function directiveLabel(d: {
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  term?: string | null;
  plenum?: string | null;
  congress?: string | null;
}): string {
  const kind = directiveKindLabels[d.kind];
  const parts: string[] = [kind];
  const sym = formatSymbol(d.number, d.symbol);
  if (sym) parts.push(`số ${sym}`);
  else if (d.plenum) parts.push(`Hội nghị Trung ương ${d.plenum}`);
  else if (d.congress) parts.push(`Đại hội ${d.congress}`);
  if (!sym && d.term) parts.push(`khóa ${d.term}`);
  if (d.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(d.issuedOn)) parts.push(`ngày ${formatCitationDate(d.issuedOn)}`);
  return parts.join(" ");
}
