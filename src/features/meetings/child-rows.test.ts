import { describe, expect, it } from "vitest";
import { planRows } from "./child-rows";

const rows = (...titles: string[]) =>
  titles.map((title, position) => ({ id: `r${position}`, data: { position, title } }));

describe("planRows", () => {
  it("keeps unchanged rows, updates changed ones in place, inserts and deletes the rest (ids sent)", () => {
    const plan = planRows(
      rows("A", "B", "C"),
      [
        { id: "r2", data: { position: 0, title: "C" } },
        { data: { position: 1, title: "N" } },
        { id: "r0", data: { position: 2, title: "A2" } },
      ],
      { positionKey: "position" },
    );
    expect(plan.ids).toEqual(["r2", null, "r0"]);
    expect(plan.update).toEqual([
      { id: "r2", data: { position: 0 } },
      { id: "r0", data: { position: 2, title: "A2" } },
    ]);
    expect(plan.create).toEqual([{ position: 1, title: "N" }]);
    expect(plan.remove).toEqual(["r1"]);
  });

  it("without ids: same content first, then the same place in the list", () => {
    const plan = planRows(
      rows("A", "B", "C"),
      [{ data: { position: 0, title: "C" } }, { data: { position: 1, title: "B, sửa" } }],
      { positionKey: "position" },
    );
    expect(plan.ids).toEqual(["r2", "r1"]);
    expect(plan.remove).toEqual(["r0"]);
    expect(plan.create).toEqual([]);
  });

  it("pairs by a natural key before content (an attendance entry: the member)", () => {
    const stored = [
      { id: "a", data: { memberId: "m1", status: "PRESENT" } },
      { id: "b", data: { memberId: "m2", status: "PRESENT" } },
    ];
    const plan = planRows(
      stored,
      [{ data: { memberId: "m2", status: "LATE" } }, { data: { memberId: "m1", status: "PRESENT" } }],
      { key: (d) => d.memberId },
    );
    expect(plan.ids).toEqual(["b", "a"]);
    expect(plan.unchanged).toEqual(["a"]);
    expect(plan.update).toEqual([{ id: "b", data: { status: "LATE" } }]);
  });
});
