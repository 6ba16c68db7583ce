import { describe, expect, it } from "vitest";
import { formatSymbol, normalizeCode, normalizeSymbolText, parseSymbol, sameNumber } from "./symbol";

describe("parseSymbol", () => {
  it.each([
    ["05-CT/TW", "05", "CT/TW"],
    ["05 – CT/TW", "05", "CT/TW"],
    ["35- CT/TW", "35", "CT/TW"],
    ["35-CT/ TW", "35", "CT/TW"],
    ["100 - KL/TW", "100", "KL/TW"],
    ["24 – CT/TU", "24", "CT/TU"],
    ["Số 36-HD/VPTW", "36", "HD/VPTW"],
    ["Số: 127-QĐ/TW", "127", "QĐ/TW"],
    ["15-Qđi/TU", "15", "QĐI/TU"],
    ["08-QĐi/TW", "08", "QĐI/TW"],
    ["07-ĐA/TU", "07", "ĐA/TU"],
    ["101-KH/ĐU", "101", "KH/ĐU"],
    ["23-HD/ĐUK", "23", "HD/ĐUK"],
    ["07-CTr/QU", "07", "CTR/QU"],
    ["04-NQ/TƯ", "04", "NQ/TW"],
    ["24-BS/UBKTTU", "24", "BS/UBKTTU"],
  ])("reads Party order %s", (input, number, symbol) => {
    const p = parseSymbol(input);
    expect(p?.number).toBe(number);
    expect(p?.symbol).toBe(symbol);
    expect(p?.order).toBe("party");
  });

  it("turns state order into Party order", () => {
    expect(parseSymbol("05/CT-TW")).toMatchObject({ number: "05", symbol: "CT/TW", order: "state" });
    expect(parseSymbol("01/HD-ĐU")).toMatchObject({ number: "01", symbol: "HD/ĐU" });
    expect(parseSymbol("30/2020/NĐ-CP")).toMatchObject({ number: "30", symbol: "NĐ/CP", year: "2020" });
  });

  it("reads a bare symbol without number", () => {
    expect(parseSymbol("CT/TW")).toMatchObject({ number: null, symbol: "CT/TW" });
  });

  it("rejects what is not a symbol", () => {
    expect(parseSymbol("15/5/2016")).toBeNull();
    expect(parseSymbol("Chỉ thị 05")).toBeNull();
    expect(parseSymbol("")).toBeNull();
  });

  it("keeps decomposed input as NFC", () => {
    expect(parseSymbol("07-ĐA/TU".normalize("NFD"))?.symbol).toBe("ĐA/TU");
  });
});

describe("formatting", () => {
  it("formats in Party order", () => {
    expect(formatSymbol("05", "CT/TW")).toBe("05-CT/TW");
    expect(formatSymbol("05", null)).toBe("05");
    expect(formatSymbol(null, "CT/TW")).toBe("CT/TW");
    expect(normalizeSymbolText("05/CT-TƯ")).toBe("05-CT/TW");
    expect(normalizeSymbolText("35 – ct / tw")).toBe("35-CT/TW");
  });

  it("upper-cases codes the Vietnamese way", () => {
    expect(normalizeCode("qđi")).toBe("QĐI");
    expect(normalizeCode("Tư")).toBe("TW");
  });

  it("compares numbers as integers", () => {
    expect(sameNumber("05", "5")).toBe(true);
    expect(sameNumber("05", "50")).toBe(false);
    expect(sameNumber(null, "5")).toBe(false);
  });
});
