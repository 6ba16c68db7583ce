import { describe, expect, it } from "vitest";
import { fromRoman, fromVietnameseNumberWords, parseOrdinal, toRoman } from "./numerals";

describe("numerals", () => {
  it("converts Roman numerals both ways", () => {
    expect(toRoman(12)).toBe("XII");
    expect(toRoman(14)).toBe("XIV");
    expect(fromRoman("xiii")).toBe(13);
    expect(fromRoman("IIII")).toBeNull();
    expect(fromRoman("ABC")).toBeNull();
  });

  it("reads Vietnamese ordinal words", () => {
    expect(fromVietnameseNumberWords("Sáu")).toBe(6);
    expect(fromVietnameseNumberWords("tư")).toBe(4);
    expect(fromVietnameseNumberWords("mười hai")).toBe(12);
    expect(fromVietnameseNumberWords("mười lăm")).toBe(15);
    expect(fromVietnameseNumberWords("hai mươi mốt")).toBe(21);
    expect(fromVietnameseNumberWords("lăm")).toBeNull();
  });

  it("reads any ordinal", () => {
    expect(parseOrdinal("8")).toBe(8);
    expect(parseOrdinal("XII")).toBe(12);
    expect(parseOrdinal("bảy")).toBe(7);
    expect(parseOrdinal("khóa")).toBeNull();
  });
});
