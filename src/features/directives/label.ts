import { directiveKindLabels } from "@/lib/vi/labels";
import { formatSymbol } from "@/lib/symbols";
import type { DirectiveKind } from "@/lib/enums";

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
  if (d.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(d.issuedOn)) {
    const [y, m, day] = d.issuedOn.split("-").map((x) => Number.parseInt(x, 10));
    parts.push(`ngày ${day}/${m}/${y}`);
  }
  return parts.join(" ");
}
