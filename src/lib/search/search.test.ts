import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./query";
import { makeSnippet, snippetParts } from "./snippet";

describe("parseSearchQuery", () => {
  it("folds diacritics, case, đ and both tone placements", () => {
    expect(parseSearchQuery("Đảng bộ")?.terms).toEqual(["dang", "bo"]);
    expect(parseSearchQuery("ĐẢNG ỦY")?.terms).toEqual(parseSearchQuery("đảng uỷ")?.terms);
    expect(parseSearchQuery("hieu truong")).toEqual({ terms: ["hieu", "truong"], reference: null });
  });

  it("reads a document reference in any usual form and keeps the other words", () => {
    for (const q of ["05-CT/TW", "05 – CT/TW", "chỉ thị 05", "ct05"]) {
      expect(parseSearchQuery(q)?.reference?.ref).toMatchObject({ kind: "CHI_THI", number: "5" });
      expect(parseSearchQuery(q)?.terms).toEqual([]);
    }
    expect(parseSearchQuery("kiểm điểm chỉ thị 05")).toEqual({
      terms: ["kiem", "diem"],
      reference: { ref: { kind: "CHI_THI", number: "5" }, words: ["chi", "thi", "05"] },
    });
  });

  it("is null when there is nothing to look for, and drops repeated words", () => {
    expect(parseSearchQuery("")).toBeNull();
    expect(parseSearchQuery("  – / ; ")).toBeNull();
    expect(parseSearchQuery("bo bo Bộ")?.terms).toEqual(["bo"]);
    expect(parseSearchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))?.terms).toHaveLength(12);
  });
});

describe("makeSnippet", () => {
  const hieu = parseSearchQuery("hieu truong")!;

  it("marks the matched words of the original text, accents kept", () => {
    const s = makeSnippet([{ text: "Đồng chí Nguyễn Văn A, Hiệu trưởng nhà trường, phát biểu." }], hieu)!;
    const marked = snippetParts(s)
      .filter((p) => p.hit)
      .map((p) => p.text);
    expect(marked).toEqual(["Hiệu", "trưởng", "trường"]);
    expect(s.text).toBe("Đồng chí Nguyễn Văn A, Hiệu trưởng nhà trường, phát biểu.");
  });

  it("picks the segment with the most distinct words and cuts a window around them", () => {
    const long = `${"Mở đầu của văn bản dài. ".repeat(20)}Ý kiến của Hiệu trưởng về công tác. ${"Phần sau còn dài nữa. ".repeat(20)}`;
    const s = makeSnippet([{ text: "Hiệu phó báo cáo." }, { label: "Ý kiến", text: long }], hieu, { maxWords: 12 })!;
    expect(s.text.startsWith("Ý kiến: … ")).toBe(true);
    expect(s.text.endsWith(" …")).toBe(true);
    expect(
      snippetParts(s)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(["Hiệu", "trưởng"]);
    for (const [a, b] of s.highlights) expect(s.text.slice(a, b)).toMatch(/^(Hiệu|trưởng)$/);
  });

  it("highlights a document reference by its number and codes, whatever the leading zeros", () => {
    const s = makeSnippet(
      [{ text: "Học tập và làm theo Chỉ thị số 05-CT/TW ngày 15/5/2016." }],
      parseSearchQuery("ct5")!,
    )!;
    expect(
      snippetParts(s)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(["Chỉ", "thị", "số", "05", "CT", "TW"]);
    const other = makeSnippet([{ text: "Theo Nghị quyết số 05 và Chỉ thị 05." }], parseSearchQuery("chỉ thị 05")!)!;
    expect(
      snippetParts(other)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(["05", "Chỉ", "thị", "05"]);
  });

  it("is null when nothing matches", () => {
    expect(makeSnippet([{ text: "Không liên quan." }], hieu)).toBeNull();
  });
});
