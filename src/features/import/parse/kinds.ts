/**
 * The kind of meeting (MeetingKind), from the words of the headline and the lead sentence first,
 * then from the whole text.
 */
import type { MeetingType } from "../types";

interface KindRule {
  kind: MeetingType;
  re: RegExp;
}

/** Strong words: each names one kind. Checked in order on the headline, then the lead, then all. */
const RULES: readonly KindRule[] = [
  { kind: "CHUYEN_DE", re: /(?<![\p{L}])chuyên\s+đề(?![\p{L}])/u },
  { kind: "SO_KET", re: /(?<![\p{L}])sơ\s+kết(?![\p{L}])/u },
  { kind: "TONG_KET", re: /(?<![\p{L}])tổng\s+kết(?![\p{L}])/u },
  {
    kind: "KIEM_DIEM",
    re: new RegExp(
      String.raw`(?<![\p{L}])kiểm\s+điểm(?:\s+tự\s+phê\s+bình)?(?![\p{L}])|` +
        String.raw`(?<![\p{L}])đánh\s+giá,?\s+xếp\s+loại\s+(?:chất\s+lượng\s+)?(?:đảng\s+viên|tổ\s+chức\s+đảng)`,
      "u",
    ),
  },
  {
    kind: "HOC_TAP_QUAN_TRIET",
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:quán\s+triệt|(?:nghiên\s+cứu,?\s+)?học\s+tập,?\s+(?:quán\s+triệt|nghị\s+quyết)|` +
        String.raw`tổ\s+chức\s+học\s+(?:tập\s+)?(?:nghị\s+quyết|chỉ\s+thị|kết\s+luận))(?![\p{L}])`,
      "u",
    ),
  },
  {
    kind: "DAI_HOI",
    re: new RegExp(
      String.raw`(?:tổ\s+chức|khai\s+mạc|diễn\s+ra|bế\s+mạc|` +
        String.raw`tiến\s+hành)\s+(?:thành\s+công\s+)?đại\s+hội(?!\s+(?:đảng\s+)?(?:toàn\s+quốc|` +
        String.raw`lần\s+thứ\s+[ivxlc]+\s+của\s+đảng))|^đại\s+hội\s+(?:đại\s+biểu\s+)?(?:chi\s+bộ|đảng\s+bộ)|` +
        String.raw`(?<![\p{L}])phiên\s+(?:trù\s+bị|chính\s+thức)(?![\p{L}])`,
      "mu",
    ),
  },
  {
    kind: "HOI_NGHI_CAP_UY",
    re: new RegExp(
      String.raw`hội\s+nghị\s+(?:lần\s+thứ\s+\p{L}+\s+)?(?:ban\s+chấp\s+hành|ban\s+thường\s+vụ|bch|btv|cấp\s+ủy|` +
        String.raw`đảng\s+ủy|chi\s+ủy|huyện\s+ủy|tỉnh\s+ủy|thành\s+ủy)(?![\p{L}])`,
      "u",
    ),
  },
  {
    kind: "THUONG_KY",
    re: /(?<![\p{L}])(?:thường\s+kỳ|thường\s+kì|định\s+kỳ|định\s+kì|sinh\s+hoạt\s+chi\s+bộ\s+(?:tháng|hằng\s+tháng|hàng\s+tháng))(?![\p{L}])/u,
  },
];

/** A chi bộ "sinh hoạt" held to carry out one cited document is a thematic meeting. */
const SINH_HOAT = /(?<![\p{L}])sinh\s+hoạt(?![\p{L}])/u;
const CARRYING_OUT = /(?:^|\n)\s*(?:thực\s+hiện|triển\s+khai|căn\s+cứ)(?![\p{L}])/u;

function firstRule(text: string): MeetingType | null {
  let best: { kind: MeetingType; at: number } | null = null;
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (m && (best === null || m.index < best.at)) best = { kind: rule.kind, at: m.index };
  }
  return best?.kind ?? null;
}

/**
 * @param title lower-case key of the headline (or "")
 * @param lead lower-case key of the lead paragraph (the sentence that says who held what)
 * @param all lower-case key of the whole text
 */
export function classifyMeeting(title: string, lead: string, all: string, citesDocuments: boolean): MeetingType {
  const fromTitle = firstRule(title);
  if (fromTitle) return fromTitle;
  const fromLead = firstRule(lead);
  if (fromLead) return fromLead;
  // Rules in priority order over the whole text (the first kind of RULES that occurs).
  for (const rule of RULES) if (rule.re.test(all)) return rule.kind;
  if (SINH_HOAT.test(lead || all) && citesDocuments && CARRYING_OUT.test(all)) return "CHUYEN_DE";
  if (SINH_HOAT.test(all)) return "THUONG_KY";
  return "KHAC";
}
