import { describe, expect, it } from "vitest";
import { extractionSchema } from "../types";
import { extractMeeting } from "./extract-meeting";

const MINUTES = `ĐẢNG BỘ PHƯỜNG AN BÌNH
CHI BỘ KHU PHỐ 4

BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024

Hôm nay, vào lúc 19 giờ 30 phút, ngày 05 tháng 3 năm 2024, tại nhà văn hóa khu phố 4, Chi bộ Khu phố 4 tiến hành sinh hoạt thường kỳ.
Tổng số đảng viên của chi bộ: 25 đồng chí, có mặt: 22 đồng chí, vắng 3 đồng chí có lý do.
Chủ trì: đồng chí Lê Văn Hòa – Bí thư Chi bộ. Thư ký: đồng chí Phan Thị Nga – chi ủy viên.
Đồng chí Lê Văn Hòa thông qua báo cáo kết quả thực hiện nhiệm vụ tháng 02 và phương hướng nhiệm vụ tháng 3/2024.
Chi bộ quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.
Ý kiến: đồng chí Phan Thị Nga đề nghị tăng cường vệ sinh môi trường.`;

describe("extractMeeting", () => {
  it("reads a chi bộ's minutes", () => {
    const e = extractMeeting(MINUTES);
    expect(extractionSchema.parse(e)).toEqual(e);
    expect(e.title).toBe("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024");
    expect(e.meetingType).toBe("THUONG_KY");
    expect(e.date).toBe("2024-03-05");
    expect(e.organization).toBe("Chi bộ Khu phố 4");
    expect(e.attendance).toEqual({ present: 22, total: 25 });
    expect(extractMeeting(MINUTES.replace("BIÊN BẢN SINH", "BIÊN BẢN\nSINH")).title).toBe(e.title);
    expect(e.people).toEqual([
      { name: "Lê Văn Hòa", titles: ["Bí thư Chi bộ"] },
      { name: "Phan Thị Nga", titles: ["chi ủy viên"] },
    ]);
    expect(e.reports).toEqual([
      {
        title: "Báo cáo kết quả thực hiện nhiệm vụ tháng 02 và phương hướng nhiệm vụ tháng 3/2024",
        presenter: "Lê Văn Hòa",
      },
    ]);
    expect(e.directives).toMatchObject([
      { kind: "KET_LUAN", number: "01", symbol: "KL/TW", date: "2021-05-18", issuer: "Bộ Chính trị" },
    ]);
  });

  it("reads a news report of a conference", () => {
    const e = extractMeeting(
      [
        "Đảng bộ xã Tân Lập sơ kết giữa nhiệm kỳ",
        "",
        "Sáng 14/7/2023, Đảng bộ xã Tân Lập tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020 – 2025. Dự hội nghị có " +
          "đồng chí Hà Minh Đức, Huyện ủy viên, Phó Chủ tịch UBND huyện.",
        "Hội nghị đã nghe các tham luận: Phát triển kinh tế vườn đồi của chi bộ thôn Đồng Tâm; Công tác dân " +
          "vận khéo của chi bộ thôn Hạ; Giữ gìn an ninh trật tự của đồng chí Tạ Văn Lực.",
        "Có 45/52 đảng viên tham dự.",
      ].join("\n"),
    );
    expect(e.title).toBe("Đảng bộ xã Tân Lập sơ kết giữa nhiệm kỳ");
    expect(e.meetingType).toBe("SO_KET");
    expect(e.date).toBe("2023-07-14");
    expect(e.attendance).toEqual({ present: 45, total: 52 });
    expect(e.people[0]).toEqual({ name: "Hà Minh Đức", titles: ["Huyện ủy viên", "Phó Chủ tịch UBND huyện"] });
    expect(e.speeches).toEqual([
      { title: "Phát triển kinh tế vườn đồi", speaker: null, unit: "Chi bộ thôn Đồng Tâm" },
      { title: "Công tác dân vận khéo", speaker: null, unit: "Chi bộ thôn Hạ" },
      { title: "Giữ gìn an ninh trật tự", speaker: "Tạ Văn Lực", unit: null },
    ]);
  });

  it("reads a speech given by a named member", () => {
    const e = extractMeeting(
      "Tại hội nghị, đồng chí Mai Anh Tú – Phó Bí thư Đoàn trường tham luận về “Thanh niên với chuyển đổi số”.",
    );
    expect(e.speeches).toEqual([{ title: "Thanh niên với chuyển đổi số", speaker: "Mai Anh Tú", unit: null }]);
    // The opening speech is not a speech in this sense.
    expect(extractMeeting("Phát biểu khai mạc, đồng chí Mai Anh Tú nhấn mạnh vai trò của chi bộ.").speeches).toEqual(
      [],
    );
  });

  it("classifies meetings by their words", () => {
    const kind = (t: string) => extractMeeting(t).meetingType;
    expect(kind("Chi bộ 2 tổ chức sinh hoạt chuyên đề quý II.")).toBe("CHUYEN_DE");
    expect(kind("Đảng ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.")).toBe("TONG_KET");
    expect(kind("Chi bộ tổ chức Đại hội Chi bộ nhiệm kỳ 2025 – 2027.")).toBe("DAI_HOI");
    expect(kind("Đảng ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII.")).toBe(
      "HOC_TAP_QUAN_TRIET",
    );
    expect(kind("Chi bộ tổ chức kiểm điểm tập thể, cá nhân năm 2023.")).toBe("KIEM_DIEM");
    expect(kind("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 bàn về kinh tế.")).toBe("HOI_NGHI_CAP_UY");
    expect(kind("Buổi gặp mặt cán bộ hưu trí.")).toBe("KHAC");
  });

  it("returns NFC strings and nulls for what the text does not state", () => {
    const e = extractMeeting("Chỉ thị 05-CT/TW của Bộ Chính trị".normalize("NFD"));
    expect(e.directives[0].issuer).toBe("Bộ Chính trị");
    expect(e.directives[0].raw).toBe("Chỉ thị 05-CT/TW của Bộ Chính trị");
    expect(e.title).toBeNull();
    expect(e.date).toBeNull();
    expect(e.attendance).toBeNull();
    expect(extractMeeting("")).toMatchObject({ people: [], directives: [], meetingType: "KHAC" });
  });
});
