// Chair, secretary, presenters and guests kept apart; short texts of our own writing.
import { describe, expect, it } from "vitest";
import { extractMeeting } from "./extract-meeting";

const rolesOf = (text: string) => extractMeeting(text).roles;

describe("roles", () => {
  it.each([
    [
      "a minutes header",
      "Chủ trì: đồng chí Lương Văn Tấn – Bí thư Chi bộ.\nThư ký: đồng chí Đỗ Thị Hạnh – đảng viên.",
      { chair: "Lương Văn Tấn", secretary: "Đỗ Thị Hạnh", presenters: [], guests: [] },
    ],
    [
      "a chair who also presents is neither twice nor a guest",
      "Đồng chí Phạm Quốc Việt – Bí thư Chi bộ chủ trì và trình bày báo cáo công tác quý I. Về dự có đồng chí Kiều " +
        "Văn Hào – Phó Bí thư Đảng ủy.",
      { chair: "Phạm Quốc Việt", secretary: null, presenters: ["Phạm Quốc Việt"], guests: ["Kiều Văn Hào"] },
    ],
    [
      "a chair named after the meeting",
      "Hội nghị do đồng chí Đinh Công Sơn – Bí thư Đảng ủy chủ trì. Đồng chí Vi Thị Lan làm thư ký hội nghị.",
      { chair: "Đinh Công Sơn", secretary: "Vi Thị Lan", presenters: [], guests: [] },
    ],
    [
      "dưới sự chủ trì của",
      "Buổi sinh hoạt diễn ra dưới sự chủ trì của đồng chí Hà Văn Nam, Bí thư Chi bộ.",
      { chair: "Hà Văn Nam", secretary: null, presenters: [], guests: [] },
    ],
    [
      "a guest who attends and directs",
      "Đồng chí Cao Minh Trí, Ủy viên Ban Thường vụ Huyện ủy dự và chỉ đạo hội nghị. Đồng chí Lò Văn Thuận quán " +
        "triệt Nghị quyết của Đảng ủy xã.",
      { chair: null, secretary: null, presenters: ["Lò Văn Thuận"], guests: ["Cao Minh Trí"] },
    ],
    [
      "invited delegates",
      "Tới dự có các đại biểu: đồng chí Mạc Văn Lực – Chủ tịch Hội Cựu chiến binh; đồng chí Ninh Thị Bảy – Bí thư " +
        "Đoàn xã. Đồng chí Ninh Thị Bảy phát biểu ý kiến.",
      { chair: null, secretary: null, presenters: [], guests: ["Mạc Văn Lực", "Ninh Thị Bảy"] },
    ],
    [
      "the opener chairs when no chair is named",
      "Phát biểu khai mạc, đồng chí Tống Văn Hiệp – Bí thư Chi bộ nêu mục đích buổi sinh hoạt.",
      { chair: "Tống Văn Hiệp", secretary: null, presenters: [], guests: [] },
    ],
    [
      "a lecturer presents",
      "Lớp học được tổ chức với sự tham dự và giảng dạy của Giảng viên Thạc sĩ Âu Văn Định.",
      { chair: null, secretary: null, presenters: ["Âu Văn Định"], guests: [] },
    ],
  ])("%s", (_, text, roles) => {
    expect(rolesOf(text)).toEqual(roles);
  });
});
