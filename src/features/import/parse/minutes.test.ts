// Minutes in the usual layout, our own words: header counts, absentees, agenda with diễn biến, opinions, conclusions, vote.
import { describe, expect, it } from "vitest";
import { extractMeeting } from "./extract-meeting";

const MINUTES = `ĐẢNG BỘ XÃ AN PHÚ
CHI BỘ THÔN BẮC SƠN

BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2024

I. THÀNH PHẦN THAM DỰ
- Thời gian: 19 giờ 30 phút, ngày 05/9/2024.
- Địa điểm: Nhà văn hóa thôn Bắc Sơn.
- Tổng số đảng viên của chi bộ: 14 đồng chí. Có mặt: 12/14 đồng chí.
- Vắng: 2 đồng chí, gồm:
+ Có lý do: đồng chí Hoàng Văn Khải (đi làm ăn xa).
+ Không có lý do: đồng chí Lê Thị Mận.
- Chủ trì: đồng chí Phùng Văn Tư – Bí thư Chi bộ.
- Thư ký: đồng chí Đoàn Thị Hoa – đảng viên.
II. DIỄN BIẾN
1- Thông tin thời sự và văn bản của cấp trên.
Đồng chí Phùng Văn Tư thông tin tình hình thời sự và phổ biến kế hoạch thu hoạch lúa của xã.
2- Đánh giá kết quả tháng 8, nhiệm vụ tháng 9.
Các ý kiến tham gia:
- Đồng chí Đoàn Thị Hoa: đề nghị vận động hội phụ nữ tham gia vệ sinh kênh mương.
- Đồng chí Trịnh Văn Hậu – tổ trưởng tổ 2: tổ 2 xin làm 200 mét đường bê tông.
Đồng chí chủ trì kết luận: giao tổ 2 làm đường bê tông trước ngày 30/9/2024.
Chi bộ biểu quyết: 12/12 đồng chí tán thành.
Biên bản kết thúc vào lúc 21 giờ 15 phút cùng ngày.`;

describe("minutes in the usual layout", () => {
  it("reads every section", () => {
    const e = extractMeeting(MINUTES);
    expect(e.date).toBe("2024-09-05");
    expect([e.startTime, e.endTime]).toEqual(["19:30", "21:15"]);
    expect(e.attendance).toEqual({ present: 12, total: 14 });
    expect(e.roles).toMatchObject({ chair: "Phùng Văn Tư", secretary: "Đoàn Thị Hoa" });
    expect(e.minutes).toEqual({
      place: "Nhà văn hóa thôn Bắc Sơn",
      absentees: [
        { name: "Hoàng Văn Khải", reason: "đi làm ăn xa", excused: true },
        { name: "Lê Thị Mận", reason: null, excused: false },
      ],
      agenda: [
        {
          title: "Thông tin thời sự và văn bản của cấp trên",
          content: "Đồng chí Phùng Văn Tư thông tin tình hình thời sự và phổ biến kế hoạch thu hoạch lúa của xã.",
        },
        { title: "Đánh giá kết quả tháng 8, nhiệm vụ tháng 9", content: null },
      ],
      opinions: [
        { speaker: "Đoàn Thị Hoa", content: "đề nghị vận động hội phụ nữ tham gia vệ sinh kênh mương.", item: 1 },
        { speaker: "Trịnh Văn Hậu", content: "tổ 2 xin làm 200 mét đường bê tông.", item: 1 },
      ],
      conclusions: ["giao tổ 2 làm đường bê tông trước ngày 30/9/2024."],
      vote: { for: 12, against: 0, abstain: 0 },
      structured: true,
    });
  });
});
