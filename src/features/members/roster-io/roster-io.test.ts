import { describe, expect, it } from "vitest";
import { defuseCsvCell, detectDelimiter, parseCsv, toCsvText } from "./csv";
import { excelSerialToIso, isoToVn, parseRosterDate } from "./dates";
import { findHeader, matchHeader } from "./headers";
import { splitVietnameseName, tidyNameCase } from "./names";
import { parseRosterTable } from "./rows";

describe("parseCsv", () => {
  it("reads quotes, escaped quotes, commas and line breaks inside quotes, CRLF and a BOM", () => {
    const text = '\uFEFFHọ và tên,Ghi chú\r\n"Nguyễn Văn A","nói ""có"", rồi\r\nxuống dòng"\r\nLê Thị B,\r\n';
    expect(parseCsv(text).rows).toEqual([
      ["Họ và tên", "Ghi chú"],
      ["Nguyễn Văn A", 'nói "có", rồi\r\nxuống dòng'],
      ["Lê Thị B", ""],
    ]);
  });

  it("detects the semicolon of Excel in a Vietnamese locale, and tabs", () => {
    expect(detectDelimiter("Họ và tên;Ngày sinh;Ghi chú, khác\n")).toBe(";");
    expect(parseCsv("a;b\n1;2,5\n").rows).toEqual([
      ["a", "b"],
      ["1", "2,5"],
    ]);
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter('"x;y;z",b\n')).toBe(",");
  });

  it("handles LF and CR line ends, a last line without a break, and keeps blank lines so line numbers stay true", () => {
    expect(parseCsv("a,b\n1,2").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\r1,2\r").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a\n\nb\n").rows).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv('"a",""\n').rows).toEqual([["a", ""]]);
  });

  it("defuses cells a spreadsheet would run as formulas, and the import reads them back as text", () => {
    expect(defuseCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(defuseCsvCell("-Bí thư")).toBe("'-Bí thư");
    expect(defuseCsvCell("Nguyễn Văn A")).toBe("Nguyễn Văn A");
    const t = parseRosterTable(
      [
        ["Họ", "Tên", "Chức vụ Đảng", "Loại đảng viên"],
        ["Lê", "An", defuseCsvCell("=1+1"), "Chính thức"],
      ],
      { defaultUnitName: "Chi bộ A" },
    );
    if ("error" in t) throw new Error(t.error);
    expect(t.rows[0].record?.partyTitle).toBe("=1+1");
  });

  it("round-trips what toCsvText writes", () => {
    const rows = [
      ["Họ và tên", "Chức vụ"],
      ["Trần Văn C", 'Bí thư, "kiêm" Trưởng phòng\nmới'],
    ];
    expect(parseCsv(toCsvText(rows)).rows).toEqual(rows);
    expect(parseCsv(toCsvText(rows, ";")).rows).toEqual(rows);
  });
});

describe("parseRosterDate", () => {
  it("reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO", () => {
    expect(parseRosterDate("03/02/1980")).toEqual({ ok: true, iso: "1980-02-03" });
    expect(parseRosterDate("3/2/1980")).toEqual({ ok: true, iso: "1980-02-03" });
    expect(parseRosterDate("3-2-1980")).toEqual({ ok: true, iso: "1980-02-03" });
    expect(parseRosterDate("03.02.1980")).toEqual({ ok: true, iso: "1980-02-03" });
    expect(parseRosterDate("1980-02-03")).toEqual({ ok: true, iso: "1980-02-03" });
    expect(parseRosterDate(" ")).toEqual({ ok: true, iso: null });
    expect(parseRosterDate(null)).toEqual({ ok: true, iso: null });
  });

  it("refuses impossible dates and other text", () => {
    expect(parseRosterDate("31/02/1980")).toEqual({ ok: false });
    expect(parseRosterDate("29/02/2023")).toEqual({ ok: false });
    expect(parseRosterDate("29/02/2024")).toEqual({ ok: true, iso: "2024-02-29" });
    expect(parseRosterDate("13/13/1980")).toEqual({ ok: false });
    expect(parseRosterDate("02/1980")).toEqual({ ok: false });
    expect(parseRosterDate("hôm qua")).toEqual({ ok: false });
  });

  it("reads Excel date cells (UTC calendar day) and serial numbers", () => {
    expect(parseRosterDate(new Date(Date.UTC(1975, 3, 30)))).toEqual({ ok: true, iso: "1975-04-30" });
    expect(excelSerialToIso(27514)).toBe("1975-04-30");
    expect(parseRosterDate(45000)).toEqual({ ok: true, iso: "2023-03-15" });
    expect(parseRosterDate("45000")).toEqual({ ok: true, iso: "2023-03-15" });
    expect(parseRosterDate(-3)).toEqual({ ok: false });
    expect(isoToVn("1980-02-03")).toBe("03/02/1980");
  });
});

describe("header matching", () => {
  it("matches headers leniently by their folded form", () => {
    expect(matchHeader("Họ và tên")).toBe("fullName");
    expect(matchHeader("HỌ VÀ TÊN")).toBe("fullName");
    expect(matchHeader("ho va ten")).toBe("fullName");
    expect(matchHeader(" Họ  tên ")).toBe("fullName");
    expect(matchHeader("Tên đệm")).toBe("middleName");
    expect(matchHeader("Tên")).toBe("givenName");
    expect(matchHeader("Họ")).toBe("familyName");
    expect(matchHeader("Ngày kết nạp")).toBe("admittedOn");
    expect(matchHeader("Ngày vào Đảng")).toBe("admittedOn");
    expect(matchHeader("NGÀY VÀO ĐẢNG")).toBe("admittedOn");
    expect(matchHeader("Số thẻ đảng viên")).toBe("partyCardNumber");
    expect(matchHeader("Loại đảng viên")).toBe("category");
    expect(matchHeader("Chức vụ chính quyền")).toBe("governmentTitle");
    expect(matchHeader("Chi bộ")).toBe("unitName");
    expect(matchHeader("Quê quán")).toBeNull();
  });

  it("finds the header row below a title line and lists unknown headers", () => {
    const m = findHeader([
      ["DANH SÁCH ĐẢNG VIÊN", ""],
      ["STT", "Họ và tên", "Ngày sinh", "Quê quán"],
      ["1", "Nguyễn Văn A", "01/01/1980", "Hưng Yên"],
    ]);
    expect(m?.rowIndex).toBe(1);
    expect([...(m?.columns ?? new Map()).entries()]).toEqual([
      [1, "fullName"],
      [2, "birthDate"],
    ]);
    expect(m?.ignored).toEqual(["Quê quán"]);
    expect(
      findHeader([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBeNull();
  });
});

describe("splitting a full name", () => {
  it("first word family, last word given, the rest middle", () => {
    expect(splitVietnameseName("Nguyễn Văn Quyết")).toEqual({
      familyName: "Nguyễn",
      middleName: "Văn",
      givenName: "Quyết",
    });
    expect(splitVietnameseName("Lê Thị Thanh Huyền")).toEqual({
      familyName: "Lê",
      middleName: "Thị Thanh",
      givenName: "Huyền",
    });
    expect(splitVietnameseName("  Đỗ   Hằng ")).toEqual({ familyName: "Đỗ", middleName: "", givenName: "Hằng" });
    expect(splitVietnameseName("Hằng")).toEqual({ familyName: "", middleName: "", givenName: "Hằng" });
  });

  it("knows compound family names", () => {
    expect(splitVietnameseName("Hoàng Phủ Ngọc Tường")).toEqual({
      familyName: "Hoàng Phủ",
      middleName: "Ngọc",
      givenName: "Tường",
    });
    expect(splitVietnameseName("Tôn Thất Thuyết")).toEqual({
      familyName: "Tôn Thất",
      middleName: "",
      givenName: "Thuyết",
    });
    expect(splitVietnameseName("Hoàng Phủ")).toEqual({ familyName: "Hoàng", middleName: "", givenName: "Phủ" });
  });

  it("tidies names typed in capitals and makes them NFC", () => {
    expect(tidyNameCase("NGUYỄN VĂN AN")).toBe("Nguyễn Văn An");
    expect(tidyNameCase("Nguye\u0302\u0303n Văn An")).toBe("Nguyễn Văn An");
    expect(tidyNameCase("McArthur Lê")).toBe("McArthur Lê");
  });
});

describe("parseRosterTable", () => {
  const header = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Số thẻ đảng viên",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Loại đảng viên",
    "Tình trạng",
    "Chức vụ Đảng",
    "Chức vụ chính quyền",
    "Chi bộ",
  ];

  it("validates rows with Vietnamese row-level errors, counting lines as the spreadsheet does", () => {
    const t = parseRosterTable([
      header,
      [
        "1",
        "Nguyễn Văn An",
        "03/02/1980",
        "Nam",
        "0101",
        "19/05/2005",
        "19/05/2006",
        "Chính thức",
        "",
        "Chi ủy viên",
        "Trưởng phòng",
        "Chi bộ A",
      ],
      [
        "2",
        "Trần Thị Bình",
        "31/02/1980",
        "Nữ",
        "0102",
        "19/05/2005",
        "",
        "Dự bị",
        "Miễn sinh hoạt",
        "",
        "",
        "Chi bộ A",
      ],
      ["", "", "", "", "", "", "", "", "", "", "", ""],
      ["4", "", "01/01/1990", "", "", "", "", "Chính thức", "", "", "", "Chi bộ A"],
      ["5", "Lê Văn Cường", "01/01/1990", "X", "", "01/01/1980", "", "Chính thức bậc 2", "Đi chơi", "", "", ""],
    ]);
    if ("error" in t) throw new Error(t.error);
    expect(t.headerLine).toBe(1);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5, 6]);
    expect(t.rows[0]).toMatchObject({
      errors: [],
      record: {
        familyName: "Nguyễn",
        middleName: "Văn",
        givenName: "An",
        birthDate: "1980-02-03",
        gender: "MALE",
        category: "OFFICIAL",
        status: null,
        partyTitle: "Chi ủy viên",
        governmentTitle: "Trưởng phòng",
        unitName: "Chi bộ A",
      },
    });
    expect(t.rows[1].errors).toEqual(["Dòng 3: Ngày sinh “31/02/1980” không hợp lệ."]);
    expect(t.rows[1].record?.status).toBe("EXEMPT");
    expect(t.rows[2].errors).toEqual(["Dòng 5: Thiếu họ và tên."]);
    expect(t.rows[3].errors).toEqual([
      "Dòng 6: Giới tính “X” không hợp lệ (Nam hoặc Nữ).",
      "Dòng 6: Loại đảng viên “Chính thức bậc 2” không hợp lệ (Chính thức hoặc Dự bị).",
      "Dòng 6: Tình trạng “Đi chơi” không hợp lệ.",
      "Dòng 6: Ngày vào Đảng phải sau ngày sinh.",
      "Dòng 6: Thiếu tên chi bộ.",
    ]);
  });

  it("keeps separate family / middle / given columns exactly (two-syllable given names)", () => {
    const t = parseRosterTable(
      [
        ["Họ", "Tên đệm", "Tên", "Loại đảng viên"],
        ["Phạm", "", "Bình Minh", "Dự bị"],
      ],
      { defaultUnitName: "Chi bộ A" },
    );
    if ("error" in t) throw new Error(t.error);
    expect(t.rows[0].record).toMatchObject({
      familyName: "Phạm",
      middleName: "",
      givenName: "Bình Minh",
      nameSplitGuessed: false,
      category: "PROBATIONARY",
      unitName: "Chi bộ A",
    });
  });

  it("refuses a file without a header row, or without a chi bộ column when none was chosen", () => {
    expect(parseRosterTable([["a", "b"]])).toHaveProperty("error");
    expect(
      parseRosterTable([
        ["Họ và tên", "Ngày sinh"],
        ["Nguyễn Văn An", ""],
      ]),
    ).toEqual({ error: "Tệp không có cột “Chi bộ”: hãy chọn chi bộ nhận danh sách." });
  });
});
