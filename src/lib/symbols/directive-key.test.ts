import { describe, expect, it } from "vitest";
import { directiveFullKey, directiveKey, sameDirective, type DirectiveIdentity } from "./directive-key";

const d = (over: Partial<DirectiveIdentity>): DirectiveIdentity => ({
  kind: "CHI_THI",
  number: null,
  symbol: null,
  date: null,
  term: null,
  plenum: null,
  congress: null,
  ...over,
});

describe("sameDirective", () => {
  it("matches numbers as integers and ignores a missing symbol or date", () => {
    expect(sameDirective(d({ number: "05", symbol: "CT/TW", date: "2016-05-15" }), d({ number: "5" }))).toBe(true);
  });

  it("tells apart the two 35-CT/TW by their year", () => {
    expect(
      sameDirective(
        d({ number: "35", symbol: "CT/TW", date: "2019-05-30" }),
        d({ number: "35", symbol: "CT/TW", date: "2024-06-14" }),
      ),
    ).toBe(false);
  });

  it("needs the same kind and, when both have one, the same symbol", () => {
    expect(sameDirective(d({ number: "24", symbol: "CT/TU" }), d({ number: "24", symbol: "CT/TW" }))).toBe(false);
    expect(sameDirective(d({ number: "33" }), d({ kind: "NGHI_QUYET", number: "33" }))).toBe(false);
  });

  it("compares unnumbered resolutions by plenum, congress and term", () => {
    const tw4 = d({ kind: "NGHI_QUYET", plenum: "4", term: "XII" });
    expect(sameDirective(tw4, d({ kind: "NGHI_QUYET", plenum: "4", term: "XII" }))).toBe(true);
    expect(sameDirective(tw4, d({ kind: "NGHI_QUYET", plenum: "4", term: "XI" }))).toBe(false);
    expect(
      sameDirective(d({ kind: "NGHI_QUYET", congress: "XIII" }), d({ kind: "NGHI_QUYET", congress: "XIII" })),
    ).toBe(true);
    expect(sameDirective(d({ kind: "NGHI_QUYET", number: "4" }), d({ kind: "NGHI_QUYET", plenum: "4" }))).toBe(false);
  });
});

describe("directiveKey", () => {
  it("buckets citations of one document together", () => {
    expect(directiveKey(d({ number: "05" }))).toBe(directiveKey(d({ number: "5" })));
    expect(directiveKey(d({ kind: "NGHI_QUYET", plenum: "4", term: "XII" }))).toBe("NGHI_QUYET@p4|c-|tXII");
    expect(directiveFullKey(d({ number: "05", symbol: "CT/TW", date: "2016-05-15" }))).toBe("CHI_THI#5|CT/TW|2016");
  });
});
