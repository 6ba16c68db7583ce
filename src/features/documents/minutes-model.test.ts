import { describe, expect, it } from "vitest";
import type { AttendanceEntry, MeetingDetail } from "@/features/meetings/dto";
import { computeVote, eligibleVoters, summarizeAttendance } from "@/features/meetings/rules";
import {
  blockText,
  breakHeaderLines,
  buildMinutesModel,
  citeDirective,
  DEFAULT_MARGINS,
  type MinutesDocModel,
} from "./minutes-model";
import { contentDisposition } from "./content-disposition";

let seq = 0;
const id = () => `id${++seq}`;

function member(name: string, over: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return {
    id: id(),
    memberId: id(),
    name,
    title: null,
    status: "PRESENT",
    category: "OFFICIAL",
    memberStatus: "ACTIVE",
    reason: null,
    ...over,
  };
}

function meeting(
  over: Partial<MeetingDetail> & {
    entries?: AttendanceEntry[];
    votes?: Array<{ title: string; for: number; against: number; abstain: number }>;
  },
): MeetingDetail {
  const entries = over.entries ?? [];
  const base: MeetingDetail = {
    id: "m1",
    kind: "SO_KET",
    title:
      "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
    summary: "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm 2023",
    number: "12-BB/ĐU",
    status: "APPROVED",
    version: 1,
    unit: {
      id: "u1",
      name: "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên",
      kind: "DANG_BO_CO_SO",
      parentId: null,
      path: "/u1/",
      place: "Hưng Yên",
      parentName: null,
    },
    // 08:00 and 11:00 in Việt Nam (UTC+7)
    startsAt: "2023-07-26T01:00:00.000Z",
    endsAt: "2023-07-26T04:00:00.000Z",
    place: "Hội trường nhà trường",
    chair: { memberId: "c", name: "Trần Thanh Liêm", title: "Bí thư Đảng ủy, Hiệu trưởng nhà trường" },
    secretary: { memberId: "s", name: "Nguyễn Thị Thu Hà", title: "Chi ủy viên" },
    combined: false,
    opening: null,
    closing:
      "Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày. Biên bản đã được đọc lại trước hội nghị và được nhất trí thông qua.",
    rating: null,
    attendance: { entries, summary: summarizeAttendance(entries), eligibleVoters: eligibleVoters(entries) },
    agenda: [],
    reports: [],
    speeches: [],
    directives: [],
    conclusions: [],
    resolutions: (over.votes ?? []).map((v) => ({
      id: id(),
      title: v.title,
      content: null,
      vote: computeVote(v, entries),
    })),
    tasks: [],
    approval: {
      approvedAt: "2023-07-26T04:00:00.000Z",
      approvedBy: null,
      minutesVote: { for: 3, against: 0, abstain: 0 },
    },
    current: {},
    imported: null,
    createdAt: "2023-07-26T04:00:00.000Z",
    updatedAt: "2023-07-26T04:00:00.000Z",
  };
  const { entries: _e, votes: _v, ...rest } = over;
  return { ...base, ...rest };
}

const schoolEntries = () => [
  member("Trần Thanh Liêm"),
  member("Nguyễn Thị Thu Hà"),
  member("Lê Văn Thắng", { status: "LATE" }),
  member("Đỗ Thị Hằng", { category: "PROBATIONARY" }),
  member("Bùi Văn Khánh", { status: "ABSENT_EXCUSED", memberStatus: "EXEMPT", reason: "Đảng viên miễn sinh hoạt" }),
  member("Mai Xuân Trường", { status: "ABSENT_EXCUSED", reason: "Đi học tập trung" }),
  member("Tạ Thị Yến", { status: "ABSENT_UNEXCUSED" }),
  {
    ...member("Nguyễn Văn Phong", { status: "GUEST", category: null, memberStatus: null }),
    memberId: null,
    title: "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy",
  },
];

function school(over: Partial<MeetingDetail> = {}) {
  return meeting({
    entries: schoolEntries(),
    votes: [{ title: "Thông qua phương hướng, nhiệm vụ 6 tháng cuối năm 2023", for: 3, against: 0, abstain: 0 }],
    ...over,
  });
}

const schoolOpts = {
  superior: null,
  issuer: "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên",
  numberSymbol: "12-BB/ĐU",
  place: "Hưng Yên",
};

function bodyText(model: MinutesDocModel): string[] {
  return model.body.map(blockText);
}

describe("buildMinutesModel: header per HD 36", () => {
  it("writes the exact header lines of the school conference", () => {
    const model = buildMinutesModel(school(), schoolOpts);
    expect(model.header.superior).toBeNull();
    expect(model.header.issuer.text).toBe("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN");
    expect(model.header.issuer.lines).toEqual(["ĐẢNG BỘ TRƯỜNG CAO ĐẲNG", "KINH TẾ – KỸ THUẬT", "TÔ HIỆU HƯNG YÊN"]);
    expect(model.header.issuer).toMatchObject({ sizePt: 14, bold: true, italic: false });
    expect(model.header.star.text).toBe("*");
    expect(model.header.number.text).toBe("Số 12-BB/ĐU");
    expect(model.header.heading).toMatchObject({ text: "ĐẢNG CỘNG SẢN VIỆT NAM", sizePt: 15, bold: true });
    expect(model.header.headingRule.widthMm).toBeGreaterThan(60);
    expect(model.header.placeDate).toMatchObject({
      text: "Hưng Yên, ngày 26 tháng 7 năm 2023",
      sizePt: 14,
      italic: true,
      bold: false,
    });
    expect(model.title.type).toMatchObject({ text: "BIÊN BẢN", bold: true });
    expect(model.title.summary.text).toBe(
      "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm 2023",
    );
    expect(model.draftMark).toBeNull();
  });

  it("writes the superior body upright and the Khối's date line with HD 36 leading zeros where due", () => {
    const khoi = meeting({
      unit: {
        id: "k",
        name: "Đảng bộ Khối các trường Đại học, Cao đẳng",
        kind: "DANG_BO",
        parentId: null,
        path: "/k/",
        place: "Hà Nội",
        parentName: null,
      },
      startsAt: "2018-04-27T01:00:00.000Z",
      endsAt: "2018-04-27T04:30:00.000Z",
      number: "05-BB/ĐUK",
    });
    const model = buildMinutesModel(khoi, {
      superior: "Đảng bộ thành phố Hà Nội",
      issuer: khoi.unit.name,
      numberSymbol: "05-BB/ĐUK",
      place: "Hà Nội",
    });
    expect(model.header.superior).toMatchObject({ text: "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", bold: false, sizePt: 14 });
    expect(model.header.issuer.text).toBe("ĐẢNG BỘ KHỐI CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG");
    expect(model.header.issuer.lines).toEqual(["ĐẢNG BỘ KHỐI CÁC TRƯỜNG", "ĐẠI HỌC, CAO ĐẲNG"]);
    expect(model.header.number.text).toBe("Số 05-BB/ĐUK");
    expect(model.header.placeDate.text).toBe("Hà Nội, ngày 27 tháng 4 năm 2018");
    expect(bodyText(model)).toContain("Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày.");

    const jan = buildMinutesModel(meeting({ startsAt: "2024-01-04T07:00:00.000Z", endsAt: null }), {
      ...schoolOpts,
      place: "Hạ Long",
    });
    expect(jan.header.placeDate.text).toBe("Hạ Long, ngày 04 tháng 01 năm 2024");
  });

  it("uses the Việt Nam calendar day, not the machine's", () => {
    // 23:30 on 31/12/2023 in Việt Nam is still 31 December there.
    const late = buildMinutesModel(meeting({ startsAt: "2023-12-31T16:30:00.000Z", endsAt: null }), schoolOpts);
    expect(late.header.placeDate.text).toBe("Hưng Yên, ngày 31 tháng 12 năm 2023");
    expect(bodyText(late)[0]).toMatch(/^Vào hồi 23 giờ 30 ngày 31 tháng 12 năm 2023, tại /);
  });

  it("breaks long header lines at balanced word boundaries, never beside a dash", () => {
    expect(breakHeaderLines("Chi bộ Đào tạo")).toEqual(["CHI BỘ ĐÀO TẠO"]);
    for (const lines of [
      breakHeaderLines("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên"),
      breakHeaderLines("Chi bộ Tổ chức – Hành chính Đảng bộ cơ quan Ủy ban nhân dân"),
    ]) {
      for (const l of lines) {
        expect(l.length).toBeLessThanOrEqual(24);
        expect(l).not.toMatch(/^–|–$/);
      }
    }
    expect(breakHeaderLines("Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên").join(" ")).toBe(
      "ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN",
    );
  });

  it("marks drafts, keeps margins configurable (default 20/20/30/15 mm) and NFC-normalises", () => {
    const decomposed = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên".normalize("NFD");
    const model = buildMinutesModel(school({ status: "DRAFT" }), {
      ...schoolOpts,
      issuer: decomposed,
      margins: { left: 35, top: 25 },
    });
    expect(model.header.issuer.text).toBe("ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KINH TẾ – KỸ THUẬT TÔ HIỆU HƯNG YÊN");
    expect(model.draftMark?.text).toBe("DỰ THẢO");
    expect(model.page.margins).toEqual({ top: 25, bottom: 20, left: 35, right: 15 });
    expect(buildMinutesModel(school(), schoolOpts).page.margins).toEqual(DEFAULT_MARGINS);
    expect(DEFAULT_MARGINS).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(model.page).toMatchObject({ size: "A4", widthMm: 210, heightMm: 297 });
    expect(model.font).toMatchObject({ family: "Times New Roman", embedded: "Tinos", bodySizePt: 14 });
  });
});

describe("buildMinutesModel: body", () => {
  it("opens with time and place and counts attendance, naming absentees with reasons and guests with titles", () => {
    const text = bodyText(buildMinutesModel(school(), schoolOpts));
    expect(text[0]).toBe(
      "Vào hồi 8 giờ 00 ngày 26 tháng 7 năm 2023, tại Hội trường nhà trường, Đảng bộ trường Cao đẳng Kinh " +
        "tế – Kỹ thuật Tô Hiệu Hưng Yên tiến hành Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và " +
        "phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023.",
    );
    expect(text).toContain("I. THÀNH PHẦN THAM DỰ");
    expect(text).toContain("- Đồng chí Nguyễn Văn Phong, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy.");
    expect(text).toContain(
      "- Tổng số đảng viên được triệu tập: 7 đồng chí (chính thức: 6; dự bị: 1); miễn sinh hoạt: 1 đồng chí.",
    );
    expect(text).toContain("- Có mặt: 4/7 đồng chí (chính thức: 3; dự bị: 1).");
    expect(text).toContain("- Đến muộn: đồng chí Lê Văn Thắng.");
    expect(text).toContain("- Vắng mặt: 3 đồng chí (có lý do: 2; không có lý do: 1).");
    expect(text).toContain(
      "Vắng có lý do: đồng chí Bùi Văn Khánh (đảng viên miễn sinh hoạt); đồng chí Mai Xuân Trường (đi học tập trung).",
    );
    expect(text).toContain("Vắng không có lý do: đồng chí Tạ Thị Yến.");
    expect(text).toContain("- Số đảng viên chính thức có quyền biểu quyết: 4 đồng chí.");
    expect(text).toContain("Đồng chí Trần Thanh Liêm, Bí thư Đảng ủy, Hiệu trưởng nhà trường.");
    expect(text).toContain("Đồng chí Nguyễn Thị Thu Hà, Chi ủy viên.");
  });

  it("puts the sections in the order of a real biên bản and the closing time last", () => {
    const m = school({
      opening: "Đồng chí Bí thư khai mạc hội nghị.",
      agenda: [{ id: "a1", title: "Báo cáo sơ kết", content: null }],
      reports: [
        {
          id: "r1",
          title: "Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023",
          presenter: { memberId: "x", name: "Đào Hồng Ngọc", title: "Phó Bí thư Đảng ủy" },
          content: "Kết quả: tốt.\nHạn chế: tuyển sinh khó khăn.",
        },
      ],
      speeches: [
        {
          id: "s1",
          kind: "THAM_LUAN",
          title: "Công tác phát triển Đảng",
          speaker: null,
          unit: { id: "u3", name: "Chi bộ Đào tạo" },
          content: null,
        },
        {
          id: "s2",
          kind: "Y_KIEN",
          title: null,
          speaker: { memberId: "y", name: "Phạm Thị Lan", title: null },
          unit: null,
          content: "Đề nghị hoàn thiện hồ sơ",
        },
        {
          id: "s3",
          kind: "KET_LUAN",
          title: null,
          speaker: { memberId: "c", name: "Trần Thanh Liêm", title: "Bí thư Đảng ủy" },
          unit: null,
          content: "Yêu cầu thực hiện nghiêm Chỉ thị 05-CT/TW",
        },
      ],
      directives: [
        {
          id: "d1",
          directiveId: "D1",
          kind: "CHI_THI",
          number: "05",
          symbol: "CT/TW",
          issuedOn: "2016-05-15",
          issuer: "Bộ Chính trị",
          term: "XII",
          plenum: null,
          congress: null,
          subject: "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          raw: "Chỉ thị 05",
          note: null,
        },
      ],
      conclusions: [{ id: "c1", content: "Hội nghị thống nhất đánh giá Đảng bộ hoàn thành tốt nhiệm vụ." }],
      tasks: [
        {
          id: "t1",
          title: "Xây dựng kế hoạch chuyển đổi số",
          owner: { memberId: "x", name: "Đào Hồng Ngọc", title: null },
          dueOn: "2023-12-31",
          status: "OPEN",
          resolutionId: null,
        },
      ],
      rating: "Tốt",
    });
    const text = bodyText(buildMinutesModel(m, schoolOpts));
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at("I. THÀNH PHẦN THAM DỰ"),
      at("3. Chủ trì"),
      at("4. Thư ký"),
      at("II. NỘI DUNG VÀ DIỄN BIẾN"),
      at("1. Khai mạc"),
      at("2. Chương trình"),
      at("3. Báo cáo"),
      at("Đồng chí Đào Hồng Ngọc, Phó Bí thư Đảng ủy trình bày Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023."),
      at("Hạn chế: tuyển sinh khó khăn."),
      at("4. Tham luận và ý kiến phát biểu"),
      at("Hội nghị nghe 1 tham luận và 1 ý kiến phát biểu:"),
      at("- Tham luận “Công tác phát triển Đảng” của Chi bộ Đào tạo."),
      at("- Đồng chí Phạm Thị Lan: Đề nghị hoàn thiện hồ sơ."),
      at("5. Phát biểu chỉ đạo, kết luận"),
      at(
        "Đồng chí Trần Thanh Liêm, Bí thư Đảng ủy phát biểu kết luận hội nghị: Yêu cầu thực hiện nghiêm Chỉ thị 05-CT/TW.",
      ),
      at("6. Văn bản được quán triệt, trích dẫn"),
      at(
        "- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
      ),
      at("III. KẾT LUẬN VÀ BIỂU QUYẾT"),
      at("Hội nghị thống nhất đánh giá Đảng bộ hoàn thành tốt nhiệm vụ."),
      at("Hội nghị biểu quyết thông qua: Thông qua phương hướng, nhiệm vụ 6 tháng cuối năm 2023."),
      at(
        "- Kết quả biểu quyết: tán thành 3; không tán thành 0; không biểu quyết 0 (trên tổng số 4 đảng viên chính thức có quyền biểu quyết).",
      ),
      at("- Thông qua: 3/4 đảng viên chính thức có quyền biểu quyết tán thành (75%), quá một nửa."),
      at("Xếp loại chất lượng hội nghị: Tốt."),
      at("IV. PHÂN CÔNG THỰC HIỆN"),
      at("- Xây dựng kế hoạch chuyển đổi số; người thực hiện: đồng chí Đào Hồng Ngọc; thời hạn: 31/12/2023."),
      at("Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày."),
      at("Biên bản được thông qua lúc 11 giờ 00 ngày 26 tháng 7 năm 2023, với 3/4 đồng chí tán thành."),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // the typed closing sentences about the end time and the adoption are not repeated
    expect(text.filter((t) => /kết thúc/.test(t))).toHaveLength(1);
    expect(text.filter((t) => /Biên bản .*thông qua/.test(t))).toHaveLength(1);
  });

  it("explains a failed vote and states the minutes vote when the closing text does not", () => {
    const m = meeting({ entries: schoolEntries(), closing: null });
    const failing = meeting({
      entries: schoolEntries(),
      votes: [{ title: "Thông qua nghị quyết", for: 2, against: 1, abstain: 0 }],
      closing: null,
    });
    const text = bodyText(buildMinutesModel(failing, schoolOpts));
    expect(text).toContain(
      "- Không thông qua: 2/4 đảng viên chính thức có quyền biểu quyết tán thành (50%), chưa quá một nửa (cần ít nhất 3).",
    );
    expect(text.at(-2)).toBe("Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày.");
    expect(text.at(-1)).toBe(
      "Biên bản được thông qua lúc 11 giờ 00 ngày 26 tháng 7 năm 2023, với 3/4 đồng chí tán thành.",
    );
    expect(bodyText(buildMinutesModel(m, schoolOpts))).not.toContain("III. KẾT LUẬN VÀ BIỂU QUYẾT");
  });

  it("prints the adoption line with the time and the vote over the members entitled to vote (item 7)", () => {
    const approved = bodyText(buildMinutesModel(meeting({ entries: schoolEntries() }), schoolOpts));
    expect(approved.at(-1)).toBe(
      "Biên bản được thông qua lúc 11 giờ 00 ngày 26 tháng 7 năm 2023, với 3/4 đồng chí tán thành.",
    );
    // a draft prints the blanks of the paper form, filled in when the meeting adopts it
    const draft = bodyText(buildMinutesModel(meeting({ entries: schoolEntries(), status: "DRAFT" }), schoolOpts));
    expect(draft.at(-1)).toBe("Biên bản được thông qua lúc … giờ … ngày … tháng … năm …, với …/… đồng chí tán thành.");
  });

  it("prints the reason given for a late arrival or an early departure (item 8)", () => {
    const entries = schoolEntries().map((e) =>
      e.name === "Lê Văn Thắng"
        ? { ...e, reason: "Họp ở Sở" }
        : e.name === "Trần Thanh Liêm"
          ? { ...e, status: "LEFT_EARLY" as const, reason: "Đi công tác" }
          : e,
    );
    const text = bodyText(buildMinutesModel(meeting({ entries }), schoolOpts));
    expect(text).toContain("- Đến muộn: đồng chí Lê Văn Thắng (họp ở Sở).");
    expect(text).toContain("- Về sớm: đồng chí Trần Thanh Liêm (đi công tác).");
  });

  it("names a chi bộ meeting in lower case in the opening sentence and calls it a buổi sinh hoạt", () => {
    const m = meeting({
      kind: "THUONG_KY",
      title: "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023",
      unit: {
        id: "c1",
        name: "Chi bộ Tổ chức – Hành chính",
        kind: "CHI_BO",
        parentId: "u1",
        path: "/u1/c1/",
        place: "Hưng Yên",
        parentName: "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên",
      },
      startsAt: "2023-07-05T07:00:00.000Z",
      endsAt: "2023-07-05T09:30:00.000Z",
      place: "Phòng họp tầng 2",
      closing: null,
    });
    const model = buildMinutesModel(m, {
      superior: m.unit.parentName,
      issuer: m.unit.name,
      numberSymbol: "\u00a0\u00a0\u00a0-BB/CB",
      place: "Hưng Yên",
    });
    expect(model.header.superior?.lines).toEqual(["ĐẢNG BỘ TRƯỜNG CAO ĐẲNG", "KINH TẾ – KỸ THUẬT", "TÔ HIỆU HƯNG YÊN"]);
    expect(model.header.issuer.lines).toEqual(["CHI BỘ", "TỔ CHỨC – HÀNH CHÍNH"]);
    expect(model.header.number.text).toBe("Số \u00a0\u00a0\u00a0-BB/CB");
    const text = bodyText(model);
    expect(text[0]).toBe(
      "Vào hồi 14 giờ 00 ngày 5 tháng 7 năm 2023, tại Phòng họp tầng 2, Chi bộ Tổ chức – Hành chính tiến hành sinh hoạt chi bộ thường kỳ tháng 7 năm 2023.",
    );
    expect(text).toContain("Buổi sinh hoạt kết thúc vào hồi 16 giờ 30 cùng ngày.");
  });

  it("signs THƯ KÝ on the left and CHỦ TRÌ on the right with full names", () => {
    const model = buildMinutesModel(school(), schoolOpts);
    expect(model.signatures.left).toMatchObject({ title: "THƯ KÝ", name: "Nguyễn Thị Thu Hà" });
    expect(model.signatures.right).toMatchObject({ title: "CHỦ TRÌ", name: "Trần Thanh Liêm" });
  });
});

describe("citations and file names", () => {
  const d = (over: Partial<MeetingDetail["directives"][number]>): MeetingDetail["directives"][number] => ({
    id: "c",
    directiveId: "d",
    kind: "NGHI_QUYET",
    number: null,
    symbol: null,
    issuedOn: null,
    issuer: null,
    term: null,
    plenum: null,
    congress: null,
    subject: null,
    raw: null,
    note: null,
    ...over,
  });
  it("writes directives out in full", () => {
    expect(
      citeDirective(
        d({ kind: "CHI_THI", number: "05", symbol: "CT/TW", issuedOn: "2016-05-15", issuer: "Bộ Chính trị" }),
      ),
    ).toBe("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị");
    expect(
      citeDirective(
        d({
          kind: "DE_AN",
          number: "06",
          issuer: "Ủy ban Thường vụ Huyện ủy Khoái Châu",
          subject: "Tiếp tục đổi mới công tác",
        }),
      ),
    ).toBe("Đề án số 06 của Ủy ban Thường vụ Huyện ủy Khoái Châu về “Tiếp tục đổi mới công tác”");
    expect(
      citeDirective(
        d({
          plenum: "4",
          term: "XII",
          issuer: "Ban Chấp hành Trung ương",
          subject: "Về tăng cường xây dựng, chỉnh đốn Đảng",
        }),
      ),
    ).toBe(
      "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng",
    );
    expect(citeDirective(d({ subject: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng" }))).toBe(
      "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
    );
    expect(
      citeDirective(
        d({
          kind: "CHUONG_TRINH",
          subject: "8 chương trình công tác lớn",
          raw: "8 Chương trình công tác lớn của Thành ủy",
        }),
      ),
    ).toBe("8 Chương trình công tác lớn của Thành ủy");
  });

  it("names downloads in Vietnamese with an ASCII fallback (RFC 5987)", () => {
    const model = buildMinutesModel(school(), schoolOpts);
    expect(model.meta.fileName).toBe(
      "Biên bản Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023 (26-07-2023)",
    );
    expect(model.meta.asciiFileName).toMatch(
      /^Bien-ban-hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023[a-z0-9-]*-2023-07-26$/,
    );
    const header = contentDisposition(model.meta.fileName, model.meta.asciiFileName, "docx");
    expect(header).toMatch(
      /^attachment; filename="Bien-ban-[A-Za-z0-9-]+\.docx"; filename\*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20H/,
    );
    expect(header).not.toMatch(/[^\x20-\x7e]/);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe(`${model.meta.fileName}.docx`);
    expect(contentDisposition("Biên bản (1) 'a' *", "x", "pdf")).toContain(
      "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%281%29%20%27a%27%20%2A.pdf",
    );
  });
});
