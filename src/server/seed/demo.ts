/**
 * Demo data, built from the facts of the two seed articles (names, titles, dates, directives)
 * retold in our own words, plus invented but plausible branch members and chi bộ meetings.
 * No "server-only" marker: scripts/seed.ts and the tests call it with their own client.
 */
import { hashPassword } from "../password-core";
import type { Db, Tx } from "../prisma-factory";
import { foldForSearch } from "@/lib/vi/normalize";
import { splitFullName } from "@/lib/vi/names";
import { fromVnDateTime } from "@/lib/vi/date";
import { reindexStaleMeetings } from "@/server/search/reindex";
import type {
  AttendanceStatus,
  DirectiveKind,
  MeetingKind,
  MeetingStatus,
  MemberCategory,
  MemberStatus,
  SpeechKind,
  TaskStatus,
  UnitKind,
} from "@/lib/enums";

export const DEMO_PASSWORD = "sobienban";

export const DEMO_ACCOUNTS = [
  { username: "admin", description: "quản trị toàn bộ cây tổ chức" },
  { username: "thuky", description: "thư ký Chi bộ Tổ chức – Hành chính" },
  { username: "dangvien", description: "đảng viên Chi bộ Đào tạo" },
] as const;

type MemberSpec = [name: string, title: string | null, category?: MemberCategory, status?: MemberStatus];

const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";
const KHOI = "Đảng bộ Khối các trường Đại học, Cao đẳng";

const ROSTERS: Record<string, MemberSpec[]> = {
  "Chi bộ Tổ chức – Hành chính": [
    ["Trần Thanh Liêm", "Bí thư Đảng ủy, Hiệu trưởng nhà trường"],
    ["Lê Văn Thắng", "Bí thư Chi bộ, Trưởng phòng Tổ chức – Hành chính"],
    ["Nguyễn Thị Thu Hà", "Chi ủy viên, chuyên viên phòng Tổ chức – Hành chính"],
    ["Phạm Thị Lan", "Phó Trưởng phòng Tổ chức – Hành chính"],
    ["Vũ Đức Toàn", "Kế toán trưởng"],
    ["Hoàng Minh Tuấn", "Chuyên viên"],
    ["Đỗ Thị Hằng", "Nhân viên văn thư", "PROBATIONARY"],
    ["Bùi Văn Khánh", "Nhân viên", "OFFICIAL", "EXEMPT"],
  ],
  "Chi bộ Quản lý học sinh, sinh viên": [
    ["Đặng Quang Mến", "Ủy viên Ban Thường vụ Đảng ủy, Phó Hiệu trưởng nhà trường"],
    ["Ngô Văn Hải", "Bí thư Chi bộ, Trưởng phòng Công tác học sinh, sinh viên"],
    ["Trịnh Thị Mai", "Chi ủy viên, Bí thư Đoàn trường"],
    ["Lương Văn Sơn", "Chuyên viên"],
    ["Phan Thị Thanh Tâm", "Chuyên viên"],
    ["Đinh Công Minh", "Chuyên viên", "PROBATIONARY"],
    ["Cao Thị Hồng", "Nhân viên y tế"],
  ],
  "Chi bộ Đào tạo": [
    ["Đào Hồng Ngọc", "Phó Bí thư Đảng ủy, Phó Hiệu trưởng nhà trường"],
    ["Nguyễn Văn Quyết", "Bí thư Chi bộ, Trưởng phòng Đào tạo"],
    ["Trần Thị Phương", "Chi ủy viên, Phó Trưởng phòng Đào tạo"],
    ["Phạm Văn Hùng", "Giảng viên khoa Kinh tế"],
    ["Lê Thị Thanh Huyền", "Giảng viên khoa Kỹ thuật"],
    ["Vũ Văn Nam", "Trưởng khoa Kỹ thuật"],
    ["Mai Xuân Trường", "Giảng viên"],
    ["Tạ Thị Yến", "Giảng viên"],
    ["Hà Thị Ngân", "Giảng viên", "PROBATIONARY"],
  ],
  "Chi bộ Cơ quan Đảng ủy Khối": [
    ["Hoàng Anh Tuấn", "Bí thư Chi bộ"],
    ["Nguyễn Thị Minh Thu", "Chi ủy viên"],
    ["Lê Quang Huy", "Chuyên viên Ban Tuyên giáo Đảng ủy Khối"],
    ["Trần Văn Bình", "Chuyên viên Ban Tổ chức Đảng ủy Khối"],
    ["Phạm Thu Trang", "Chuyên viên Văn phòng Đảng ủy Khối", "PROBATIONARY"],
  ],
};

interface DirectiveSpec {
  key: string;
  kind: DirectiveKind;
  number?: string;
  symbol?: string;
  issuedOn?: string;
  issuer?: string;
  term?: string;
  plenum?: string;
  congress?: string;
  subject?: string;
}

/** Registry: the documents the demo meetings cite and the central ones domain.md names. */
const DIRECTIVES: DirectiveSpec[] = [
  {
    key: "ct05",
    kind: "CHI_THI",
    number: "05",
    symbol: "CT/TW",
    issuedOn: "2016-05-15",
    issuer: "Bộ Chính trị",
    term: "XII",
    subject: "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  },
  {
    key: "da06",
    kind: "DE_AN",
    number: "06",
    issuer: "Ủy ban Thường vụ Huyện ủy Khoái Châu",
    subject:
      "Tiếp tục đổi mới, nâng cao chất lượng, hiệu quả công tác triển khai thực hiện các chỉ thị, nghị " +
      "quyết của Đảng cho cán bộ, đảng viên giai đoạn 2020 – 2025",
  },
  {
    key: "nqdh12",
    kind: "NGHI_QUYET",
    congress: "XII",
    issuer: "Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
    subject: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
  },
  {
    key: "nqdhtp16",
    kind: "NGHI_QUYET",
    congress: "XVI",
    issuer: "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVI",
    subject: "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI",
  },
  { key: "ctr8", kind: "CHUONG_TRINH", issuer: "Thành ủy Hà Nội", subject: "8 chương trình công tác lớn của Thành ủy" },
  {
    key: "nqtw7x",
    kind: "NGHI_QUYET",
    plenum: "7",
    term: "X",
    issuer: "Ban Chấp hành Trung ương",
    subject: "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng (khóa X)",
  },
  {
    key: "nqtw8xi",
    kind: "NGHI_QUYET",
    plenum: "8",
    term: "XI",
    issuer: "Ban Chấp hành Trung ương",
    subject: "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng (khóa XI)",
  },
  {
    key: "nqtw4xii",
    kind: "NGHI_QUYET",
    plenum: "4",
    term: "XII",
    issuer: "Ban Chấp hành Trung ương",
    subject:
      "Về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo " +
      'đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ',
  },
  {
    key: "ct50",
    kind: "CHI_THI",
    number: "50",
    symbol: "CT/TW",
    issuedOn: "2025-07-23",
    issuer: "Ban Bí thư",
    term: "XIII",
    subject: "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
  },
  {
    key: "qd294",
    kind: "QUY_DINH",
    number: "294",
    symbol: "QĐ/TW",
    issuedOn: "2025-05-26",
    issuer: "Ban Chấp hành Trung ương",
    term: "XIII",
    subject: "Thi hành Điều lệ Đảng",
  },
  {
    key: "hd36",
    kind: "HUONG_DAN",
    number: "36",
    symbol: "HD/VPTW",
    issuedOn: "2018-04-03",
    issuer: "Văn phòng Trung ương Đảng",
    subject: "Thể thức và kỹ thuật trình bày văn bản của Đảng",
  },
  {
    key: "hd12",
    kind: "HUONG_DAN",
    number: "12",
    symbol: "HD/BTCTW",
    issuedOn: "2018-07-06",
    issuer: "Ban Tổ chức Trung ương",
    subject: "Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
  },
  {
    key: "ct24tu",
    kind: "CHI_THI",
    number: "24",
    symbol: "CT/TU",
    issuedOn: "2023-08-07",
    issuer: "Ban Thường vụ Thành ủy Hà Nội",
    subject:
      "Về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị Thành phố Hà Nội",
  },
];

interface PersonSpec {
  name: string;
  title?: string;
}
interface MeetingSpec {
  unit: string;
  kind: MeetingKind;
  title: string;
  summary?: string;
  number?: string;
  start: string; // Việt Nam wall clock, "2023-07-26T08:00"
  end?: string;
  place: string;
  chair: PersonSpec;
  secretary: PersonSpec;
  status: MeetingStatus;
  /** Members of these units form the roster; everyone is present unless listed in `absent`. */
  rosterUnits: string[];
  absent?: Array<{ name: string; status: AttendanceStatus; reason?: string }>;
  late?: string[];
  guests?: PersonSpec[];
  opening?: string;
  closing?: string;
  rating?: string;
  agenda?: Array<{ title: string; content?: string }>;
  reports?: Array<{ title: string; presenter: string; content: string }>;
  speeches?: Array<{
    kind: SpeechKind;
    title?: string;
    speaker?: string;
    speakerTitle?: string;
    unit?: string;
    content?: string;
  }>;
  citations?: Array<{ key: string; raw: string; note?: string }>;
  conclusions?: string[];
  resolutions?: Array<{ title: string; content?: string; for: number; against: number; abstain: number }>;
  tasks?: Array<{ title: string; owner: string; dueOn: string; status: TaskStatus; directive?: string }>;
  minutesVote?: [number, number, number];
}

const MEETINGS: MeetingSpec[] = [
  {
    unit: SCHOOL,
    kind: "SO_KET",
    title:
      "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
    summary: "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm 2023",
    number: "12-BB/ĐU",
    start: "2023-07-26T08:00",
    end: "2023-07-26T11:00",
    place: "Hội trường trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên",
    chair: { name: "Trần Thanh Liêm", title: "Bí thư Đảng ủy, Hiệu trưởng nhà trường" },
    secretary: { name: "Nguyễn Thị Thu Hà", title: "Chi ủy viên Chi bộ Tổ chức – Hành chính" },
    status: "APPROVED",
    rosterUnits: ["Chi bộ Tổ chức – Hành chính", "Chi bộ Quản lý học sinh, sinh viên", "Chi bộ Đào tạo"],
    absent: [
      { name: "Bùi Văn Khánh", status: "ABSENT_EXCUSED", reason: "Đảng viên miễn sinh hoạt" },
      { name: "Mai Xuân Trường", status: "ABSENT_EXCUSED", reason: "Đi học tập trung" },
    ],
    opening:
      "Đồng chí Trần Thanh Liêm, Bí thư Đảng ủy, khai mạc hội nghị, nêu mục đích sơ kết công tác Đảng nửa " +
      "đầu năm 2023. Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ và toàn thể đảng viên các chi " +
      "bộ trong nhà trường.",
    agenda: [
      { title: "Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm" },
      { title: "Tham luận của các chi bộ" },
      { title: "Phát biểu kết luận và biểu quyết thông qua phương hướng nhiệm vụ" },
    ],
    reports: [
      {
        title: "Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023",
        presenter: "Đào Hồng Ngọc",
        content:
          "Kết quả: công tác tuyển sinh được triển khai; công tác quản lý đào tạo chú trọng đưa phương pháp " +
          "giảng dạy tích cực vào bài giảng, kiểm tra giảng dạy và dự giờ thường xuyên; nhà trường liên kết đào " +
          "tạo với các trường đại học, các trường trung học, các trung tâm giáo dục nghề nghiệp – giáo dục " +
          "thường xuyên và doanh nghiệp. Công tác xây dựng Đảng (giáo dục chính trị tư tưởng; tổ chức, xây dựng " +
          "Đảng; kiểm tra, giám sát và thi hành kỷ luật Đảng) và lãnh đạo các đoàn thể đạt kết quả tốt.\nHạn " +
          "chế: tuyển sinh còn nhiều khó khăn; số đề tài nghiên cứu khoa học còn ít.\nPhương hướng 6 tháng cuối " +
          "năm: phát huy kết quả đạt được, khắc phục tồn tại, nâng cao vai trò lãnh đạo của Đảng bộ, xây dựng " +
          "nhà trường ngày càng vững mạnh.",
      },
    ],
    speeches: [
      { kind: "THAM_LUAN", title: "Xây dựng chi bộ Đảng trong sạch, vững mạnh", unit: "Chi bộ Tổ chức – Hành chính" },
      {
        kind: "THAM_LUAN",
        title: "Nâng cao chất lượng công tác giáo dục tư tưởng chính trị trong cán bộ, đảng viên",
        unit: "Chi bộ Quản lý học sinh, sinh viên",
      },
      { kind: "THAM_LUAN", title: "Công tác phát triển Đảng", unit: "Chi bộ Đào tạo" },
      {
        kind: "KET_LUAN",
        speaker: "Trần Thanh Liêm",
        content:
          "Ghi nhận kết quả và nỗ lực của toàn Đảng bộ; yêu cầu mọi đảng viên nghiêm túc thực hiện Chỉ thị " +
          "05-CT/TW và Đề án số 06 của Ủy ban Thường vụ Huyện ủy Khoái Châu, cùng các văn bản của Bộ Chính trị, " +
          "Ban Bí thư về phòng, chống tham nhũng, lãng phí; văn bản gửi về chi bộ phải được cụ thể hóa thành " +
          "hành động và chuyên đề; đổi mới chương trình đào tạo, bỏ chương trình lạc hậu, mở mã ngành xã hội " +
          "cần, đẩy mạnh chuyển đổi số trong quản lý đào tạo.",
      },
    ],
    citations: [
      { key: "ct05", raw: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" },
      { key: "da06", raw: "Đề án số 06 của Ủy ban Thường vụ Huyện ủy Khoái Châu" },
    ],
    conclusions: [
      "Hội nghị thống nhất đánh giá Đảng bộ đã lãnh đạo hoàn thành tốt nhiệm vụ chính trị 6 tháng đầu năm " +
        "2023; tiếp tục cải tiến lề lối, đổi mới tư duy làm việc, phấn đấu giữ vững danh hiệu Đảng bộ trong " +
        "sạch, vững mạnh.",
    ],
    resolutions: [
      {
        title: "Thông qua phương hướng, nhiệm vụ công tác Đảng 6 tháng cuối năm 2023",
        for: 19,
        against: 0,
        abstain: 0,
      },
    ],
    tasks: [
      {
        title: "Cụ thể hóa các văn bản cấp trên thành chuyên đề sinh hoạt của từng chi bộ",
        owner: "Nguyễn Văn Quyết",
        dueOn: "2023-09-30",
        status: "IN_PROGRESS",
        directive: "ct05",
      },
      {
        title: "Xây dựng kế hoạch chuyển đổi số trong quản lý đào tạo",
        owner: "Đào Hồng Ngọc",
        dueOn: "2023-12-31",
        status: "OPEN",
      },
    ],
    closing:
      "Hội nghị kết thúc vào hồi 11 giờ 00 cùng ngày. Biên bản đã được đọc lại trước hội nghị và được nhất trí thông qua.",
    minutesVote: [19, 0, 0],
  },
  {
    unit: KHOI,
    kind: "SO_KET",
    title: "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)",
    summary: "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ II",
    number: "05-BB/ĐUK",
    start: "2018-04-27T08:00",
    end: "2018-04-27T11:30",
    place: "Hội trường Đảng ủy Khối các trường Đại học, Cao đẳng",
    chair: { name: "Hoàng Anh Tuấn", title: "Bí thư Chi bộ Cơ quan Đảng ủy Khối" },
    secretary: { name: "Nguyễn Thị Minh Thu", title: "Chi ủy viên" },
    status: "APPROVED",
    rosterUnits: ["Chi bộ Cơ quan Đảng ủy Khối"],
    guests: [{ name: "Nguyễn Văn Phong", title: "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy" }],
    agenda: [
      {
        title: "Báo cáo sơ kết giữa nhiệm kỳ",
        content:
          "Đánh giá nửa nhiệm kỳ: đổi mới việc triển khai các chỉ thị, nghị quyết; quán triệt nghị quyết Trung " +
          "ương kịp thời đến cán bộ, đảng viên; xây dựng chương trình hành động thực hiện Nghị quyết Đại hội " +
          "XII của Đảng, Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI và 8 chương trình công tác lớn của " +
          "Thành ủy. Toàn khối mỗi năm đào tạo trên 13.000 sinh viên hệ vừa làm vừa học, 50.000 sinh viên đại " +
          "học, cao đẳng và gần 400 nghiên cứu sinh.",
      },
      {
        title: "Nhiệm vụ từ nay đến hết nhiệm kỳ",
        content:
          "Đổi mới học tập, quán triệt chỉ thị, nghị quyết gắn với Chỉ thị 05 của Bộ Chính trị; chăm lo giáo " +
          "dục chính trị tư tưởng; thực hiện hiệu quả Nghị quyết Trung ương 4 khóa XII.",
      },
      { title: "Phát biểu chỉ đạo" },
    ],
    speeches: [
      {
        kind: "CHI_DAO",
        speaker: "Nguyễn Văn Phong",
        speakerTitle: "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Thành ủy",
        content:
          "Đánh giá cao kết quả nửa nhiệm kỳ của Đảng ủy Khối; đề nghị bám sát thực tiễn, thực hiện tốt chỉ đạo " +
          "của cấp trên, phát huy dân chủ trong nhà trường, sớm triển khai các chỉ thị, quy định liên quan đến " +
          "ngành giáo dục, chú trọng quy hoạch và xây dựng đội ngũ, nắm bắt tư tưởng cán bộ, giảng viên, sinh " +
          "viên, nghiên cứu mô hình hoạt động hiệu quả của các cấp ủy.",
      },
    ],
    citations: [
      { key: "nqdh12", raw: "Nghị quyết Đại hội Đảng lần thứ XII" },
      { key: "nqdhtp16", raw: "Nghị quyết Đại hội Đảng bộ TP lần thứ XVI" },
      { key: "ctr8", raw: "8 Chương trình công tác lớn của Thành ủy" },
      { key: "nqtw7x", raw: "Nghị quyết Trung ương 7 (khóa X)" },
      { key: "nqtw8xi", raw: "Nghị quyết Trung ương 8 (khóa XI)" },
      { key: "ct05", raw: "Chỉ thị số 05 của Bộ Chính trị" },
      { key: "nqtw4xii", raw: "Nghị quyết Trung ương 4, khóa XII" },
    ],
    conclusions: [
      "Đảng ủy Khối tiếp tục đổi mới nội dung, phương pháp học tập, quán triệt nghị quyết; chú trọng giáo " +
        "dục chính trị tư tưởng và thực hiện Nghị quyết Trung ương 4 khóa XII.",
    ],
    resolutions: [
      { title: "Thông qua báo cáo sơ kết giữa nhiệm kỳ và nhiệm vụ đến hết nhiệm kỳ", for: 4, against: 0, abstain: 0 },
    ],
    closing: "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày.",
    minutesVote: [4, 0, 0],
  },
  {
    unit: "Chi bộ Tổ chức – Hành chính",
    kind: "THUONG_KY",
    title: "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023",
    start: "2023-07-05T14:00",
    end: "2023-07-05T16:30",
    place: "Phòng họp tầng 2, nhà hiệu bộ",
    chair: { name: "Lê Văn Thắng" },
    secretary: { name: "Nguyễn Thị Thu Hà" },
    status: "APPROVED",
    rosterUnits: ["Chi bộ Tổ chức – Hành chính"],
    absent: [
      { name: "Vũ Đức Toàn", status: "ABSENT_EXCUSED", reason: "Đi công tác" },
      { name: "Bùi Văn Khánh", status: "ABSENT_EXCUSED", reason: "Đảng viên miễn sinh hoạt" },
    ],
    late: ["Hoàng Minh Tuấn"],
    agenda: [
      {
        title: "Thông tin thời sự, văn bản cấp trên",
        content: "Đồng chí Bí thư Chi bộ phổ biến kế hoạch sơ kết 6 tháng của Đảng ủy.",
      },
      {
        title: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        content: "Chi bộ trao đổi về tác phong làm việc khoa học, đúng giờ trong công tác hành chính.",
      },
      { title: "Kiểm điểm nhiệm vụ tháng 6, triển khai nhiệm vụ tháng 7" },
    ],
    speeches: [
      {
        kind: "Y_KIEN",
        speaker: "Phạm Thị Lan",
        content: "Đề nghị sớm hoàn thiện hồ sơ tuyển sinh để kịp đợt xét tuyển tháng 8.",
      },
      {
        kind: "Y_KIEN",
        speaker: "Trần Thanh Liêm",
        content: "Nhất trí; đề nghị chi bộ chuẩn bị tham luận cho hội nghị sơ kết của Đảng bộ.",
      },
    ],
    citations: [{ key: "ct05", raw: "Chỉ thị 05-CT/TW" }],
    conclusions: [
      'Chi bộ hoàn thành nhiệm vụ tháng 6; giao chuẩn bị tham luận "Xây dựng chi bộ Đảng trong sạch, vững mạnh".',
    ],
    resolutions: [{ title: "Thông qua nhiệm vụ tháng 7 năm 2023", for: 5, against: 0, abstain: 0 }],
    tasks: [
      { title: "Hoàn thiện hồ sơ tuyển sinh năm 2023", owner: "Phạm Thị Lan", dueOn: "2023-07-31", status: "DONE" },
      {
        title: "Chuẩn bị tham luận cho hội nghị sơ kết của Đảng bộ",
        owner: "Lê Văn Thắng",
        dueOn: "2023-07-20",
        status: "DONE",
      },
      {
        title: "Chuẩn bị nội dung sinh hoạt chuyên đề quý III",
        owner: "Nguyễn Thị Thu Hà",
        dueOn: "2023-08-31",
        status: "OPEN",
        directive: "ct05",
      },
    ],
    rating: "Tốt",
    closing: "Buổi sinh hoạt kết thúc vào hồi 16 giờ 30 cùng ngày; biên bản đã được thông qua.",
    minutesVote: [5, 0, 0],
  },
  {
    unit: "Chi bộ Tổ chức – Hành chính",
    kind: "THUONG_KY",
    title: "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023",
    start: "2023-08-04T14:00",
    place: "Phòng họp tầng 2, nhà hiệu bộ",
    chair: { name: "Lê Văn Thắng" },
    secretary: { name: "Nguyễn Thị Thu Hà" },
    status: "DRAFT",
    rosterUnits: ["Chi bộ Tổ chức – Hành chính"],
    agenda: [
      { title: "Thông tin thời sự, văn bản cấp trên" },
      { title: "Kiểm điểm nhiệm vụ tháng 7, triển khai nhiệm vụ tháng 8" },
    ],
  },
  {
    unit: "Chi bộ Đào tạo",
    kind: "CHUYEN_DE",
    title: "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng",
    start: "2023-08-10T14:00",
    end: "2023-08-10T16:00",
    place: "Phòng họp khoa Kinh tế",
    chair: { name: "Nguyễn Văn Quyết" },
    secretary: { name: "Trần Thị Phương" },
    status: "APPROVED",
    rosterUnits: ["Chi bộ Đào tạo"],
    absent: [{ name: "Tạ Thị Yến", status: "ABSENT_UNEXCUSED" }],
    reports: [
      {
        title: "Báo cáo chuyên đề: Công tác phát triển Đảng trong sinh viên và giảng viên trẻ",
        presenter: "Phạm Văn Hùng",
        content:
          "Đánh giá nguồn quần chúng ưu tú, đề xuất giới thiệu học lớp nhận thức về Đảng và phân công đảng viên chính thức giúp đỡ.",
      },
    ],
    speeches: [
      {
        kind: "Y_KIEN",
        speaker: "Lê Thị Thanh Huyền",
        content: "Đề nghị gắn phát triển Đảng với phong trào sinh viên nghiên cứu khoa học.",
      },
      {
        kind: "Y_KIEN",
        speaker: "Đào Hồng Ngọc",
        content: "Ghi nhận báo cáo; đề nghị chi bộ lập danh sách quần chúng ưu tú trước ngày 30/9.",
      },
    ],
    citations: [{ key: "ct05", raw: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" }],
    conclusions: ["Chi bộ thống nhất giới thiệu 03 quần chúng ưu tú học lớp nhận thức về Đảng."],
    resolutions: [{ title: "Thông qua danh sách giới thiệu quần chúng ưu tú", for: 6, against: 0, abstain: 0 }],
    tasks: [
      { title: "Lập hồ sơ giới thiệu quần chúng ưu tú", owner: "Trần Thị Phương", dueOn: "2023-09-30", status: "OPEN" },
    ],
    rating: "Tốt",
    closing: "Buổi sinh hoạt kết thúc vào hồi 16 giờ 00 cùng ngày.",
    minutesVote: [6, 0, 0],
  },
];

function must<T>(v: T | undefined | null, what: string): T {
  if (v === undefined || v === null) throw new Error(`seed: missing ${what}`);
  return v;
}

function vn(s: string): Date {
  return must(fromVnDateTime(s), `date ${s}`);
}

async function createUnit(
  tx: Tx,
  spec: {
    name: string;
    kind: UnitKind;
    parent?: { id: string; path: string; depth: number };
    place?: string;
    symbolCode?: string;
    superiorName?: string;
    sortOrder?: number;
  },
) {
  const id = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
  const path = `${spec.parent?.path ?? "/"}${id}/`;
  return tx.unit.create({
    data: {
      id,
      name: spec.name,
      nameFolded: foldForSearch(spec.name),
      kind: spec.kind,
      parentId: spec.parent?.id ?? null,
      path,
      depth: spec.parent ? spec.parent.depth + 1 : 0,
      place: spec.place ?? null,
      symbolCode: spec.symbolCode ?? null,
      superiorName: spec.superiorName ?? null,
      sortOrder: spec.sortOrder ?? 0,
    },
    select: { id: true, path: true, depth: true, name: true },
  });
}

/** Seeds the demo database. Returns false (and writes nothing) when the database already has data. */
export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.unit.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(
    async (tx) => {
      const school = await createUnit(tx, { name: SCHOOL, kind: "DANG_BO_CO_SO", place: "Hưng Yên", symbolCode: "ĐU" });
      const khoi = await createUnit(tx, {
        name: KHOI,
        kind: "DANG_BO",
        place: "Hà Nội",
        symbolCode: "ĐUK",
        superiorName: "Đảng bộ thành phố Hà Nội",
      });
      const units = new Map<string, { id: string; path: string; depth: number; name: string }>([
        [SCHOOL, school],
        [KHOI, khoi],
      ]);
      let order = 0;
      for (const name of ["Chi bộ Tổ chức – Hành chính", "Chi bộ Quản lý học sinh, sinh viên", "Chi bộ Đào tạo"]) {
        units.set(
          name,
          await createUnit(tx, {
            name,
            kind: "CHI_BO",
            parent: school,
            place: "Hưng Yên",
            symbolCode: "CB",
            sortOrder: order++,
          }),
        );
      }
      units.set(
        "Chi bộ Cơ quan Đảng ủy Khối",
        await createUnit(tx, {
          name: "Chi bộ Cơ quan Đảng ủy Khối",
          kind: "CHI_BO",
          parent: khoi,
          place: "Hà Nội",
          symbolCode: "CB",
        }),
      );

      const members = new Map<
        string,
        { id: string; unit: string; category: MemberCategory; status: MemberStatus; title: string | null }
      >();
      for (const [unitName, roster] of Object.entries(ROSTERS)) {
        const unit = must(units.get(unitName), unitName);
        for (const [name, title, category = "OFFICIAL", status = "ACTIVE"] of roster) {
          const parts = splitFullName(name);
          const m = await tx.member.create({
            data: {
              unitId: unit.id,
              ...parts,
              nameFolded: foldForSearch(name),
              title,
              category,
              status,
              admittedOn: category === "PROBATIONARY" ? "2023-03-03" : null,
              memberships: { create: { unitId: unit.id, startOn: category === "PROBATIONARY" ? "2023-03-03" : null } },
            },
            select: { id: true },
          });
          members.set(name, { id: m.id, unit: unitName, category, status, title });
        }
      }

      const users = [
        {
          username: "admin",
          displayName: "Quản trị hệ thống",
          member: null as string | null,
          grants: [
            ["ADMIN", SCHOOL],
            ["ADMIN", KHOI],
          ],
        },
        {
          username: "thuky",
          displayName: "Nguyễn Thị Thu Hà",
          member: "Nguyễn Thị Thu Hà",
          grants: [["SECRETARY", "Chi bộ Tổ chức – Hành chính"]],
        },
        {
          username: "dangvien",
          displayName: "Phạm Văn Hùng",
          member: "Phạm Văn Hùng",
          grants: [["MEMBER", "Chi bộ Đào tạo"]],
        },
      ] as const;
      for (const u of users) {
        await tx.user.create({
          data: {
            username: u.username,
            displayName: u.displayName,
            passwordHash,
            memberId: u.member ? must(members.get(u.member), u.member).id : null,
            grants: { create: u.grants.map(([role, unit]) => ({ role, unitId: must(units.get(unit), unit).id })) },
          },
        });
      }

      const directives = new Map<string, string>();
      for (const d of DIRECTIVES) {
        const { key, ...data } = d;
        const row = await tx.directive.create({
          data: {
            ...data,
            searchText: foldForSearch(
              [d.number && d.symbol ? `${d.number}-${d.symbol}` : "", d.issuer, d.subject].filter(Boolean).join(" "),
            ),
          },
          select: { id: true },
        });
        directives.set(key, row.id);
      }

      for (const spec of MEETINGS) {
        await createDemoMeeting(tx, spec, units, members, directives);
      }
    },
    { timeout: 60_000 },
  );
  await reindexStaleMeetings(db);
  return true;
}

async function createDemoMeeting(
  tx: Tx,
  spec: MeetingSpec,
  units: Map<string, { id: string; name: string }>,
  members: Map<
    string,
    { id: string; unit: string; category: MemberCategory; status: MemberStatus; title: string | null }
  >,
  directives: Map<string, string>,
) {
  const unit = must(units.get(spec.unit), spec.unit);
  const memberId = (name: string | undefined) => (name ? (members.get(name)?.id ?? null) : null);
  const roster = [...members.entries()].filter(([, m]) => spec.rosterUnits.includes(m.unit));
  const attendance: Array<{
    memberId: string | null;
    name: string;
    title: string | null;
    status: AttendanceStatus;
    category: MemberCategory | null;
    memberStatus: MemberStatus | null;
    reason: string | null;
    position: number;
  }> = roster.map(([name, m], i) => {
    const absent = spec.absent?.find((a) => a.name === name);
    const status: AttendanceStatus = absent?.status ?? (spec.late?.includes(name) ? "LATE" : "PRESENT");
    return {
      memberId: m.id,
      name,
      title: null,
      status,
      category: m.category,
      memberStatus: m.status,
      reason: absent?.reason ?? null,
      position: i,
    };
  });
  for (const g of spec.guests ?? []) {
    attendance.push({
      memberId: null,
      name: g.name,
      title: g.title ?? null,
      status: "GUEST",
      category: null,
      memberStatus: null,
      reason: null,
      position: attendance.length,
    });
  }
  const approved = spec.status === "APPROVED";
  const startsAt = vn(spec.start);
  const meeting = await tx.meeting.create({
    data: {
      unitId: unit.id,
      kind: spec.kind,
      title: spec.title,
      summary: spec.summary ?? null,
      number: spec.number ?? null,
      startsAt,
      endsAt: spec.end ? vn(spec.end) : null,
      place: spec.place,
      chairMemberId: memberId(spec.chair.name),
      chairName: memberId(spec.chair.name) ? null : spec.chair.name,
      chairTitle: spec.chair.title ?? null,
      secretaryMemberId: memberId(spec.secretary.name),
      secretaryName: memberId(spec.secretary.name) ? null : spec.secretary.name,
      secretaryTitle: spec.secretary.title ?? null,
      opening: spec.opening ?? null,
      closing: spec.closing ?? null,
      rating: spec.rating ?? null,
      status: spec.status,
      approvedAt: approved ? (spec.end ? vn(spec.end) : startsAt) : null,
      minutesVoteFor: spec.minutesVote?.[0] ?? null,
      minutesVoteAgainst: spec.minutesVote?.[1] ?? null,
      minutesVoteAbstain: spec.minutesVote?.[2] ?? null,
      // search columns: written by reindexStaleMeetings once every record is in (one recipe for all writes)
      attendance: { create: attendance },
      agendaItems: {
        create: (spec.agenda ?? []).map((a, position) => ({ position, title: a.title, content: a.content ?? null })),
      },
      reports: {
        create: (spec.reports ?? []).map((r, position) => ({
          position,
          title: r.title,
          content: r.content,
          presenterMemberId: memberId(r.presenter),
          presenterName: memberId(r.presenter) ? null : r.presenter,
        })),
      },
      speeches: {
        create: (spec.speeches ?? []).map((s, position) => ({
          position,
          kind: s.kind,
          title: s.title ?? null,
          content: s.content ?? null,
          speakerMemberId: memberId(s.speaker),
          speakerName: s.speaker && !memberId(s.speaker) ? s.speaker : null,
          speakerTitle: s.speakerTitle ?? null,
          speakerUnitId: s.unit ? (units.get(s.unit)?.id ?? null) : null,
          speakerUnitName: s.unit && !units.get(s.unit) ? s.unit : null,
        })),
      },
      citations: {
        create: (spec.citations ?? []).map((c, position) => ({
          position,
          raw: c.raw,
          note: c.note ?? null,
          directiveId: must(directives.get(c.key), c.key),
        })),
      },
      conclusions: { create: (spec.conclusions ?? []).map((content, position) => ({ position, content })) },
      resolutions: {
        create: (spec.resolutions ?? []).map((r, position) => ({
          position,
          title: r.title,
          content: r.content ?? null,
          voteFor: r.for,
          voteAgainst: r.against,
          voteAbstain: r.abstain,
        })),
      },
    },
    select: { id: true, resolutions: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  for (const t of spec.tasks ?? []) {
    await tx.task.create({
      data: {
        unitId: unit.id,
        meetingId: meeting.id,
        resolutionId: meeting.resolutions[0]?.id ?? null,
        directiveId: t.directive ? must(directives.get(t.directive), t.directive) : null,
        title: t.title,
        ownerMemberId: memberId(t.owner),
        ownerName: memberId(t.owner) ? null : t.owner,
        dueOn: t.dueOn,
        status: t.status,
        completedAt: t.status === "DONE" ? vn(`${t.dueOn}T17:00`) : null,
      },
    });
  }
  await tx.revision.create({
    data: {
      meetingId: meeting.id,
      version: 1,
      snapshot: JSON.stringify({ seeded: true, title: spec.title }),
      changes: "[]",
    },
  });
  await tx.auditEvent.create({
    data: {
      action: "meeting.seed",
      entityType: "Meeting",
      entityId: meeting.id,
      unitId: unit.id,
      data: JSON.stringify({ title: spec.title, status: spec.status }),
    },
  });
}
