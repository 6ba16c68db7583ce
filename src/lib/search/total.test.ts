import { describe, expect, it } from "vitest";
import { totalLabel } from "./total";

describe("totalLabel", () => {
  it("writes an exact count with Vietnamese digit grouping, a capped one as “hơn …”", () => {
    expect(totalLabel(7, false)).toBe("7");
    expect(totalLabel(1234, false)).toBe("1.234");
    expect(totalLabel(1000, true)).toBe("hơn 1.000");
  });
});
