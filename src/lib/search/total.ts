/** A count as a page shows it: "1.234", or "hơn 1.000" when counting stopped at the cap. */
export function totalLabel(total: number, capped: boolean): string {
  const n = total.toLocaleString("vi-VN");
  return capped ? `hơn ${n}` : n;
}
