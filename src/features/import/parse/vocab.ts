/**
 * Small dictionaries the rules rely on. Entries are lower case, NFC, canonical tone placement
 * ("ủy", "hòa"), matching the `key` string of a prepared text.
 */

/** Vietnamese family names (họ). Words that are also common capitalised nouns are left out. */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
  "hồ", "ngô", "dương", "lý", "lí", "đào", "đoàn", "đinh", "trương", "lương", "lưu", "mai",
  "cao", "lâm", "hà", "tô", "tạ", "chu", "châu", "quách", "trịnh", "thái", "kiều", "mạc",
  "khổng", "khúc", "khương", "kim", "lại", "lục", "mã", "nông", "phùng", "tăng", "thân",
  "tiêu", "từ", "vi", "vương", "âu", "ông", "bạch", "bế", "cù", "diệp", "đàm", "giáp", "hầu",
  "hứa", "hàn", "lã", "lò", "lữ", "lường", "nghiêm", "ninh", "phí", "tống", "trình", "triệu",
  "ung", "doãn", "đậu", "cấn", "cung", "chử", "chẩu", "khuất", "lăng", "nhữ", "quản", "sầm",
  "thạch", "thiều", "tôn", "kha", "bạc", "mông", "văn", "vy", "lỗ", "đồng", "giang", "lạc",
  "mẫn", "nhâm", "tào", "thảo", "quang", "đường", "vòng", "y", "h", "ksor", "rơ", "siu",
]);

/** Family names only trusted with an honorific or a title before them (they double as nouns). */
export const WEAK_FAMILY_NAMES: ReadonlySet<string> = new Set([
  "văn", "đồng", "giang", "quang", "đường", "y", "h", "thảo", "ông", "lạc", "kim", "tôn", "cung", "mông",
]);

/** Capitalised runs that look like names but are places, organisations or ideas. */
export const NOT_PERSON_NAMES: ReadonlySet<string> = new Set([
  // Places whose first word is also a family name.
  "hà nội", "hà giang", "hà nam", "hà tĩnh", "hà tiên", "hà đông", "hà trung", "cao bằng", "cao lãnh",
  "lâm đồng", "lâm hà", "thái bình", "thái nguyên", "thái lan", "ninh bình", "ninh thuận", "ninh kiều",
  "hồ chí minh", "hoàng mai", "hoàng sa", "lê chân", "bạc liêu", "kim bôi", "kim sơn",
  "phan thiết", "phan rang", "trần văn thời", "đồng nai", "đồng tháp", "đồng hới", "đồng xoài", "giang nam",
  "quang trung", "tôn đức thắng", "lý thường kiệt", "đinh tiên hoàng", "lê lợi", "trần hưng đạo",
  "mai châu", "lạc dương", "lương sơn", "vũ thư", "hồ gươm",
  // Ideas and organisations.
  "lê nin", "lênin", "mác lênin", "đoàn thanh", "đoàn tncs", "đoàn tn", "hồ chí",
]);

/** Degrees and honours written before a name; never kept as titles. */
export const DEGREE_WORDS: readonly string[] = [
  "phó giáo sư", "giáo sư", "tiến sĩ khoa học", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "bác sĩ chuyên khoa ii",
  "bác sĩ chuyên khoa i", "bác sĩ", "dược sĩ", "kỹ sư", "kĩ sư", "cử nhân", "nhà giáo ưu tú", "nhà giáo nhân dân",
  "thầy thuốc ưu tú", "thầy thuốc nhân dân", "nghệ sĩ ưu tú", "nghệ sĩ nhân dân", "anh hùng lao động",
  "anh hùng lực lượng vũ trang nhân dân", "luật sư", "nhà báo",
];

/** Degree abbreviations (letters only; dots and spaces between them are allowed in text). */
export const DEGREE_ABBREVIATIONS: readonly string[] = [
  "pgs", "gs", "tskh", "ts", "ths", "bs", "bsck", "bscki", "bsckii", "ks", "cn", "ds", "ngưt", "ngnd", "ttưt", "ttnd",
  "nsưt", "nsnd", "ls",
];

/** Military and police ranks written before a name; not kept as titles. */
export const RANK_WORDS: readonly string[] = [
  "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
  "đại úy", "thượng úy", "trung úy", "thiếu úy", "chuẩn úy", "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất",
  "binh nhì", "chuẩn đô đốc", "phó đô đốc", "đô đốc",
];

/** Honorifics introducing a person ("đồng chí", "Đ/c", "ông", "bà"). */
export const HONORIFICS: readonly string[] = ["đồng chí", "đ/c", "đ/ c", "đ.c", "ông", "bà"];

/**
 * Words that start a title (chức vụ). A title may carry "phó", "tổng", "nguyên", "quyền" before
 * its head word; the rest of the title is whatever follows up to a separator.
 */
export const TITLE_HEADS: readonly string[] = [
  "bí thư", "tổng bí thư", "thường trực", "ủy viên", "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên",
  "quận ủy viên", "thị ủy viên", "đảng ủy viên", "chi ủy viên", "cấp ủy viên", "ủy viên trung ương",
  "trưởng ban", "trưởng phòng", "trưởng khoa", "trưởng bộ môn", "trưởng đoàn", "trưởng thôn", "trưởng ấp",
  "trưởng bản", "trưởng trạm", "trưởng công an", "trưởng", "chủ tịch", "ct", "pct", "hiệu trưởng", "hiệu phó",
  "giám đốc", "chủ nhiệm", "chánh văn phòng", "chánh thanh tra", "chánh án", "chánh", "viện trưởng",
  "thủ trưởng", "bộ trưởng", "thứ trưởng", "thủ tướng", "chủ tịch nước", "giảng viên", "giáo viên",
  "nhân viên", "chuyên viên", "kế toán", "thủ quỹ", "tổ trưởng", "tổ phó", "đội trưởng", "đội phó",
  "chỉ huy trưởng", "chỉ huy phó", "chính ủy", "chính trị viên", "tư lệnh", "sư đoàn trưởng",
  "trung đoàn trưởng", "tiểu đoàn trưởng", "đại đội trưởng", "đại biểu quốc hội", "tổng biên tập",
  "thư ký", "trợ lý", "hội trưởng", "chi hội trưởng", "bí thư chi bộ", "uvbtv", "ubtv",
  "btv", "bt", "pbt", "tuyên truyền viên", "báo cáo viên",
];

/** Prefixes of a title head. */
export const TITLE_PREFIXES: readonly string[] = ["nguyên", "quyền", "phó", "tổng"];

/** Words that qualify a person without being a title ("đảng viên Nguyễn Văn A"). */
export const PERSON_QUALIFIERS: readonly string[] = ["đảng viên", "quần chúng ưu tú", "quần chúng", "cảm tình đảng"];

/**
 * Words that end a title: the verb or link that follows the person in the sentence.
 * Matched as whole words on the key string.
 */
export const TITLE_STOP_WORDS: readonly string[] = [
  "đã", "phát biểu", "trình bày", "thông qua", "dự", "tham dự", "đến dự", "tới dự", "về dự", "chủ trì",
  "chủ tọa", "báo cáo", "nhấn mạnh", "cho biết", "khẳng định", "đề nghị", "yêu cầu", "ghi nhận",
  "đánh giá", "được", "cùng", "với", "tại", "trao", "tặng", "quán triệt", "triển khai", "giới thiệu",
  "điều hành", "làm", "là", "thay mặt", "nêu", "gợi ý", "kết luận", "tham luận", "chia sẻ", "bày tỏ",
  "chúc mừng", "phổ biến", "truyền đạt", "cũng", "vừa", "sẽ", "đang", "còn", "thì", "mong", "trong",
  "nhằm", "để", "khai mạc", "bế mạc", "thực hiện", "chỉ đạo", "lên", "có", "đọc", "phân tích",
  "tiếp thu", "giải trình", "trả lời", "điều khiển", "chuẩn bị", "thẳng thắn", "nhận", "đồng thời",
  "mở đầu", "kết thúc", "tóm tắt", "chúc", "biểu dương", "động viên", "hoan nghênh", "lưu ý", "quán xuyến",
  "ý kiến", "khen", "và các", "và toàn", "các đồng chí", "cho rằng", "phụ trách", "ôn lại", "kể", "giao",
];

/** Words that start the name of a Party body or organisation. */
export const ORGAN_HEADS: readonly string[] = [
  "đảng ủy khối", "đảng bộ khối", "đảng ủy", "đảng bộ", "chi bộ", "chi ủy", "ban chi ủy", "ban thường vụ",
  "ban chấp hành", "thường trực", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy", "thị ủy", "đảng đoàn",
  "ban cán sự", "ủy ban thường vụ", "ủy ban kiểm tra", "ban tuyên giáo", "ban tổ chức", "ban dân vận",
];
