import { describe, expect, it } from "vitest";
import { findDirectiveMentions, mergeDirectives } from "./citations";
import { prepareText } from "../vi/text";

const directives = (text: string) => mergeDirectives(findDirectiveMentions(prepareText(text)).map((m) => m.directive));
const one = (text: string) => {
  const list = directives(text);
  expect(list).toHaveLength(1);
  return list[0];
};

describe("directives", () => {
  it("reads number, symbol, date and issuer, with the issuer's full name", () => {
    expect(one("Quán triệt Chỉ thị số 35- CT/TW, ngày 30-5-2019 của Bộ chính trị về đại hội đảng bộ các cấp.")).toEqual(
      {
        kind: "CHI_THI",
        number: "35",
        symbol: "CT/TW",
        date: "2019-05-30",
        issuer: "Bộ Chính trị",
        term: null,
        plenum: null,
        congress: null,
        raw: "Chỉ thị số 35- CT/TW, ngày 30-5-2019 của Bộ chính trị",
      },
    );
  });

  it("reads state order, abbreviations and dates in parentheses", () => {
    expect(one("Thực hiện Hướng dẫn số 03/HD-ĐU (ngày 14.5.2021) của Đảng ủy phường.")).toMatchObject({
      kind: "HUONG_DAN",
      number: "03",
      symbol: "HD/ĐU",
      date: "2021-05-14",
      issuer: "Đảng ủy phường",
    });
    expect(one("Triển khai KL số 21-KL/TW của BCH TW khóa XIII.")).toMatchObject({
      kind: "KET_LUAN",
      number: "21",
      symbol: "KL/TW",
      issuer: "Ban Chấp hành Trung ương",
      term: "XIII",
    });
  });

  it("reads documents without symbol", () => {
    expect(one("thực hiện chỉ thị số 36 ngày 30/5/2014 của BCT.")).toMatchObject({
      kind: "CHI_THI",
      number: "36",
      symbol: null,
      date: "2014-05-30",
      issuer: "Bộ Chính trị",
    });
    expect(one("Chi bộ học tập Chỉ thị 05 của Bộ Chính trị.")).toMatchObject({ number: "05", issuer: "Bộ Chính trị" });
  });

  it("reads plenums in their many spellings", () => {
    expect(one("Học tập Nghị quyết Hội nghị Trung ương lần thứ Sáu (khóa XII).")).toMatchObject({
      plenum: "6",
      term: "XII",
      issuer: "Ban Chấp hành Trung ương",
    });
    expect(one("Thực hiện NQ TW4 khóa 11 về xây dựng Đảng.")).toMatchObject({ plenum: "4", term: "XI" });
    expect(one("Nghị quyết Trung ương 8, khoá XIII về bảo vệ Tổ quốc.")).toMatchObject({ plenum: "8", term: "XIII" });
  });

  it("reads congress resolutions", () => {
    expect(one("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 – 2025.")).toMatchObject({
      kind: "NGHI_QUYET",
      congress: "XX",
      issuer: null,
    });
  });

  it("merges repeats and a later mention with a wrong body", () => {
    const list = directives(
      "Thực hiện Chỉ thị 24 – CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về kỷ cương. Chi bộ quán triệt chỉ thị 24-CT/TW và Chỉ thị số 24.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ number: "24", symbol: "CT/TU", date: "2023-08-07" });
  });

  it("keeps two documents with the same number and symbol but different years apart", () => {
    expect(
      directives(
        "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.",
      ),
    ).toHaveLength(2);
  });

  it("finds symbols cited without a kind word", () => {
    expect(one("Chi bộ tiếp tục thực hiện 05-CT/TW trong năm.")).toMatchObject({
      kind: "CHI_THI",
      number: "05",
      symbol: "CT/TW",
    });
  });

  it("ignores documents named only generically, and counts that are not numbers", () => {
    expect(
      directives("Triển khai các chỉ thị, nghị quyết của Đảng; các nghị quyết Trung ương; kế hoạch năm 2024."),
    ).toEqual([]);
    expect(directives("Hội nghị quyết định 5 nội dung; thông báo 3 vấn đề; CT UBND huyện dự.")).toEqual([]);
  });

  it("reads a named programme of a body", () => {
    expect(one("Tổ chức thực hiện 5 Chương trình công tác trọng tâm của Tỉnh ủy.")).toMatchObject({
      kind: "CHUONG_TRINH",
      number: null,
      issuer: "Tỉnh ủy",
      raw: "5 Chương trình công tác trọng tâm của Tỉnh ủy",
    });
  });
});
