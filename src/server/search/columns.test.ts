import { describe, expect, it } from "vitest";
import { WORDS_IN_ORDER, capForIndex } from "./columns";

describe("capForIndex", () => {
  it("keeps short texts as they are", () => {
    expect(capForIndex("dang bo hung yen")).toBe("dang bo hung yen");
  });

  it("keeps the first words in order, then only words not seen before", () => {
    const head = Array.from({ length: WORDS_IN_ORDER }, (_, i) => `w${i % 100}`);
    const text = [...head, "w5", "moi", "w7", "moi", "cuoi"].join(" ");
    const out = capForIndex(text).split(" ");
    expect(out.slice(0, WORDS_IN_ORDER)).toEqual(head);
    expect(out.slice(WORDS_IN_ORDER)).toEqual(["moi", "cuoi"]);
  });
});
