import { z } from "zod";
import { makePeriod, parsePeriod, type Period } from "./rules";

const one = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional());

export const overviewQuerySchema = z.object({
  period: one.catch(undefined),
  year: one.catch(undefined),
  part: one.catch(undefined),
  staleDays: z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(365))
    .catch(7)
    .default(7),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

export const overviewExportSchema = overviewQuerySchema.extend({
  format: z.enum(["csv", "xlsx"], { error: "Định dạng phải là csv hoặc xlsx." }),
});

/** ?period=2023-Q3, or ?year=2023&part=q3|m7|year; default: the current quarter. */
export function periodFromQuery(q: OverviewQuery, today: string): Period {
  const year = Number(q.year);
  if (q.year && Number.isInteger(year) && year >= 1945 && year <= 2100) {
    const m = /^([qm])(\d{1,2})$/.exec(q.part ?? "");
    if (m?.[1] === "q" && +m[2] >= 1 && +m[2] <= 4) return makePeriod("quarter", year, +m[2]);
    if (m?.[1] === "m" && +m[2] >= 1 && +m[2] <= 12) return makePeriod("month", year, +m[2]);
    return makePeriod("year", year);
  }
  return parsePeriod(q.period, today);
}
