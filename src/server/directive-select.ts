/**
 * The Prisma selections of a registry document (Directive), one home for every reader:
 * - `directiveIdentitySelect`: the fields that identify it (kind, number, symbol, date, term, plenum, congress),
 *   what `directiveLabel` prints and `sameDirective` compares;
 * - `directiveSummarySelect`: the identity plus the issuing body and the subject, for lists and choosers.
 */
export const directiveIdentitySelect = {
  id: true,
  kind: true,
  number: true,
  symbol: true,
  issuedOn: true,
  term: true,
  plenum: true,
  congress: true,
} as const;

export const directiveSummarySelect = { ...directiveIdentitySelect, issuer: true, subject: true } as const;
