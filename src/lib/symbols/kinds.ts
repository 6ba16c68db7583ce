/**
 * Kinds of Party and State documents, their words in prose and their codes in symbols.
 * The values match the data model's DirectiveKind enum.
 */

export const DIRECTIVE_KINDS = [
  "CHI_THI",
  "NGHI_QUYET",
  "QUY_DINH",
  "KET_LUAN",
  "HUONG_DAN",
  "DE_AN",
  "KE_HOACH",
  "THONG_BAO",
  "QUYET_DINH",
  "CHUONG_TRINH",
  "KHAC",
] as const;

export type DirectiveKindCode = (typeof DIRECTIVE_KINDS)[number];

/** Prose words (lower case, NFC, canonical tone placement) naming each kind. */
export const KIND_WORDS: ReadonlyArray<readonly [string, DirectiveKindCode]> = [
  ["chỉ thị", "CHI_THI"],
  ["nghị quyết", "NGHI_QUYET"],
  ["quy định", "QUY_DINH"],
  ["qui định", "QUY_DINH"],
  ["kết luận", "KET_LUAN"],
  ["hướng dẫn", "HUONG_DAN"],
  ["đề án", "DE_AN"],
  ["kế hoạch", "KE_HOACH"],
  ["thông báo", "THONG_BAO"],
  ["quyết định", "QUYET_DINH"],
  ["chương trình", "CHUONG_TRINH"],
  ["thông tri", "KHAC"],
  ["quy chế", "KHAC"],
  ["công văn", "KHAC"],
];

/**
 * Abbreviations used as a kind word in prose ("NQ số 33", "CT 05"), only trusted when a number
 * follows, because "CT" is also "Chủ tịch" ("CT UBND huyện").
 */
export const KIND_ABBREVIATIONS: Readonly<Record<string, DirectiveKindCode>> = {
  ct: "CHI_THI",
  nq: "NGHI_QUYET",
  qđ: "QUYET_DINH",
  qđi: "QUY_DINH",
  kl: "KET_LUAN",
  hd: "HUONG_DAN",
  đa: "DE_AN",
  kh: "KE_HOACH",
  tb: "THONG_BAO",
  ctr: "CHUONG_TRINH",
};

/** Type code of a symbol ("CT" in "05-CT/TW") → kind. "QĐ" is ambiguous (Quyết định or Quy định). */
export const TYPE_CODE_KINDS: Readonly<Record<string, DirectiveKindCode>> = {
  CT: "CHI_THI",
  NQ: "NGHI_QUYET",
  QĐI: "QUY_DINH",
  QĐ: "QUYET_DINH",
  KL: "KET_LUAN",
  HD: "HUONG_DAN",
  ĐA: "DE_AN",
  KH: "KE_HOACH",
  TB: "THONG_BAO",
  CTR: "CHUONG_TRINH",
};

/** Kind → the usual type code, to guess a symbol's kind part when only a kind word is known. */
export const KIND_TYPE_CODES: Readonly<Partial<Record<DirectiveKindCode, readonly string[]>>> = {
  CHI_THI: ["CT"],
  NGHI_QUYET: ["NQ"],
  QUY_DINH: ["QĐ", "QĐI"],
  KET_LUAN: ["KL"],
  HUONG_DAN: ["HD"],
  DE_AN: ["ĐA"],
  KE_HOACH: ["KH"],
  THONG_BAO: ["TB"],
  QUYET_DINH: ["QĐ"],
  CHUONG_TRINH: ["CTR"],
};

/** Vietnamese label of a kind, for messages and formatting. */
export const KIND_LABELS: Readonly<Record<DirectiveKindCode, string>> = {
  CHI_THI: "Chỉ thị",
  NGHI_QUYET: "Nghị quyết",
  QUY_DINH: "Quy định",
  KET_LUAN: "Kết luận",
  HUONG_DAN: "Hướng dẫn",
  DE_AN: "Đề án",
  KE_HOACH: "Kế hoạch",
  THONG_BAO: "Thông báo",
  QUYET_DINH: "Quyết định",
  CHUONG_TRINH: "Chương trình",
  KHAC: "Văn bản",
};
