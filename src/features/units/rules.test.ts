import { describe, expect, it } from "vitest";
import { depthOf, isSelfOrDescendant, mayHoldChild, rewritePath } from "./rules";

describe("unit tree rules", () => {
  it("a chi bộ holds no units; a đảng bộ cơ sở holds đảng bộ bộ phận and chi bộ", () => {
    expect(mayHoldChild("CHI_BO", "CHI_BO")).toBe(false);
    expect(mayHoldChild("CHI_BO_CO_SO", "CHI_BO")).toBe(false);
    expect(mayHoldChild("DANG_BO_CO_SO", "DANG_BO_BO_PHAN")).toBe(true);
    expect(mayHoldChild("DANG_BO_CO_SO", "CHI_BO")).toBe(true);
    expect(mayHoldChild("DANG_BO_BO_PHAN", "DANG_BO_BO_PHAN")).toBe(false);
    expect(mayHoldChild("DANG_BO_BO_PHAN", "CHI_BO")).toBe(true);
    expect(mayHoldChild("DANG_BO_CO_SO", "DANG_BO")).toBe(false);
  });

  it("rewrites paths of a moved subtree and knows descendants", () => {
    expect(rewritePath("/a/b/c/", "/a/", "/x/y/")).toBe("/x/y/b/c/");
    expect(() => rewritePath("/q/b/", "/a/", "/x/")).toThrow();
    expect(isSelfOrDescendant("/a/b/", "/a/b/c/")).toBe(true);
    expect(isSelfOrDescendant("/a/b/", "/a/b/")).toBe(true);
    expect(isSelfOrDescendant("/a/b/", "/a/bc/")).toBe(false);
    expect(depthOf("/a/")).toBe(0);
    expect(depthOf("/a/b/c/")).toBe(2);
  });
});
