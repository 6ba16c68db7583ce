/**
 * When two citations name the same document (fixtures/SCHEMA.md): same kind and number (as
 * integers) and, where both have them, the same symbol and year; without a number, the same kind,
 * plenum or congress, and term.
 */
import type { DirectiveKindCode } from "./kinds";
import { sameNumber } from "./symbol";

export interface DirectiveIdentity {
  kind: DirectiveKindCode;
  number: string | null;
  symbol: string | null;
  /** ISO date "2016-05-15" (only its year is compared), or null. */
  date: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
}

function yearOf(date: string | null): string | null {
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : null;
}

/** True when both citations name the same document. */
export function sameDirective(a: DirectiveIdentity, b: DirectiveIdentity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.number || b.number) {
    if (!sameNumber(a.number, b.number)) return false;
    if (a.symbol && b.symbol && a.symbol !== b.symbol) return false;
    const ya = yearOf(a.date);
    const yb = yearOf(b.date);
    if (ya && yb && ya !== yb) return false;
    return true;
  }
  return (
    (a.plenum ?? null) === (b.plenum ?? null) &&
    (a.congress ?? null) === (b.congress ?? null) &&
    (a.term ?? null) === (b.term ?? null)
  );
}

/**
 * A bucket key: citations of one document always share it ("CHI_THI#5" for 05-CT/TW, whatever the
 * symbol or date; "NGHI_QUYET@p4|c-|tXII" for Nghị quyết Trung ương 4 khóa XII). Citations with the
 * same key may still differ (35-CT/TW of 2019 and of 2024): confirm with sameDirective().
 */
export function directiveKey(d: Pick<DirectiveIdentity, "kind" | "number" | "plenum" | "congress" | "term">): string {
  if (d.number) {
    const n = Number.parseInt(d.number, 10);
    return `${d.kind}#${Number.isFinite(n) ? n : d.number}`;
  }
  return `${d.kind}@p${d.plenum ?? "-"}|c${d.congress ?? "-"}|t${d.term ?? "-"}`;
}

/** Fine key including the symbol and year, for exact de-duplication when both are known. */
export function directiveFullKey(d: DirectiveIdentity): string {
  return `${directiveKey(d)}|${d.symbol ?? "-"}|${yearOf(d.date) ?? "-"}`;
}
