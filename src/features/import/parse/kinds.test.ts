// The meeting's kind from the weight of evidence; short texts of our own writing.
import { describe, expect, it } from "vitest";
import { extractMeeting } from "./extract-meeting";

const kindOf = (text: string) => extractMeeting(text).meetingType;

describe("the meeting's kind", () => {
  it.each([
    [
      "a district committee checking a commune's congress preparations is not the congress",
      "Ban Thường vụ Huyện ủy kiểm tra công tác chuẩn bị đại hội Đảng bộ xã Yên Phú\n\n" +
        "Sáng 4/3/2025, đoàn công tác của Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Yên Phú về công tác chuẩn bị " +
        "đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030. Đảng ủy xã báo cáo tiến độ chuẩn bị văn kiện và nhân sự đại hội.",
      "KHAC",
    ],
    [
      "a mid-term review of a directive is SO_KET even when the directive fills the text",
      "Chi bộ Phòng Tài chính sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\n" +
        "Chiều 18/5/2021, Chi bộ Phòng Tài chính tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW. " +
        "Chi bộ đã quán triệt nội dung Chỉ thị đến từng đảng viên; học tập và làm theo tư tưởng Hồ Chí Minh được " +
        "đưa vào sinh hoạt. Việc quán triệt được làm đều đặn. Đảng viên tiếp tục quán triệt trong các buổi sinh hoạt.",
      "SO_KET",
    ],
    [
      "a congress held",
      "Đại hội Chi bộ Thôn Đông Hòa nhiệm kỳ 2025 – 2027\n\nNgày 12/4/2025, Chi bộ Thôn Đông Hòa tổ chức Đại hội " +
        "Chi bộ nhiệm kỳ 2025 – 2027. Đại hội đã bầu chi ủy gồm ba đồng chí.",
      "DAI_HOI",
    ],
    [
      "a study of a congress's resolution is not a congress",
      "Đảng bộ phường Tân Mai học tập Nghị quyết Đại hội Đảng bộ thành phố\n\nSáng 9/11/2020, Đảng bộ phường Tân " +
        "Mai tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVII.",
      "HOC_TAP_QUAN_TRIET",
    ],
    [
      "a mid-term review of a congress's term",
      "Sáng 3/10/2022, Đảng bộ xã Phú Lâm tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng " +
        "bộ xã lần thứ XXV. Đại hội Đảng bộ xã được nhắc lại nhiều lần trong báo cáo.",
      "SO_KET",
    ],
    [
      "the headline outweighs one phrase further on",
      "Chi bộ Khoa Ngữ văn sinh hoạt chuyên đề quý III\n\nChiều 20/9/2023, Chi bộ Khoa Ngữ văn sinh hoạt chuyên đề " +
        "về đạo đức nhà giáo. Cuối buổi, chi bộ thông qua kết quả kiểm điểm giữa năm của tổ công đoàn.",
      "CHUYEN_DE",
    ],
    [
      "the opening outweighs the body",
      "Sáng 14/1/2024, Đảng ủy Công ty Cấp nước tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.\n" +
        "Hội nghị nghe báo cáo; năm 2024 sẽ sơ kết chuyên đề học tập và sơ kết việc thực hiện quy chế dân chủ.",
      "TONG_KET",
    ],
    [
      "a committee's meeting",
      "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n\nNgày 5/7/2023, Ban Chấp hành Đảng bộ huyện họp hội nghị " +
        "lần thứ 12 bàn nhiệm vụ phát triển kinh tế 6 tháng cuối năm.",
      "HOI_NGHI_CAP_UY",
    ],
    [
      "a self-criticism review",
      "Chiều 26/12/2023, Chi bộ Ban Quản lý dự án tổ chức kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2023.",
      "KIEM_DIEM",
    ],
    [
      "a regular monthly meeting",
      "Biên bản họp chi bộ tháng 8 năm 2024\n\nTối 6/8/2024, Chi bộ Tổ dân phố 9 họp chi bộ tháng 8 tại nhà văn hóa.",
      "THUONG_KY",
    ],
    [
      "a meeting to prepare the congress is not the congress",
      "Chiều 2/6/2025, Chi ủy Chi bộ Trạm Y tế họp cho ý kiến vào dự thảo báo cáo chính trị trình đại hội chi bộ, " +
        "chuẩn bị tổ chức đại hội chi bộ nhiệm kỳ 2025 – 2027.",
      "KHAC",
    ],
  ])("%s", (_, text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it("tells which phrases decided, and where they stand", () => {
    const e = extractMeeting(
      "Chi bộ Phòng Tài chính sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\n" +
        "Chiều 18/5/2021, Chi bộ Phòng Tài chính tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị. Chi bộ quán triệt nội dung.",
    );
    expect(e.kindEvidence).toEqual([
      { kind: "SO_KET", phrase: "sơ kết", where: "title", weight: 4 },
      { kind: "SO_KET", phrase: "hội nghị sơ kết", where: "opening", weight: 3 },
    ]);
  });
});
