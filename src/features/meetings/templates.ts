/** Starting agendas per kind of meeting (HD 12-HD/BTCTW; domain.md §2.2–2.3). Pure. */
import type { MeetingKind } from "@/lib/enums";
import { meetingKindLabels } from "@/lib/vi/labels";

export interface MeetingTemplate {
  titlePrefix: string;
  agenda: string[];
}

const OPENING = "Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu; cử thư ký; báo cáo số lượng đảng viên dự họp";
const CLOSING = "Chủ trì kết luận; biểu quyết thông qua nghị quyết (kết luận); thông qua biên bản";

export const TEMPLATES: Record<MeetingKind, MeetingTemplate> = {
  THUONG_KY: {
    titlePrefix: "Sinh hoạt chi bộ thường kỳ",
    agenda: [
      OPENING,
      "Thông tin thời sự, chủ trương, chính sách mới; văn bản của cấp trên (ghi rõ tên văn bản)",
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05-CT/TW)",
      "Kiểm điểm việc thực hiện nhiệm vụ tháng trước; tình hình tư tưởng đảng viên và quần chúng",
      "Nhiệm vụ tháng tới và phân công đảng viên thực hiện",
      "Công tác xây dựng Đảng (kết nạp, chuyển chính thức, giới thiệu quần chúng ưu tú)",
      CLOSING,
    ],
  },
  CHUYEN_DE: {
    titlePrefix: "Sinh hoạt chuyên đề",
    agenda: [
      OPENING,
      "Trình bày dự thảo báo cáo chuyên đề",
      "Đảng viên thảo luận, liên hệ thực tiễn của đơn vị",
      "Người trình bày tiếp thu, hoàn thiện chuyên đề",
      CLOSING,
    ],
  },
  SO_KET: {
    titlePrefix: "Hội nghị sơ kết",
    agenda: [
      OPENING,
      "Báo cáo sơ kết và phương hướng nhiệm vụ thời gian tới",
      "Tham luận, ý kiến thảo luận",
      "Phát biểu chỉ đạo (nếu có)",
      CLOSING,
    ],
  },
  TONG_KET: {
    titlePrefix: "Hội nghị tổng kết",
    agenda: [
      OPENING,
      "Báo cáo tổng kết và phương hướng nhiệm vụ",
      "Tham luận, ý kiến thảo luận",
      "Khen thưởng (nếu có)",
      "Phát biểu chỉ đạo (nếu có)",
      CLOSING,
    ],
  },
  DAI_HOI: {
    titlePrefix: "Đại hội",
    agenda: [
      OPENING,
      "Bầu đoàn chủ tịch, thư ký đại hội; thông qua chương trình, quy chế làm việc",
      "Báo cáo chính trị; báo cáo kiểm điểm của cấp ủy",
      "Thảo luận các văn kiện",
      "Bầu cử",
      "Thông qua nghị quyết đại hội",
      CLOSING,
    ],
  },
  HOC_TAP_QUAN_TRIET: {
    titlePrefix: "Hội nghị học tập, quán triệt",
    agenda: [
      OPENING,
      "Quán triệt nội dung văn bản (ghi rõ số, ký hiệu, ngày, cơ quan ban hành)",
      "Thảo luận, liên hệ thực tiễn",
      "Xây dựng chương trình, kế hoạch thực hiện",
      CLOSING,
    ],
  },
  KIEM_DIEM: {
    titlePrefix: "Hội nghị kiểm điểm, đánh giá, xếp loại",
    agenda: [
      OPENING,
      "Đảng viên trình bày bản kiểm điểm",
      "Góp ý, phê bình",
      "Đề xuất mức xếp loại; biểu quyết",
      CLOSING,
    ],
  },
  HOI_NGHI_CAP_UY: {
    titlePrefix: "Hội nghị cấp ủy",
    agenda: [OPENING, "Nội dung trình hội nghị", "Thảo luận", CLOSING],
  },
  KHAC: { titlePrefix: meetingKindLabels.KHAC, agenda: [OPENING, "Nội dung cuộc họp", CLOSING] },
};
