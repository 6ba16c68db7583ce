import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accentKey,
  canonicalTonePlacement,
  cleanText,
  deepNFC,
  foldForSearch,
  foldForSearchReference,
  slugify,
  toNFC,
  upperVi,
} from "./normalize";
import {
  formatDateTime,
  formatDocumentDate,
  formatLongDate,
  formatPlaceDateLine,
  formatShortDate,
  formatTime,
  formatWeekdayDate,
  fromVnDateTime,
  isIsoDate,
  toVnDateTimeInput,
  toVnIsoDate,
} from "./date";
import { compareVi, fullName, sortByGivenName, splitFullName } from "./names";
import { attendanceStatusLabels, directiveKindLabels, meetingKindLabels, roleLabels } from "./labels";

describe("normalize", () => {
  it("stores NFC: decomposed input from macOS becomes precomposed", () => {
    const nfd = "Đảng bộ Hưng Yên".normalize("NFD");
    expect(nfd).not.toBe("Đảng bộ Hưng Yên");
    expect(toNFC(nfd)).toBe("Đảng bộ Hưng Yên");
    expect(deepNFC({ a: [nfd], n: 3 })).toEqual({ a: ["Đảng bộ Hưng Yên"], n: 3 });
  });

  it("maps Đ look-alikes (eth, African D) to Đ", () => {
    expect(toNFC("\u00D0ảng ủy")).toBe("Đảng ủy");
    expect(toNFC("\u0189ảng ủy")).toBe("Đảng ủy");
    expect(foldForSearch("\u00D0ảng ủy")).toBe("dang uy");
  });

  it("folds diacritics, case and đ/Đ", () => {
    expect(foldForSearch("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên")).toBe(
      "dang bo truong cao dang kinh te ky thuat to hieu hung yen",
    );
    expect(foldForSearch("HIỆU TRƯỞNG")).toBe("hieu truong");
    expect(foldForSearch("ĐẢNG CỘNG SẢN VIỆT NAM")).toBe("dang cong san viet nam");
  });

  it("folds both tone placements alike", () => {
    expect(foldForSearch("Uỷ ban Thường vụ Huyện uỷ")).toBe(foldForSearch("Ủy ban Thường vụ Huyện ủy"));
    expect(foldForSearch("khoá XII")).toBe(foldForSearch("khóa XII"));
    expect(foldForSearch("hoà bình")).toBe(foldForSearch("hòa bình"));
  });

  it("canonicalises tone placement but keeps accents", () => {
    expect(canonicalTonePlacement("Uỷ viên Ban Thường vụ")).toBe("Ủy viên Ban Thường vụ");
    expect(canonicalTonePlacement("khoá XI, hoà")).toBe("khóa XI, hòa");
    expect(canonicalTonePlacement("Thuỵ")).toBe("Thụy");
    expect(canonicalTonePlacement("quý, hoàng, thuyết, toán")).toBe("quý, hoàng, thuyết, toán");
    expect(accentKey("Huyện  Uỷ")).toBe(accentKey("huyện ủy"));
    expect(accentKey("Huyện ủy")).not.toBe(accentKey("huyen uy"));
  });

  it("cleans white space and makes slugs", () => {
    expect(cleanText("  Chi bộ\u00A0 Đào   tạo ")).toBe("Chi bộ Đào tạo");
    expect(slugify("Hội nghị sơ kết 6 tháng đầu năm 2023")).toBe("hoi-nghi-so-ket-6-thang-dau-nam-2023");
    expect(upperVi("Đảng bộ Khối")).toBe("ĐẢNG BỘ KHỐI");
  });
});

describe("dates (always Asia/Ho_Chi_Minh, whatever TZ the machine has)", () => {
  // 26/7/2023 07:30 in Hà Nội is 26/7/2023 00:30 UTC and 25/7 in St John's (the test TZ).
  const morning = new Date("2023-07-26T00:30:00Z");
  // 23:30 on 26/7 in Hà Nội is 16:30 UTC.
  const late = new Date("2023-07-26T16:30:00Z");

  it("writes the long body form", () => {
    expect(formatLongDate(morning)).toBe("ngày 26 tháng 7 năm 2023");
    expect(formatLongDate(late)).toBe("ngày 26 tháng 7 năm 2023");
    expect(formatLongDate("2016-05-15")).toBe("ngày 15 tháng 5 năm 2016");
  });

  it("writes the HD 36 date line with leading zeros for days < 10 and months 1–2", () => {
    expect(formatDocumentDate("2018-04-03")).toBe("ngày 03 tháng 4 năm 2018");
    expect(formatDocumentDate("2018-02-20")).toBe("ngày 20 tháng 02 năm 2018");
    expect(formatDocumentDate("2023-07-26")).toBe("ngày 26 tháng 7 năm 2023");
    expect(formatPlaceDateLine("Hưng Yên", morning)).toBe("Hưng Yên, ngày 26 tháng 7 năm 2023");
  });

  it("writes times, short dates and weekdays", () => {
    expect(formatTime(morning)).toBe("7 giờ 30");
    expect(formatTime(new Date("2023-07-26T07:00:00Z"))).toBe("14 giờ 00");
    expect(formatShortDate(morning)).toBe("26/07/2023");
    expect(formatWeekdayDate(morning)).toBe("Thứ Tư, 26/07/2023");
    expect(formatDateTime(morning)).toBe("7 giờ 30 ngày 26 tháng 7 năm 2023");
    expect(formatWeekdayDate(new Date("2018-04-27T01:00:00Z"))).toBe("Thứ Sáu, 27/04/2018");
  });

  it("round-trips Việt Nam wall-clock input", () => {
    const d = fromVnDateTime("2023-07-26T14:00");
    expect(d?.toISOString()).toBe("2023-07-26T07:00:00.000Z");
    expect(toVnDateTimeInput(d!)).toBe("2023-07-26T14:00");
    expect(toVnIsoDate(late)).toBe("2023-07-26");
    expect(fromVnDateTime("2023-02-30T10:00")).toBeNull();
    expect(fromVnDateTime("hôm qua")).toBeNull();
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
  });
});

describe("names", () => {
  it("joins and splits names", () => {
    expect(fullName({ familyName: "Phạm", middleName: "", givenName: "Bình Minh" })).toBe("Phạm Bình Minh");
    expect(splitFullName("Trần Thanh Liêm")).toEqual({ familyName: "Trần", middleName: "Thanh", givenName: "Liêm" });
    expect(splitFullName("  Đào  Hồng Ngọc ")).toEqual({ familyName: "Đào", middleName: "Hồng", givenName: "Ngọc" });
  });

  it("sorts by given name with Vietnamese collation", () => {
    const people = [
      "Trần Thanh Liêm",
      "Đào Hồng Ngọc",
      "Đặng Quang Mến",
      "Nguyễn Thị Ánh",
      "Lê Văn Đức",
      "Phạm Văn Dũng",
      "Vũ Thị Ân",
      "Hoàng Văn An",
    ].map(splitFullName);
    expect(sortByGivenName(people).map(fullName)).toEqual([
      "Hoàng Văn An",
      "Nguyễn Thị Ánh", // a with a tone mark is still the letter a, before â
      "Vũ Thị Ân",
      "Phạm Văn Dũng",
      "Lê Văn Đức",
      "Trần Thanh Liêm",
      "Đặng Quang Mến",
      "Đào Hồng Ngọc",
    ]);
    // d < đ, a < ă < â
    expect(compareVi("Dũng", "Đức")).toBeLessThan(0);
    expect(compareVi("Đức", "Em")).toBeLessThan(0);
    expect(compareVi("Anh", "Ăn")).toBeLessThan(0);
    expect(compareVi("Ăn", "Ân")).toBeLessThan(0);
  });

  it("breaks ties on middle name then family name", () => {
    const people = ["Trần Văn Hùng", "Lê Văn Hùng", "Nguyễn Mạnh Hùng"].map(splitFullName);
    expect(sortByGivenName(people).map(fullName)).toEqual(["Nguyễn Mạnh Hùng", "Lê Văn Hùng", "Trần Văn Hùng"]);
  });
});

describe("labels", () => {
  it("names every kind in Vietnamese", () => {
    expect(meetingKindLabels.THUONG_KY).toBe("Sinh hoạt chi bộ thường kỳ");
    expect(meetingKindLabels.SO_KET).toBe("Hội nghị sơ kết");
    expect(attendanceStatusLabels.ABSENT_EXCUSED).toBe("Vắng có lý do");
    expect(directiveKindLabels.CHI_THI).toBe("Chỉ thị");
    expect(roleLabels.SECRETARY).toBe("Thư ký");
    for (const map of [meetingKindLabels, attendanceStatusLabels, directiveKindLabels, roleLabels]) {
      for (const v of Object.values(map)) expect(v).toBe(v.normalize("NFC"));
    }
  });
});

describe("foldForSearch (table path) equals its definition", () => {
  // Letters and marks of Vietnamese and its neighbours, look-alikes, punctuation, other scripts, combining marks.
  const chars = [
    ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:-–—/()“”\"'…\n\t\u00a0",
    ..."àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    ..."ÀÁẢÃẠỲÝỶỸỴĐÐðƉɖİıßæøåÆØÅçñÇÑ²³¹ⅫΣσςЖж한中\u0300\u0301\u0303\u0309\u0323\u0307",
    "😀",
  ];
  it("on random text of those characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (xs) => {
        const s = xs.join("");
        expect(foldForSearch(s)).toBe(foldForSearchReference(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        expect(foldForSearch(s)).toBe(foldForSearchReference(s));
      }),
      { numRuns: 5000 },
    );
  });
});
