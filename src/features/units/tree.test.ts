import { describe, expect, it } from "vitest";
import { subtreeTotals, type TotalsInput } from "./tree";

const u = (id: string, path: string, kind: TotalsInput["kind"], memberCount: number, closed = false): TotalsInput => ({
  id,
  path,
  kind,
  memberCount,
  closed,
});

describe("subtreeTotals", () => {
  it("a đảng bộ counts the members and chi bộ of everything open below it", () => {
    const totals = subtreeTotals([
      u("khoi", "/khoi/", "DANG_BO", 0),
      u("truong", "/khoi/truong/", "DANG_BO_CO_SO", 1),
      u("a", "/khoi/truong/a/", "CHI_BO", 8),
      u("b", "/khoi/truong/b/", "CHI_BO", 7),
      u("c", "/khoi/truong/c/", "CHI_BO", 9),
      u("old", "/khoi/truong/old/", "CHI_BO", 3, true),
      u("cq", "/khoi/cq/", "CHI_BO_CO_SO", 5),
    ]);
    expect(totals.get("truong")).toEqual({ members: 25, chiBo: 3 });
    expect(totals.get("khoi")).toEqual({ members: 30, chiBo: 4 });
    expect(totals.get("a")).toEqual({ members: 8, chiBo: 1 });
    // a closed unit keeps its own figures and adds nothing above
    expect(totals.get("old")).toEqual({ members: 3, chiBo: 0 });
  });

  it("a reader who sees only part of the tree gets totals of that part, in any order", () => {
    const totals = subtreeTotals([u("b", "/x/t/b/", "CHI_BO", 7), u("t", "/x/t/", "DANG_BO_CO_SO", 0)]);
    expect(totals.get("t")).toEqual({ members: 7, chiBo: 1 });
  });
});
