import { describe, expect, it } from "vitest";
import { findDirectiveReference, parseDirectiveQuery } from "./query";

describe("parseDirectiveQuery", () => {
  it.each(["05-CT/TW", "05 – CT/TW", "05/CT-TW", "chỉ thị 05-CT/TW"])("reads %s as Chỉ thị 5 with its symbol", (q) => {
    expect(parseDirectiveQuery(q)).toEqual({ kind: "CHI_THI", number: "5", symbol: "CT/TW" });
  });

  it.each(["chỉ thị 05", "Chỉ thị số 05", "chi thi so 5", "ct05", "CT 05", "ct số 5"])("reads %s as Chỉ thị 5", (q) => {
    expect(parseDirectiveQuery(q)).toEqual({ kind: "CHI_THI", number: "5" });
  });

  it("reads other kinds and Đ codes typed without the bar", () => {
    expect(parseDirectiveQuery("nq33")).toEqual({ kind: "NGHI_QUYET", number: "33" });
    expect(parseDirectiveQuery("nghị quyết số 35")).toEqual({ kind: "NGHI_QUYET", number: "35" });
    expect(parseDirectiveQuery("07-da/tu")).toEqual({ kind: "DE_AN", number: "7", symbol: "ĐA/TU" });
    expect(parseDirectiveQuery("15-Qđi/TU")).toEqual({ kind: "QUY_DINH", number: "15", symbol: "QĐI/TU" });
  });

  it("leaves QĐ open unless a kind word settles it", () => {
    expect(parseDirectiveQuery("294-QĐ/TW")).toEqual({ number: "294", symbol: "QĐ/TW", typeCode: "QĐ" });
    expect(parseDirectiveQuery("quy định 294-QĐ/TW")).toEqual({ kind: "QUY_DINH", number: "294", symbol: "QĐ/TW" });
  });

  it("returns null for text that names no document", () => {
    expect(parseDirectiveQuery("")).toBeNull();
    expect(parseDirectiveQuery("nghị quyết")).toBeNull();
    expect(parseDirectiveQuery("sinh hoạt chi bộ tháng 5")).toBeNull();
    expect(parseDirectiveQuery("2023")).toBeNull();
  });
});

describe("findDirectiveReference", () => {
  it("separates the reference from the other words of a query", () => {
    expect(findDirectiveReference("kiểm điểm chỉ thị 05 năm 2023")).toEqual({
      ref: { kind: "CHI_THI", number: "5" },
      rest: "kiem diem nam 2023",
      words: "chi thi 05",
    });
    expect(findDirectiveReference("học tập Chỉ thị số 05-CT/TW của Bộ Chính trị")).toEqual({
      ref: { kind: "CHI_THI", number: "5", symbol: "CT/TW" },
      rest: "hoc tap cua bo chinh tri",
      words: "05 ct tw",
    });
    expect(findDirectiveReference("ct05 tư tưởng")).toEqual({
      ref: { kind: "CHI_THI", number: "5" },
      rest: "tu tuong",
      words: "ct05",
    });
    expect(findDirectiveReference("05 – CT/TW")?.rest).toBe("");
  });

  it("is null without a reference", () => {
    expect(findDirectiveReference("đảng bộ hưng yên")).toBeNull();
    expect(findDirectiveReference("   ")).toBeNull();
  });
});
