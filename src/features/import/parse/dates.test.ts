// The meeting's date among the dates of a text; short texts of our own writing.
import { describe, expect, it } from "vitest";
import { extractMeeting } from "./extract-meeting";

const dateOf = (text: string) => extractMeeting(text).date;

describe("the meeting's date", () => {
  it.each([
    ["slashes", "Ngày 26/7/2023, Chi bộ Khối Văn phòng sinh hoạt thường kỳ.", "2023-07-26"],
    ["dashes", "Ngày 7-4-2015, Đảng ủy xã Hòa Bình tổ chức hội nghị.", "2015-04-07"],
    ["dots", "Hội nghị được tổ chức vào sáng 26.7.2023 tại hội trường ủy ban.", "2023-07-26"],
    ["words", "Ngày 26 tháng 7 năm 2023, Chi bộ Phòng Kế toán họp định kỳ.", "2023-07-26"],
    ["weekday before", "Thứ Tư, ngày 26/7/2023, chi bộ thôn Lộc Điền họp.", "2023-07-26"],
    ["weekday in brackets", "Sáng thứ Năm (27/7/2023), Đảng bộ phường tổ chức hội nghị.", "2023-07-27"],
    ["two days with a comma", "Ngày 24, 25/9/2022, Đảng bộ huyện Quế Sơn tổ chức đại hội.", "2022-09-24"],
    ["two days, no space", "Ngày 24,25/9/2022 đã diễn ra đại hội Đảng bộ xã.", "2022-09-24"],
    ["two days with và", "Trong hai ngày 14 và 15/10/2020, Đảng bộ thị trấn tổ chức đại hội.", "2020-10-14"],
    [
      "days joined by a dash",
      "Ngày 8-9/6/2024, lớp bồi dưỡng lý luận chính trị được tổ chức tại trường.",
      "2024-06-08",
    ],
    ["từ … đến", "Từ ngày 24 đến 25/9/2022, Đảng bộ khối tổ chức lớp học nghị quyết.", "2022-09-24"],
    ["over a month's end", "Từ ngày 30/9 đến ngày 2/10/2022, Đảng bộ tổ chức đại hội nhiệm kỳ mới.", "2022-09-30"],
    ["days in words", "Ngày 24 và 25 tháng 9 năm 2022, Đảng bộ xã Tiên Phong tổ chức đại hội.", "2022-09-24"],
    ["time before the date", "Vào lúc 14 giờ 30 phút, ngày 05/3/2024, Chi bộ 4 tiến hành sinh hoạt.", "2024-03-05"],
  ])("reads %s", (_, text, iso) => {
    expect(dateOf(text)).toBe(iso);
  });

  it.each([
    [
      "the year of the same sentence",
      "Chiều ngày 12/6, Chi bộ Kỹ thuật sơ kết công tác 6 tháng đầu năm 2023.",
      "2023-06-12",
    ],
    ["the year of a month", "Sáng 3/7, chi bộ họp đánh giá nhiệm vụ tháng 06 năm 2023 của đơn vị.", "2023-07-03"],
    [
      "the headline's year",
      "Chi bộ Trường Tiểu học Cát Lâm sinh hoạt tháng 10 năm 2021\n\nChiều 8/10, chi bộ họp tại phòng hội đồng.",
      "2021-10-08",
    ],
    [
      "a year named elsewhere in the text",
      "Sáng 15/3, Chi bộ Khu dân cư số 2 họp.\nChi bộ đề ra chỉ tiêu năm 2024: kết nạp hai đảng viên mới.",
      "2024-03-15",
    ],
    [
      "the following year for a review of the whole year",
      "Sáng 10/1, Đảng bộ xã Đông Hà tổng kết công tác xây dựng Đảng năm 2022.",
      "2023-01-10",
    ],
    ["the school year's end for its review", "Sáng ngày 5/6, chi bộ tổng kết năm học 2022 – 2023.", "2023-06-05"],
    ["the school year's start", "Chiều 20/9, chi bộ triển khai nhiệm vụ năm học 2023 – 2024.", "2023-09-20"],
  ])("completes a day and month with %s", (_, text, iso) => {
    expect(dateOf(text)).toBe(iso);
  });

  it.each([
    [
      "a cited document's date",
      "Thực hiện Kế hoạch số 15-KH/ĐU ngày 02/3/2022 của Đảng ủy, sáng 10/3 chi bộ tổ chức học tập.",
      null,
    ],
    [
      "a cited document's year",
      "Sáng 11/8, Đảng ủy phường quán triệt Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương.",
      null,
    ],
    ["a past event", "Ngày 3/2/1930, Đảng ra đời. Sáng 2/2/2024, Chi bộ 7 tổ chức sinh hoạt kỷ niệm.", "2024-02-02"],
    [
      "a deadline",
      "Chi bộ giao nhiệm vụ hoàn thành trước ngày 30/6/2024. Hội nghị diễn ra ngày 10/5/2024 tại nhà văn hóa.",
      "2024-05-10",
    ],
    ["a target year", "Sáng 9/4, chi bộ bàn kế hoạch phát triển đến năm 2030.", null],
  ])("is not taken from %s", (_, text, iso) => {
    expect(dateOf(text)).toBe(iso);
  });
});
