import { describe, expect, it } from "vitest";
import { findDates, findPublicationLine, isoDate, parseDateText } from "./date-text";
import { pickMeetingDate } from "./meeting-date";
import { prepareText } from "./text";

const meetingDate = (text: string, defaultYear?: number) => {
  const p = prepareText(text);
  const pub = findPublicationLine(p);
  return pickMeetingDate(p, findDates(p), { excluded: pub ? [pub] : [], publication: pub, defaultYear });
};

describe("dates", () => {
  it.each([
    ["15/5/2016", "2016-05-15"],
    ["15-5-2016", "2016-05-15"],
    ["14.5.2011", "2011-05-14"],
    ["26 – 07 – 2023", "2023-07-26"],
    ["ngày 09 tháng 5 năm 2017", "2017-05-09"],
    ["Ngày 3 tháng 02 năm 2024", "2024-02-03"],
  ])("reads %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it("rejects days that do not exist and mixed separators", () => {
    expect(parseDateText("30/2/2023")).toBeNull();
    expect(parseDateText("15/5-2016")).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
  });

  it("finds the meeting date from its time words, not a cited document's date", () => {
    expect(
      meetingDate(
        "Thực hiện Kế hoạch số 12-KH/ĐU ngày 02/3/2022, vào ngày 10/3/2022, Chi bộ Khoa Toán tổ chức sinh hoạt.",
      ),
    ).toBe("2022-03-10");
    expect(meetingDate("Chiều ngày 05/01/2024, Chi bộ 3 tổ chức hội nghị.")).toBe("2024-01-05");
    expect(meetingDate("Hôm nay, ngày 12 tháng 6 năm 2023, tại hội trường, Chi bộ họp.")).toBe("2023-06-12");
    expect(meetingDate("Vào hồi 14 giờ 00, ngày 20/10/2021, chi bộ tiến hành sinh hoạt.")).toBe("2021-10-20");
  });

  it("takes the year of the publication line for 'Sáng 27/4'", () => {
    expect(
      meetingDate("Tin hoạt động\nNgày đăng 27/04/2018 | 4:03 PM\n\nSáng 27/4, Đảng ủy Khối tổ chức hội nghị."),
    ).toBe("2018-04-27");
    // Published early in January about a meeting late in December: the year before.
    expect(meetingDate("Tin hoạt động\n03/01/2020 08:15\n\nSáng 28/12, Đảng bộ xã tổ chức hội nghị tổng kết.")).toBe(
      "2019-12-28",
    );
  });

  it("guesses no year when the text gives none", () => {
    expect(meetingDate("Sáng ngày 11/8, huyện ủy tổ chức hội nghị.")).toBeNull();
    expect(meetingDate("Sáng ngày 11/8, huyện ủy tổ chức hội nghị.", 2015)).toBe("2015-08-11");
    expect(meetingDate("Chi bộ giao nhiệm vụ tháng 11/2022 cho đảng viên.")).toBeNull();
  });
});
