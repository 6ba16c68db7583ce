/**
 * The kind of meeting (MeetingKind) from the weight of evidence: every phrase that names a kind
 * counts, more in the headline than in the opening and more in the opening than further on; a
 * phrase that names another meeting (the congress being prepared, "nghị quyết đại hội", "giữa
 * nhiệm kỳ đại hội") or that stands inside a cited document's name does not count. The phrases
 * that decided are returned with the kind, for the preview.
 */
import type { Span } from "@/lib/vi/text";
import type { KindEvidence, MeetingType } from "../types";

interface Cue {
  kind: MeetingType;
  re: RegExp;
}

const W = (s: string) => String.raw`(?<![\p{L}])(?:${s})(?![\p{L}])`;

/** Phrases that each name one kind. */
const CUES: readonly Cue[] = [
  { kind: "CHUYEN_DE", re: new RegExp(W(String.raw`(?:sinh\s+hoạt\s+)?chuyên\s+đề`), "gu") },
  { kind: "SO_KET", re: new RegExp(W(String.raw`(?:hội\s+nghị\s+)?sơ\s+kết`), "gu") },
  { kind: "TONG_KET", re: new RegExp(W(String.raw`(?:hội\s+nghị\s+)?tổng\s+kết`), "gu") },
  {
    kind: "KIEM_DIEM",
    re: new RegExp(
      W(
        String.raw`kiểm\s+điểm(?:\s+tự\s+phê\s+bình)?|tự\s+phê\s+bình\s+và\s+phê\s+bình|` +
          String.raw`đánh\s+giá,?\s+xếp\s+loại\s+(?:chất\s+lượng\s+)?(?:đảng\s+viên|tổ\s+chức\s+đảng|tập\s+thể)`,
      ),
      "gu",
    ),
  },
  {
    kind: "HOC_TAP_QUAN_TRIET",
    re: new RegExp(
      W(
        String.raw`quán\s+triệt|(?:nghiên\s+cứu,?\s+)?học\s+tập,?\s+(?:quán\s+triệt|nghị\s+quyết)|` +
          String.raw`(?:tổ\s+chức\s+)?học\s+(?:tập\s+)?(?:nghị\s+quyết|chỉ\s+thị|kết\s+luận)|triển\s+khai\s+(?:học\s+tập\s+)?nghị\s+quyết`,
      ),
      "gu",
    ),
  },
  {
    kind: "DAI_HOI",
    re: new RegExp(
      String.raw`(?:(?:tổ\s+chức|khai\s+mạc|diễn\s+ra|bế\s+mạc|tiến\s+hành)\s+(?:thành\s+công\s+)?)?đại\s+hội` +
        String.raw`(?:\s+đại\s+biểu)?\s+(?:lần\s+thứ\s+[ivxlc\d]+\s+)?(?:chi\s+bộ|đảng\s+bộ)(?!\s+(?:toàn\s+quốc))|` +
        String.raw`(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|tiến\s+hành)\s+(?:thành\s+công\s+)?đại\s+hội(?!\s+(?:đảng\s+)?(?:toàn\s+quốc|` +
        String.raw`(?:đại\s+biểu\s+)?lần\s+thứ\s+[ivxlc]+\s+của\s+đảng|[ivxlc]+\s+của\s+đảng))|` +
        W(String.raw`phiên\s+(?:trù\s+bị|chính\s+thức)|đại\s+hội\s+điểm`),
      "gu",
    ),
  },
  {
    kind: "HOI_NGHI_CAP_UY",
    re: new RegExp(
      String.raw`hội\s+nghị\s+(?:lần\s+thứ\s+[\p{L}\d]+\s+)?(?:ban\s+chấp\s+hành|ban\s+thường\s+vụ|bch|btv|cấp\s+ủy|` +
        String.raw`đảng\s+ủy|chi\s+ủy|huyện\s+ủy|tỉnh\s+ủy|thành\s+ủy|quận\s+ủy|thị\s+ủy)(?![\p{L}])`,
      "gu",
    ),
  },
  {
    kind: "THUONG_KY",
    re: new RegExp(
      W(
        String.raw`thường\s+kỳ|thường\s+kì|định\s+kỳ|định\s+kì|sinh\s+hoạt\s+chi\s+bộ\s+(?:tháng|hằng\s+tháng|hàng\s+tháng)|` +
          String.raw`họp\s+chi\s+bộ\s+tháng`,
      ),
      "gu",
    ),
  },
];

/**
 * Just before a phrase: it names a meeting other than this one (the congress being prepared or
 * whose resolution is studied, the term of a past congress) or a document.
 */
const OTHER_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:chuẩn\s+bị|tiến\s+tới|hướng\s+tới|chào\s+mừng|nghị\s+quyết|văn\s+kiện|kết\s+quả|sau|trước|` +
    String.raw`nhiệm\s+kỳ|giữa\s+nhiệm\s+kỳ|dự\s+thảo|trình|kế\s+hoạch|hướng\s+dẫn|phục\s+vụ|tham\s+gia\s+ý\s+kiến)` +
    String.raw`(?:\s+(?:công\s+tác|cho|việc|tổ\s+chức|các|của|tiến\s+tới))*\s*$`,
  "u",
);

const WEIGHT = { title: 4, opening: 3, body: 1 } as const;
/** Further on, a kind's phrases add up to at most this much. */
const BODY_CAP = 3;

/** A chi bộ "sinh hoạt" held to carry out one cited document is a thematic meeting. */
const SINH_HOAT = /(?<![\p{L}])sinh\s+hoạt(?![\p{L}])/u;
const CARRYING_OUT = /(?:^|\n)\s*(?:thực\s+hiện|triển\s+khai|căn\s+cứ)(?![\p{L}])/u;

export interface KindDecision {
  kind: MeetingType;
  evidence: KindEvidence[];
}

export interface KindInput {
  /** The text as written and its lower-case key (same length). */
  text: string;
  key: string;
  headline: Span | null;
  /** The opening: the lead paragraph(s) that say who held what. */
  opening: readonly Span[];
  /** Cited documents' names: their words say nothing of this meeting's kind. */
  excluded: readonly Span[];
  citesDocuments: boolean;
}

type Found = KindEvidence & { at: number };

const inside = (pos: number, s: Span | null) => s !== null && pos >= s.start && pos < s.end;

/** Every phrase naming a kind, with where it stands and its weight (0 when it names another meeting). */
function findEvidence(x: KindInput): Found[] {
  const out: Found[] = [];
  for (const cue of CUES) {
    for (const m of x.key.matchAll(cue.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (x.excluded.some((s) => start < s.end && s.start < end)) continue;
      const where = inside(start, x.headline) ? "title" : x.opening.some((s) => inside(start, s)) ? "opening" : "body";
      const before = x.key.slice(Math.max(0, start - 50), start);
      if (OTHER_MEETING.test(before)) continue;
      out.push({ kind: cue.kind, phrase: x.text.slice(start, end), where, weight: WEIGHT[where], at: start });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export function classifyMeeting(x: KindInput): KindDecision {
  const evidence = findEvidence(x);
  // Per kind: the headline and the opening count once each; every other phrase adds 1, up to BODY_CAP.
  const totals = new Map<MeetingType, { title: number; opening: number; body: number; first: number }>();
  for (const e of evidence) {
    const t = totals.get(e.kind) ?? { title: 0, opening: 0, body: 0, first: e.at };
    if (e.where !== "body" && t[e.where] === 0) t[e.where] = e.weight;
    else {
      e.weight = Math.max(0, Math.min(WEIGHT.body, BODY_CAP - t.body));
      t.body += e.weight;
    }
    totals.set(e.kind, t);
  }
  let best: { kind: MeetingType; score: number; first: number } | null = null;
  for (const [kind, t] of totals) {
    const score = t.title + t.opening + t.body;
    if (best === null || score > best.score || (score === best.score && t.first < best.first))
      best = { kind, score, first: t.first };
  }
  if (best) {
    const kind = best.kind;
    return { kind, evidence: evidence.filter((e) => e.kind === kind).map(({ at: _, ...e }) => e) };
  }

  const opening = x.opening.map((s) => x.key.slice(s.start, s.end)).join("\n");
  const sinhHoat = (opening ? SINH_HOAT.exec(opening) : null) ?? SINH_HOAT.exec(x.key);
  if (sinhHoat) {
    const phrase: KindEvidence = {
      kind: "THUONG_KY",
      phrase: x.text.slice(sinhHoat.index, sinhHoat.index + sinhHoat[0].length),
      where: opening && SINH_HOAT.test(opening) ? "opening" : "body",
      weight: 0,
    };
    if (x.citesDocuments && CARRYING_OUT.test(x.key)) {
      const carrying = CARRYING_OUT.exec(x.key);
      const word = carrying ? x.text.slice(carrying.index, carrying.index + carrying[0].length).trim() : "thực hiện";
      return {
        kind: "CHUYEN_DE",
        evidence: [
          { ...phrase, kind: "CHUYEN_DE" },
          { kind: "CHUYEN_DE", phrase: `${word} … (văn bản được trích dẫn)`, where: "body", weight: 0 },
        ],
      };
    }
    return { kind: "THUONG_KY", evidence: [phrase] };
  }
  return { kind: "KHAC", evidence: [] };
}
