/**
 * Search latency over a generated archive: builds a realistic archive (an organisation tree,
 * members with Vietnamese names, a registry of ~200 Party documents, N meeting records with
 * reports, speeches, attendance and citations whose text is made of the sentences of the shared
 * real texts) in a fresh SQLite file and, when available, a fresh PostgreSQL database, then times
 * typical queries through the real search (searchMeetings: ranked, scoped, counted, with snippets)
 * beside the same words as a plain `LIKE '%…%'` scan. Prints figures; not a test, asserts nothing.
 *
 *   npm run -s bench:search [-- --sizes 2000,20000] [-- --runs 20] [-- --no-pg] [-- --keep]
 *
 * PostgreSQL: BENCH_PG_URL (a server where the script may create and drop databases), else a
 * throwaway cluster from Debian's binaries (scripts/pg-cluster.sh) when they are installed.
 * Run with `tsx --conditions=react-server` (the search module imports "server-only").
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { Prisma } from "@/generated/postgres/client";
import { getDb } from "@/server/db";
import { searchMeetings } from "@/server/search/meetings";
import type { Actor } from "@/server/policy/policy";
import { searchColumns, type SearchSourceRow } from "@/features/meetings/search-text";
import { CENTRAL_REGISTRY, directiveSearchText } from "@/features/directives/registry-seed";
import { sharedDir } from "@/features/import/fixtures-dir";
import { stripSourceUrlLine } from "@/features/import/parse/text";
import { parseSearchQuery } from "@/lib/search/query";
import { foldForSearch } from "@/lib/vi/normalize";
import { fullName, type NameParts } from "@/lib/vi/names";
import { directiveKindLabels } from "@/lib/vi/labels";
import type { DirectiveKind, MeetingKind, SpeechKind, UnitKind } from "@/lib/enums";

// ───────────── arguments ─────────────

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZES = (arg("--sizes") ?? "10000,100000")
  .split(",")
  .map((s) => Number.parseInt(s.replace(/_/g, ""), 10))
  .filter((n) => Number.isFinite(n) && n > 0);
const RUNS = Math.max(1, Number(arg("--runs") ?? 20));
const WARMUP = 2;
/** A case whose single run takes longer than this is timed fewer times (never fewer than MIN_RUNS). */
const CASE_BUDGET_MS = Number(arg("--case-budget-ms") ?? 6000);
const MIN_RUNS = 6;
const NO_PG = process.argv.includes("--no-pg");
/**
 * The app never runs ANALYZE on its SQLite file, and without statistics SQLite answers the
 * "cites this document" EXISTS of the search from the DirectiveCitation(directiveId) index: one
 * pass over all citations of the document per record, quadratic in the archive. Up to this size the
 * document queries are also timed once as the app's file is today, before ANALYZE; beyond it one such
 * query takes minutes. The tables are measured after ANALYZE (PostgreSQL: after VACUUM ANALYZE).
 */
const STATS_CHECK_MAX = Number(arg("--stats-check-max") ?? 20_000);
/** Keep the databases (and the throwaway cluster) for EXPLAIN by hand; where they are is printed. */
const KEEP = process.argv.includes("--keep");
const BATCH = 1000;

// ───────────── deterministic randomness ─────────────

let seed = 0x5eed;
function rand(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
function weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T {
  const total = xs.reduce((n, [, w]) => n + w, 0);
  let r = rand() * total;
  for (const [x, w] of xs) {
    r -= w;
    if (r < 0) return x;
  }
  return xs[xs.length - 1][0];
}
let idCounter = 0;
/** cuid-shaped ids (25 characters: "c", a counter, randomness), reproducible from the seed. */
function newId(): string {
  const r1 = Math.floor(rand() * 2821109907456)
    .toString(36)
    .padStart(8, "0"); // 36^8
  const r2 = Math.floor(rand() * 2821109907456)
    .toString(36)
    .padStart(8, "0");
  return `c${(idCounter++).toString(36).padStart(8, "0")}${r1}${r2}`;
}

// ───────────── vocabulary ─────────────

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9],
  ["Phạm", 7],
  ["Hoàng", 5],
  ["Huỳnh", 3],
  ["Phan", 4],
  ["Vũ", 4],
  ["Võ", 3],
  ["Đặng", 2],
  ["Bùi", 2],
  ["Đỗ", 2],
  ["Hồ", 1.5],
  ["Ngô", 1.5],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Đào", 1],
  ["Đinh", 1],
  ["Trịnh", 1],
  ["Lương", 0.5],
];
const MIDDLE_M = [
  "Văn",
  "Văn",
  "Văn",
  "Hữu",
  "Đức",
  "Minh",
  "Quang",
  "Xuân",
  "Thanh",
  "Công",
  "Ngọc",
  "Duy",
  "Mạnh",
  "Trọng",
  "Tiến",
  "Anh",
  "Hồng",
  "Đình",
];
const MIDDLE_F = [
  "Thị",
  "Thị",
  "Thị",
  "Thị Thu",
  "Thị Thanh",
  "Thị Minh",
  "Ngọc",
  "Thu",
  "Hồng",
  "Thanh",
  "Kim",
  "Thị Hồng",
  "Bích",
  "Mỹ",
  "Phương",
];
const GIVEN_M = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Giang",
  "Hải",
  "Hiếu",
  "Hòa",
  "Hùng",
  "Huy",
  "Khánh",
  "Kiên",
  "Long",
  "Lâm",
  "Minh",
  "Nam",
  "Nghĩa",
  "Phong",
  "Phúc",
  "Quân",
  "Quyết",
  "Sơn",
  "Tâm",
  "Thắng",
  "Thành",
  "Toàn",
  "Trung",
  "Tuấn",
  "Tùng",
  "Việt",
  "Vinh",
  "Mến",
  "Liêm",
  "Cẩn",
  "Bảo",
  "Chiến",
  "Định",
  "Hưng",
  "Lộc",
];
const GIVEN_F = [
  "Anh",
  "Chi",
  "Dung",
  "Duyên",
  "Giang",
  "Hà",
  "Hạnh",
  "Hằng",
  "Hiền",
  "Hoa",
  "Huệ",
  "Hương",
  "Lan",
  "Liên",
  "Linh",
  "Loan",
  "Mai",
  "Nga",
  "Ngọc",
  "Nhung",
  "Oanh",
  "Phương",
  "Quỳnh",
  "Thảo",
  "Thủy",
  "Trang",
  "Vân",
  "Yến",
  "Xuân",
  "Hồng",
];

const PLACES = [
  "Tân Phong",
  "Hòa Bình",
  "Quang Trung",
  "Đông Hưng",
  "Minh Khai",
  "Thanh Sơn",
  "Phú Thọ",
  "Kim Đồng",
  "Nghĩa Hưng",
  "An Lạc",
  "Tiên Lữ",
  "Đồng Tâm",
  "Hưng Đạo",
  "Yên Mỹ",
  "Văn Lâm",
  "Lạc Hồng",
  "Bình Minh",
  "Phù Cừ",
  "Trà Tập",
  "Tam Đa",
];
const AGENCIES = [
  "Trường Cao đẳng Kinh tế – Kỹ thuật",
  "Trường Đại học Sư phạm",
  "Bệnh viện Đa khoa huyện",
  "Công an huyện",
  "Ban Chỉ huy Quân sự huyện",
  "Ủy ban nhân dân huyện",
  "Trung tâm Y tế huyện",
  "Công ty Điện lực",
  "Quỹ Bảo vệ môi trường",
  "Trường Trung học phổ thông",
];
const SCHOOL_CHI_BO = ["Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở", "Trường Tiểu học và Mầm non"];
const COMMUNE_CHI_BO = [
  "thôn Đông",
  "thôn Tây",
  "thôn Nam",
  "thôn Bắc",
  "thôn Trung",
  "khu phố 1",
  "khu phố 2",
  "Quân sự",
  "Công an",
  "Trạm Y tế",
  "Cơ quan",
];
const AGENCY_CHI_BO = [
  "Đào tạo",
  "Hành chính – Tổng hợp",
  "Tài chính – Kế toán",
  "Khoa Cơ bản",
  "Khoa Kinh tế",
  "Khoa Kỹ thuật",
  "Phòng Công tác học sinh, sinh viên",
  "Giáo dục quốc phòng",
  "Khảo thí và Đảm bảo chất lượng",
  "Thư viện",
];

const TOPICS = [
  "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết",
  "Nâng cao chất lượng sinh hoạt chi bộ",
  "Phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống, tự diễn biến, tự chuyển hóa",
  "Nêu cao tinh thần trách nhiệm, tính tiên phong, gương mẫu của cán bộ, đảng viên",
  "Chuyển đổi số trong công tác xây dựng Đảng",
  "Đổi mới căn bản, toàn diện giáo dục và đào tạo",
  "Xây dựng nông thôn mới nâng cao",
  "Công tác phát triển đảng viên trong học sinh, sinh viên",
  "Thực hành tiết kiệm, chống lãng phí",
  "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
  "Xây dựng chi bộ trong sạch, vững mạnh",
  "Cải cách hành chính, nâng cao hiệu quả phục vụ nhân dân",
  "Kỷ cương, kỷ luật và trách nhiệm giải quyết công việc",
  "Phát huy dân chủ ở cơ sở",
];
const ROMAN = ["I", "II", "III", "IV"];
const RATINGS = ["Tốt", "Tốt", "Tốt", "Khá", "Khá", "Trung bình"];

/** Sentences for the meetings' text when the shared real texts are missing. */
const FALLBACK_SENTENCES = [
  "Chi bộ đã lãnh đạo đảng viên hoàn thành tốt nhiệm vụ chính trị được giao trong tháng.",
  "Đảng viên trong chi bộ nêu cao tinh thần trách nhiệm, đoàn kết, thống nhất trong lãnh đạo và chỉ đạo thực hiện nhiệm vụ.",
  "Công tác giáo dục chính trị tư tưởng được quan tâm thực hiện thường xuyên, đúng kế hoạch.",
  "Bên cạnh những kết quả đạt được, chi bộ vẫn còn một số hạn chế cần khắc phục trong thời gian tới.",
  "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chuyên môn của từng đảng viên.",
  "Đồng chí Bí thư chi bộ đề nghị các đảng viên tiếp tục phát huy tinh thần tự phê bình và phê bình.",
  "Chi bộ đã tổ chức quán triệt, triển khai kịp thời các văn bản chỉ đạo của cấp trên đến toàn thể đảng viên.",
  "Công tác kiểm tra, giám sát được thực hiện theo đúng chương trình, kế hoạch đề ra.",
  "Các đoàn thể chính trị – xã hội hoạt động có hiệu quả, tạo sự đồng thuận trong cán bộ, đảng viên và quần chúng.",
  "Tỷ lệ đảng viên tham gia sinh hoạt đạt cao, nội dung sinh hoạt thiết thực, phù hợp với tình hình thực tế của đơn vị.",
  "Đảng viên phát biểu ý kiến thẳng thắn, đóng góp nhiều giải pháp để nâng cao chất lượng hoạt động của chi bộ.",
  "Chi bộ thống nhất phương hướng, nhiệm vụ trọng tâm trong tháng tới và phân công cụ thể cho từng đảng viên.",
  "Công tác phát triển đảng viên được quan tâm, chi bộ đã giới thiệu quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng.",
  "Việc thu, nộp đảng phí được thực hiện đầy đủ, đúng quy định.",
  "Chi bộ đã chỉ đạo thực hiện tốt công tác cải cách hành chính, nâng cao chất lượng phục vụ nhân dân.",
];
/** A rare word: only a few records of autumn 2024 have it. */
const RARE_SENTENCE = "Chi bộ đã vận động đảng viên quyên góp ủng hộ đồng bào bị thiệt hại do bão Yagi gây ra.";

function loadSentences(): { sentences: string[]; source: string } {
  const dir = sharedDir();
  const files: string[] = [];
  for (const sub of ["seeds", path.join("fixtures", "corpus")]) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith(".txt")) files.push(path.join(d, f));
  }
  const out = new Set<string>();
  for (const f of files) {
    const text = stripSourceUrlLine(readFileSync(f, "utf8")).normalize("NFC");
    for (const line of text.split(/\r?\n/)) {
      for (const s of line.split(/(?<=[.!?…;])\s+(?=\p{Lu})/u)) {
        const t = s.replace(/\s+/g, " ").trim();
        const words = t.split(" ").length;
        if (words >= 6 && words <= 80 && /\p{Ll}/u.test(t) && !/https?:\/\//.test(t)) out.add(t);
      }
    }
  }
  if (out.size < 20)
    return {
      sentences: FALLBACK_SENTENCES,
      source: `${FALLBACK_SENTENCES.length} built-in sentences (no shared texts in ${dir})`,
    };
  return { sentences: [...out], source: `${out.size} sentences of ${files.length} shared real texts (${dir})` };
}

// ───────────── the archive ─────────────

interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  school: boolean;
  members: MemberRow[];
  children: UnitRow[];
  parent: UnitRow | null;
}
interface MemberRow extends NameParts {
  id: string;
  unitId: string;
  name: string;
  title: string | null;
  gender: "MALE" | "FEMALE";
}
interface DirectiveRow {
  id: string;
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string;
  term: string | null;
  plenum: string | null;
  congress: string | null;
  subject: string;
  weight: number;
}

function person(unitId: string, title: string | null): MemberRow {
  const gender = rand() < 0.55 ? "MALE" : "FEMALE";
  const parts: NameParts = {
    familyName: weighted(FAMILY),
    middleName: pick(gender === "MALE" ? MIDDLE_M : MIDDLE_F),
    givenName: pick(gender === "MALE" ? GIVEN_M : GIVEN_F),
  };
  return { id: newId(), unitId, ...parts, name: fullName(parts), title, gender };
}

function buildTree(): { root: UnitRow; dangBo: UnitRow[]; chiBo: UnitRow[]; members: MemberRow[] } {
  const mk = (name: string, kind: UnitKind, parent: UnitRow | null, school = false): UnitRow => {
    const id = newId();
    const u: UnitRow = {
      id,
      name,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      school,
      members: [],
      children: [],
      parent,
    };
    parent?.children.push(u);
    return u;
  };
  const root = mk("Đảng bộ huyện Tiên Lữ", "DANG_BO", null);
  const dangBo: UnitRow[] = [];
  const chiBo: UnitRow[] = [];
  const members: MemberRow[] = [];
  for (let i = 0; i < 40; i++) {
    const agency = i % 4 === 3;
    const name = agency
      ? `Đảng bộ ${AGENCIES[(i >> 2) % AGENCIES.length]}`
      : `Đảng bộ ${i % 3 === 2 ? "thị trấn" : "xã"} ${PLACES[i % PLACES.length]}${i >= PLACES.length ? ` ${ROMAN[(i / PLACES.length) | 0]}` : ""}`;
    const db = mk(name, "DANG_BO_CO_SO", root);
    dangBo.push(db);
    const n = int(6, 10);
    for (let j = 0; j < n; j++) {
      let cbName: string;
      let school = false;
      if (agency) cbName = `Chi bộ ${AGENCY_CHI_BO[j % AGENCY_CHI_BO.length]}`;
      else if (j < 3) {
        school = true;
        cbName = `Chi bộ ${SCHOOL_CHI_BO[j % SCHOOL_CHI_BO.length]} ${PLACES[i % PLACES.length]}`;
      } else cbName = `Chi bộ ${COMMUNE_CHI_BO[(j - 3) % COMMUNE_CHI_BO.length]}`;
      const cb = mk(
        cbName,
        "CHI_BO",
        db,
        school || (agency && AGENCIES[(i >> 2) % AGENCIES.length].startsWith("Trường")),
      );
      chiBo.push(cb);
      const size = int(10, 30);
      for (let k = 0; k < size; k++) {
        let title: string | null = null;
        if (k === 0) title = cb.school ? "Bí thư Chi bộ, Hiệu trưởng" : "Bí thư Chi bộ";
        else if (k === 1) title = cb.school ? "Phó Bí thư Chi bộ, Phó Hiệu trưởng" : "Phó Bí thư Chi bộ";
        else if (cb.school)
          title = pick(["Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Kế toán", "Tổng phụ trách Đội"]);
        else if (rand() < 0.3)
          title = pick([
            "Trưởng thôn",
            "Chi hội trưởng Hội Nông dân",
            "Bí thư Chi đoàn",
            "Chi hội trưởng Hội Phụ nữ",
            "Cán bộ",
            "Chuyên viên",
          ]);
        const m = person(cb.id, title);
        cb.members.push(m);
        members.push(m);
      }
    }
    // The đảng ủy: the secretaries of its chi bộ, the Bí thư Đảng ủy first.
    db.members = db.children.map((c) => c.members[0]);
    db.members[0] = { ...db.members[0], title: agency ? "Bí thư Đảng ủy, Thủ trưởng đơn vị" : "Bí thư Đảng ủy" };
  }
  root.members = dangBo.map((d) => d.members[0]);
  return { root, dangBo, chiBo, members };
}

function buildRegistry(): DirectiveRow[] {
  const out: DirectiveRow[] = CENTRAL_REGISTRY.map((e) => ({
    id: newId(),
    kind: e.kind,
    number: e.number,
    symbol: e.symbol,
    issuedOn: e.issuedOn,
    issuer: e.issuer,
    term: e.term,
    plenum: e.plenum ?? null,
    congress: e.congress ?? null,
    subject: e.subject,
    weight: e.number === "05" && e.symbol === "CT/TW" ? 30 : e.kind === "CHI_THI" || e.kind === "HUONG_DAN" ? 8 : 3,
  }));
  const central: Array<Omit<DirectiveRow, "id">> = [
    {
      kind: "NGHI_QUYET",
      number: "04",
      symbol: "NQ/TW",
      issuedOn: "2016-10-30",
      issuer: "Ban Chấp hành Trung ương",
      term: "XII",
      plenum: "4",
      congress: null,
      subject:
        "Về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo " +
        "đức, lối sống, những biểu hiện tự diễn biến, tự chuyển hóa trong nội bộ",
      weight: 14,
    },
    {
      kind: "NGHI_QUYET",
      number: "12",
      symbol: "NQ/TW",
      issuedOn: "2012-01-16",
      issuer: "Ban Chấp hành Trung ương",
      term: "XI",
      plenum: "4",
      congress: null,
      subject: "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
      weight: 6,
    },
    {
      kind: "KET_LUAN",
      number: "21",
      symbol: "KL/TW",
      issuedOn: "2021-10-25",
      issuer: "Ban Chấp hành Trung ương",
      term: "XIII",
      plenum: "4",
      congress: null,
      subject: "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
      weight: 10,
    },
    {
      kind: "NGHI_QUYET",
      number: "18",
      symbol: "NQ/TW",
      issuedOn: "2017-10-25",
      issuer: "Ban Chấp hành Trung ương",
      term: "XII",
      plenum: "6",
      congress: null,
      subject:
        "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
      weight: 5,
    },
    {
      kind: "NGHI_QUYET",
      number: "33",
      symbol: "NQ/TW",
      issuedOn: "2014-06-09",
      issuer: "Ban Chấp hành Trung ương",
      term: "XI",
      plenum: "9",
      congress: null,
      subject: "Về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
      weight: 4,
    },
    {
      kind: "NGHI_QUYET",
      number: "29",
      symbol: "NQ/TW",
      issuedOn: "2013-11-04",
      issuer: "Ban Chấp hành Trung ương",
      term: "XI",
      plenum: "8",
      congress: null,
      subject: "Về đổi mới căn bản, toàn diện giáo dục và đào tạo",
      weight: 5,
    },
    {
      kind: "NGHI_QUYET",
      number: "35",
      symbol: "NQ/TW",
      issuedOn: "2018-10-22",
      issuer: "Bộ Chính trị",
      term: "XII",
      plenum: null,
      congress: null,
      subject:
        "Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
      weight: 5,
    },
    {
      kind: "KET_LUAN",
      number: "01",
      symbol: "KL/TW",
      issuedOn: "2021-05-18",
      issuer: "Bộ Chính trị",
      term: "XIII",
      plenum: null,
      congress: null,
      subject: "Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII",
      weight: 8,
    },
    {
      kind: "NGHI_QUYET",
      number: null,
      symbol: null,
      issuedOn: "2021-02-01",
      issuer: "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
      term: "XIII",
      plenum: null,
      congress: "XIII",
      subject: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
      weight: 4,
    },
    {
      kind: "QUY_DINH",
      number: "08",
      symbol: "QĐi/TW",
      issuedOn: "2018-10-25",
      issuer: "Ban Chấp hành Trung ương",
      term: "XII",
      plenum: null,
      congress: null,
      subject: "Về trách nhiệm nêu gương của cán bộ, đảng viên",
      weight: 4,
    },
    {
      kind: "QUY_DINH",
      number: "144",
      symbol: "QĐ/TW",
      issuedOn: "2024-05-09",
      issuer: "Bộ Chính trị",
      term: "XIII",
      plenum: null,
      congress: null,
      subject: "Về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới",
      weight: 3,
    },
  ];
  for (const d of central) out.push({ id: newId(), ...d });
  // Local documents: the province, the district and the đảng ủy issue many, with reused numbers.
  const localKinds: ReadonlyArray<readonly [DirectiveKind, string, number]> = [
    ["NGHI_QUYET", "NQ", 4],
    ["CHI_THI", "CT", 2],
    ["KET_LUAN", "KL", 1],
    ["KE_HOACH", "KH", 4],
    ["HUONG_DAN", "HD", 1.5],
    ["CHUONG_TRINH", "CTr", 1],
    ["THONG_BAO", "TB", 1],
  ];
  const issuers: ReadonlyArray<readonly [string, string]> = [
    ["Ban Thường vụ Tỉnh ủy Hưng Yên", "TU"],
    ["Ban Chấp hành Đảng bộ tỉnh", "TU"],
    ["Ban Thường vụ Huyện ủy", "HU"],
    ["Ban Chấp hành Đảng bộ huyện", "HU"],
  ];
  while (out.length < 200) {
    const [kind, code, w] = weighted(localKinds.map((k) => [k, k[2]] as const));
    const [issuer, organ] = pick(issuers);
    const year = int(2012, 2024);
    const number = String(int(1, 120)).padStart(2, "0");
    out.push({
      id: newId(),
      kind,
      number,
      symbol: `${code}/${organ}`,
      issuedOn: `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`,
      issuer,
      term: null,
      plenum: null,
      congress: null,
      subject: `Về ${pick(TOPICS).toLowerCase()}`,
      weight: w * 0.15,
    });
  }
  return out;
}

function vnDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

function citationRaw(d: DirectiveRow): string {
  const kind = directiveKindLabels[d.kind];
  const ref = d.number ? `${kind} số ${d.number}${d.symbol ? `-${d.symbol}` : ""}` : d.subject;
  const plenum = d.plenum ? ` Hội nghị lần thứ ${d.plenum} Ban Chấp hành Trung ương khóa ${d.term}` : "";
  return `${ref}${d.issuedOn ? ` ngày ${vnDate(d.issuedOn)}` : ""} của ${d.issuer}${plenum}`;
}

// ───────────── meetings ─────────────

type MeetingData = Prisma.MeetingCreateManyInput;
type AttendanceData = Prisma.AttendanceCreateManyInput;
type ReportData = Prisma.ReportCreateManyInput;
type SpeechData = Prisma.SpeechCreateManyInput;
type CitationData = Prisma.DirectiveCitationCreateManyInput;

interface Batch {
  meetings: MeetingData[];
  attendance: AttendanceData[];
  reports: ReportData[];
  speeches: SpeechData[];
  citations: CitationData[];
}

interface Archive {
  root: UnitRow;
  dangBo: UnitRow[];
  chiBo: UnitRow[];
  members: MemberRow[];
  directives: DirectiveRow[];
  sentences: string[];
}

const START = Date.UTC(2015, 0, 1);
const END = Date.UTC(2025, 0, 1);

function text(sentences: string[], minWords: number, maxWords: number): string {
  const target = int(minWords, maxWords);
  const out: string[] = [];
  let n = 0;
  while (n < target) {
    const s = pick(sentences);
    out.push(s);
    n += s.split(" ").length;
  }
  return out.join(" ");
}

function meetingKind(level: number): MeetingKind {
  if (level === 2)
    return weighted<MeetingKind>([
      ["THUONG_KY", 78],
      ["CHUYEN_DE", 12],
      ["SO_KET", 3],
      ["TONG_KET", 3],
      ["KIEM_DIEM", 2],
      ["DAI_HOI", 1],
      ["KHAC", 1],
    ]);
  return weighted<MeetingKind>([
    ["HOI_NGHI_CAP_UY", 50],
    ["HOC_TAP_QUAN_TRIET", 20],
    ["SO_KET", 12],
    ["TONG_KET", 10],
    ["KIEM_DIEM", 5],
    ["DAI_HOI", 3],
  ]);
}

function generateMeeting(a: Archive, batch: Batch): void {
  const r = rand();
  const unit = r < 0.88 ? pick(a.chiBo) : r < 0.99 ? pick(a.dangBo) : a.root;
  const level = unit.depth;
  const kind = meetingKind(level);
  const day = START + Math.floor(rand() * ((END - START) / 86_400_000)) * 86_400_000;
  const date = new Date(day);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth() + 1;
  const hour = rand() < 0.6 ? 14 : 8; // Việt Nam time
  const startsAt = new Date(day + (hour - 7) * 3_600_000);
  const endsAt = new Date(startsAt.getTime() + int(90, 210) * 60_000);
  const topic = pick(TOPICS);

  // Documents cited.
  const nCite = weighted([
    [0, 35],
    [1, 35],
    [2, 20],
    [3, 10],
  ] as const);
  const cited: DirectiveRow[] = [];
  for (let i = 0; i < nCite; i++) {
    const d = weighted(a.directives.map((x) => [x, x.weight] as const));
    if (!cited.includes(d)) cited.push(d);
  }
  let title: string;
  switch (kind) {
    case "THUONG_KY":
      title = `Sinh hoạt chi bộ thường kỳ tháng ${mo} năm ${y}`;
      break;
    case "CHUYEN_DE":
      title = `Sinh hoạt chuyên đề quý ${ROMAN[Math.floor((mo - 1) / 3)]} năm ${y}: ${topic}`;
      break;
    case "SO_KET":
      title = `Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm ${y}`;
      break;
    case "TONG_KET":
      title = `Hội nghị tổng kết công tác xây dựng Đảng năm ${y}`;
      break;
    case "KIEM_DIEM":
      title = `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${y}`;
      break;
    case "DAI_HOI":
      title = `Đại hội ${unit.name} nhiệm kỳ ${y}–${y + 5}`;
      break;
    case "HOC_TAP_QUAN_TRIET": {
      const d = pick(a.directives.slice(0, 30));
      if (!cited.includes(d)) cited.unshift(d);
      title = `Hội nghị học tập, quán triệt ${directiveKindLabels[d.kind]}${d.number ? ` số ${d.number}-${d.symbol}` : ""} của ${d.issuer}`;
      break;
    }
    case "HOI_NGHI_CAP_UY":
      title = `Hội nghị Ban Chấp hành ${unit.name} tháng ${mo} năm ${y}`;
      break;
    default:
      title = `Họp chi bộ mở rộng tháng ${mo} năm ${y}`;
  }

  const id = newId();
  const roster = unit.members;
  const chair = roster[0];
  const secretary =
    roster[Math.min(roster.length - 1, level === 2 ? 2 + (int(0, 3) % Math.max(1, roster.length - 2)) : 1)];
  const place =
    level === 2
      ? `Hội trường ${unit.name.replace(/^Chi bộ /, "")}`
      : `Hội trường ${unit.name.replace(/^Đảng bộ /, "")}`;
  const rating = kind === "THUONG_KY" || kind === "CHUYEN_DE" ? pick(RATINGS) : null;
  const status = rand() < 0.9 ? "APPROVED" : "DRAFT";
  const rare =
    startsAt.getTime() >= Date.UTC(2024, 8, 10) && startsAt.getTime() < Date.UTC(2024, 11, 1) && rand() < 0.06;

  // Attendance: the roster, a few absent with a reason.
  const attendance: SearchSourceRow["attendance"] = [];
  roster.forEach((m, i) => {
    const absent = rand() < 0.08;
    const reason = absent ? pick(["đi công tác", "ốm", "việc gia đình", "đi học"]) : null;
    attendance.push({ name: m.name, title: null, reason });
    batch.attendance.push({
      id: newId(),
      meetingId: id,
      memberId: m.id,
      status: absent ? "ABSENT_EXCUSED" : "PRESENT",
      category: "OFFICIAL",
      memberStatus: "ACTIVE",
      name: m.name,
      title: null,
      reason,
      position: i,
    });
  });
  const present = attendance.filter((x) => !x.reason).length;

  // Reports.
  const reports: SearchSourceRow["reports"] = [];
  const nRep = kind === "THUONG_KY" ? int(1, 2) : int(1, 3);
  const repTitles = [
    kind === "THUONG_KY"
      ? `Báo cáo kết quả thực hiện nhiệm vụ tháng ${mo} năm ${y}`
      : `Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    `Phương hướng, nhiệm vụ ${kind === "THUONG_KY" ? `tháng ${(mo % 12) + 1}` : `năm ${y + (kind === "TONG_KET" ? 1 : 0)}`}`,
    `Báo cáo chuyên đề: ${topic}`,
  ];
  for (let i = 0; i < nRep; i++) {
    const presenter = i === 0 ? chair : roster[Math.min(roster.length - 1, 1)];
    let content = text(a.sentences, 50, 140);
    if (i === 0 && cited[0])
      content = `Thực hiện ${citationRaw(cited[0])}, ${content.charAt(0).toLowerCase()}${content.slice(1)}`;
    if (rare && i === 0) content += ` ${RARE_SENTENCE}`;
    reports.push({
      title: repTitles[i],
      content,
      presenterName: presenter.name,
      presenterTitle: presenter.title,
      presenter,
    });
    batch.reports.push({
      id: newId(),
      meetingId: id,
      position: i,
      title: repTitles[i],
      presenterMemberId: presenter.id,
      presenterName: presenter.name,
      presenterTitle: presenter.title,
      content,
    });
  }

  // Speeches: opinions, contributions (tham luận), the superior's guidance, the chair's conclusion.
  const speeches: SearchSourceRow["speeches"] = [];
  const nSp = int(2, 6);
  const thamLuan =
    kind === "CHUYEN_DE" || kind === "SO_KET" || kind === "TONG_KET" || kind === "DAI_HOI" || rand() < 0.08;
  for (let i = 0; i < nSp; i++) {
    let sk: SpeechKind = "Y_KIEN";
    if (i === nSp - 1) sk = "KET_LUAN";
    else if (thamLuan && i < 2) sk = "THAM_LUAN";
    else if (i === nSp - 2 && unit.parent && rand() < 0.3) sk = "CHI_DAO";
    const speaker = sk === "KET_LUAN" ? chair : sk === "CHI_DAO" && unit.parent ? unit.parent.members[0] : pick(roster);
    const speakerUnit = sk === "CHI_DAO" && unit.parent ? unit.parent : unit;
    const sTitle =
      sk === "THAM_LUAN"
        ? pick([
            `Tham luận: ${topic}`,
            `Tham luận về nâng cao chất lượng sinh hoạt chi bộ`,
            `Tham luận về vai trò tiên phong, gương mẫu của đảng viên`,
          ])
        : null;
    const content = text(a.sentences, sk === "THAM_LUAN" ? 50 : 20, sk === "THAM_LUAN" ? 120 : 70);
    speeches.push({
      title: sTitle,
      content,
      speakerName: speaker.name,
      speakerTitle: speaker.title,
      speaker,
      speakerUnitName: speakerUnit.name,
      speakerUnit: { name: speakerUnit.name },
    });
    batch.speeches.push({
      id: newId(),
      meetingId: id,
      position: i,
      kind: sk,
      title: sTitle,
      speakerMemberId: speaker.id,
      speakerName: speaker.name,
      speakerTitle: speaker.title,
      speakerUnitId: speakerUnit.id,
      speakerUnitName: speakerUnit.name,
      content,
    });
  }

  const citations: SearchSourceRow["citations"] = cited.map((d, i) => {
    const raw = citationRaw(d);
    batch.citations.push({ id: newId(), meetingId: id, directiveId: d.id, position: i, raw, note: null });
    return {
      raw,
      note: null,
      directive: {
        kind: d.kind,
        number: d.number,
        symbol: d.symbol,
        issuer: d.issuer,
        subject: d.subject,
        plenum: d.plenum,
        congress: d.congress,
        term: d.term,
      },
    };
  });

  const opening =
    `Đồng chí ${chair.name}${chair.title ? ` – ${chair.title}` : ""} chủ trì, tuyên bố lý do, giới thiệu ` +
    `thành phần tham dự. Tổng số đảng viên: ${roster.length}; có mặt: ${present}; vắng: ` +
    `${roster.length - present} (có lý do).`;
  const closing =
    `${level === 2 ? "Buổi sinh hoạt" : "Hội nghị"} kết thúc vào hồi ${hour + 2} giờ ` +
    `${pick(["00", "15", "30", "45"])} phút cùng ngày; biên bản đã được thông qua trước ` +
    `${level === 2 ? "chi bộ" : "hội nghị"}.`;
  const source: SearchSourceRow = {
    kind,
    title,
    summary: null,
    number: null,
    place,
    opening,
    closing,
    rating,
    chairName: null,
    chair,
    secretaryName: null,
    secretary,
    unit: { name: unit.name },
    attendance,
    agendaItems: [],
    reports,
    speeches,
    citations,
    conclusions: [],
    resolutions: [],
    tasks: [],
    amendments: [],
  };
  const cols = searchColumns(source);
  batch.meetings.push({
    id,
    unitId: unit.id,
    kind,
    title,
    startsAt,
    endsAt,
    place,
    chairMemberId: chair.id,
    chairTitle: chair.title,
    secretaryMemberId: secretary.id,
    secretaryTitle: secretary.title,
    opening,
    closing,
    rating,
    status,
    approvedAt: status === "APPROVED" ? endsAt : null,
    minutesVoteFor: status === "APPROVED" ? present : null,
    minutesVoteAgainst: status === "APPROVED" ? 0 : null,
    minutesVoteAbstain: status === "APPROVED" ? 0 : null,
    createdAt: endsAt,
    ...cols,
  });
}

type Row = Record<string, unknown>;

/** Raw multi-row INSERTs, one transaction per batch: Prisma's createMany manages ~10k rows/s here, too slow for 100k records. */
interface Inserter {
  insert(table: string, rows: Row[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

function columnsOf(rows: Row[]): string[] {
  const cols = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) cols.add(k);
  return [...cols];
}

function sqliteInserter(file: string): Inserter {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // This loading connection only: the file is the same, the load needs no durability.
  db.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  // As Prisma's SQLite adapter writes them: ISO text with "+00:00", booleans as 0/1.
  const value = (v: unknown) =>
    v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null);
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const cols = columnsOf(rows);
      const key = `${table}(${cols.join(",")})`;
      let st = statements.get(key);
      if (!st) {
        st = db.prepare(
          `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
        );
        statements.set(key, st);
      }
      for (const r of rows) st.run(cols.map((c) => value(r[c])));
    },
    async transaction(fn) {
      db.exec("BEGIN");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    },
    async close() {
      db.close();
    },
  };
}

async function pgInserter(url: string): Promise<Inserter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // timestamp(3) without time zone holding UTC wall time, as Prisma's adapter writes it.
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : (v ?? null));
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const cols = columnsOf(rows);
      const per = Math.floor(60_000 / cols.length);
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const params: unknown[] = [];
        const tuples = chunk.map((r) => `(${cols.map((c) => `$${params.push(value(r[c]))}`).join(", ")})`);
        await client.query(
          `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
          params,
        );
      }
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    async close() {
      await client.end();
    },
  };
}

interface Loaded {
  /** Per database: time spent writing, ms. */
  writeMs: number[];
  /** Building the records in memory (once for all databases), ms. */
  buildMs: number;
  rows: { meetings: number; attendance: number; reports: number; speeches: number; citations: number };
}

/** Builds the archive batch by batch and writes each batch to every database (the same records everywhere). */
async function load(targets: Inserter[], a: Archive, n: number): Promise<Loaded> {
  const now = new Date();
  const writeMs = targets.map(() => 0);
  const write = async (fn: (ins: Inserter) => Promise<void>) => {
    for (const [i, ins] of targets.entries()) {
      const t = performance.now();
      await ins.transaction(() => fn(ins));
      writeMs[i] += performance.now() - t;
    }
  };
  await write(async (ins) => {
    await ins.insert(
      "Unit",
      [a.root, ...a.dangBo, ...a.chiBo].map((u, i) => ({
        id: u.id,
        name: u.name,
        nameFolded: foldForSearch(u.name),
        kind: u.kind,
        parentId: u.parentId,
        path: u.path,
        depth: u.depth,
        place: "Hưng Yên",
        sortOrder: i,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await ins.insert(
      "Member",
      a.members.map((m) => ({
        id: m.id,
        unitId: m.unitId,
        familyName: m.familyName,
        middleName: m.middleName,
        givenName: m.givenName,
        nameFolded: foldForSearch(m.name),
        gender: m.gender,
        title: m.title,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await ins.insert(
      "Directive",
      a.directives.map((d) => ({
        id: d.id,
        kind: d.kind,
        number: d.number,
        symbol: d.symbol,
        issuedOn: d.issuedOn,
        issuer: d.issuer,
        term: d.term,
        plenum: d.plenum,
        congress: d.congress,
        subject: d.subject,
        searchText: directiveSearchText(d),
        createdAt: now,
        updatedAt: now,
      })),
    );
  });
  const rows = { meetings: 0, attendance: 0, reports: 0, speeches: 0, citations: 0 };
  let buildMs = 0;
  for (let done = 0; done < n; ) {
    const batch: Batch = { meetings: [], attendance: [], reports: [], speeches: [], citations: [] };
    const k = Math.min(BATCH, n - done);
    const tg = performance.now();
    for (let i = 0; i < k; i++) generateMeeting(a, batch);
    buildMs += performance.now() - tg;
    done += k;
    await write(async (ins) => {
      await ins.insert(
        "Meeting",
        batch.meetings.map((m) => ({ ...m, updatedAt: now })),
      );
      await ins.insert("Attendance", batch.attendance);
      await ins.insert("Report", batch.reports);
      await ins.insert("Speech", batch.speeches);
      await ins.insert("DirectiveCitation", batch.citations);
    });
    rows.meetings += batch.meetings.length;
    rows.attendance += batch.attendance.length;
    rows.reports += batch.reports.length;
    rows.speeches += batch.speeches.length;
    rows.citations += batch.citations.length;
    if (process.stdout.isTTY) process.stdout.write(`\r  … ${done}/${n}`);
  }
  if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");
  return { writeMs, buildMs, rows };
}

// ───────────── databases ─────────────

function migrations(flavor: "sqlite" | "postgres"): string[] {
  const dir = path.join(process.cwd(), "prisma", flavor, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

interface Target {
  label: string;
  url: string;
  inserter(): Promise<Inserter>;
  /** Size on disk after the load, in bytes. */
  size(): Promise<number>;
  /** After the load: checkpoint (SQLite), statistics for the planner (PostgreSQL). */
  settle(): Promise<void>;
  /** SQLite only: ANALYZE, which the app itself never runs (see STATS_CHECK_MAX). */
  analyze?(): Promise<number>;
  drop(): Promise<void>;
}

function sqliteTarget(dir: string, n: number): Target {
  const file = path.join(dir, `bench-${n}.db`);
  const sqlite = new Database(file);
  for (const sql of migrations("sqlite")) sqlite.exec(sql);
  sqlite.pragma("journal_mode = WAL"); // as scripts/start.mjs sets it
  sqlite.close();
  const files = () => ["", "-wal", "-shm"].map((s) => file + s);
  return {
    label: "SQLite",
    url: `file:${file}`,
    inserter: async () => sqliteInserter(file),
    async size() {
      return files().reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
    },
    async settle() {
      const db = new Database(file);
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
    async analyze() {
      const db = new Database(file);
      const t = performance.now();
      db.exec("ANALYZE");
      const ms = performance.now() - t;
      db.close();
      return ms;
    },
    async drop() {
      if (KEEP) return void console.log(`Kept / giữ lại: ${file}`);
      for (const f of files()) rmSync(f, { force: true });
    },
  };
}

async function pgTarget(serverUrl: string, n: number): Promise<Target> {
  const name = `sbb_bench_${n}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    for (const sql of migrations("postgres")) await c.query(sql);
  } finally {
    await c.end();
  }
  const withClient = async <T>(target: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    label: "PostgreSQL",
    url,
    inserter: () => pgInserter(url),
    size: () =>
      withClient(url, async (cl) =>
        Number((await cl.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n),
      ),
    // Autovacuum would analyse the freshly loaded tables within a minute; do it now, deterministically.
    settle: () => withClient(url, async (cl) => void (await cl.query("VACUUM ANALYZE"))),
    drop: () =>
      KEEP
        ? Promise.resolve(void console.log(`Kept / giữ lại: ${url}`))
        : withClient(serverUrl, async (cl) => void (await cl.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function debianPgBin(): boolean {
  try {
    return readdirSync("/usr/lib/postgresql").some((v) =>
      existsSync(path.join("/usr/lib/postgresql", v, "bin", "initdb")),
    );
  } catch {
    return false;
  }
}

// ───────────── timing ─────────────

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

interface Timing {
  p50: number;
  p95: number;
  runs: number;
  matches: number;
}

/** A run slower than this makes the second warm-up run count as timed, and allows as few as SLOW_MIN_RUNS runs. */
const SLOW_MS = 2000;
const SLOW_MIN_RUNS = 3;

async function time(fn: () => Promise<number>): Promise<Timing> {
  const ms: number[] = [];
  let matches = 0;
  let warm = 0;
  for (let i = 0; i < WARMUP; i++) {
    const t = performance.now();
    matches = await fn();
    warm = performance.now() - t;
    if (warm > SLOW_MS) break; // one warm-up is enough for a query this slow
  }
  const min = warm > SLOW_MS ? SLOW_MIN_RUNS : MIN_RUNS;
  const runs = Math.min(RUNS, Math.max(Math.min(RUNS, min), Math.floor(CASE_BUDGET_MS / Math.max(warm, 0.01))));
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), runs, matches };
}

// ───────────── queries ─────────────

interface Case {
  label: string;
  q?: string;
  unitId?: string;
  unitPath?: string;
}

interface ActorCase {
  label: string;
  actor: Actor;
  /** The same scope as the search's, over m (Meeting) and u (its Unit). */
  scope: Prisma.Sql;
}

function likeQuery(c: Case, a: ActorCase): { page: Prisma.Sql; count: Prisma.Sql } {
  const where: Prisma.Sql[] = [Prisma.sql`m."deletedAt" IS NULL`, a.scope];
  if (c.unitPath) where.push(Prisma.sql`substr(u."path", 1, ${c.unitPath.length}) = ${c.unitPath}`);
  for (const w of foldForSearch(c.q ?? "")
    .split(" ")
    .filter(Boolean))
    where.push(Prisma.sql`m."searchText" LIKE ${`%${w}%`}`);
  const from = Prisma.sql`FROM "Meeting" m JOIN "Unit" u ON u."id" = m."unitId" WHERE ${Prisma.join(where, " AND ")}`;
  return {
    page: Prisma.sql`SELECT m."id" AS id ${from} ORDER BY m."startsAt" DESC LIMIT 20`,
    count: Prisma.sql`SELECT COUNT(*) AS n ${from}`,
  };
}

function fmtMs(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

async function loadAll(targets: Target[], a: Archive, n: number): Promise<void> {
  const inserters: Inserter[] = [];
  let loaded: Loaded;
  try {
    for (const t of targets) inserters.push(await t.inserter());
    loaded = await load(inserters, a, n);
  } finally {
    for (const ins of inserters) await ins.close();
  }
  const r = loaded.rows;
  console.log(`\n# ${n.toLocaleString("en-US")} meetings / biên bản`);
  console.log(
    `Rows: ${a.chiBo.length + a.dangBo.length + 1} units (${a.dangBo.length} đảng bộ cơ sở, ` +
      `${a.chiBo.length} chi bộ), ${a.members.length} members, ${a.directives.length} directives, ` +
      `${r.meetings} meetings (~90% approved, 2015–2024), ${r.attendance} attendance, ${r.reports} ` +
      `reports, ${r.speeches} speeches, ${r.citations} citations`,
  );
  console.log(
    `Sinh dữ liệu / generation: building the records in memory ${(loaded.buildMs / 1000).toFixed(1)} s (once, for every database; includes searchColumns)`,
  );
  for (const [i, t] of targets.entries()) {
    const t1 = performance.now();
    await t.settle();
    const settleMs = performance.now() - t1;
    const size = await t.size();
    console.log(
      `  ${t.label}: writing ${(loaded.writeMs[i] / 1000).toFixed(1)} s ` +
        `(${Math.round((r.meetings / loaded.writeMs[i]) * 1000)} meetings/s, raw multi-row INSERTs, ${BATCH} ` +
        `meetings per transaction), ${t.label === "SQLite" ? "WAL checkpoint" : "VACUUM ANALYZE"} ` +
        `${(settleMs / 1000).toFixed(1)} s; database size / dung lượng ${mib(size)}`,
    );
  }
}

async function benchOne(target: Target, n: number, a: Archive): Promise<void> {
  // Switch the app's client to this database.
  await closeAppDb();
  process.env.DATABASE_URL = target.url;

  // The member: a school chi bộ (so that "hiệu trưởng" finds its records), a full name from its roster.
  const cb = a.chiBo.find((c) => c.school && c.parent === a.dangBo[0]) ?? a.chiBo[0];
  const member = cb.members[Math.min(3, cb.members.length - 1)];
  const actors: ActorCase[] = [
    {
      label: "admin (root)",
      actor: {
        userId: "bench-admin",
        username: "admin",
        displayName: "Quản trị",
        memberId: null,
        grants: [{ role: "ADMIN", unitId: a.root.id, unitPath: a.root.path }],
      },
      scope: Prisma.sql`substr(u."path", 1, ${a.root.path.length}) = ${a.root.path}`,
    },
    {
      label: "member (chi bộ)",
      actor: {
        userId: "bench-member",
        username: "member",
        displayName: member.name,
        memberId: member.id,
        grants: [{ role: "MEMBER", unitId: cb.id, unitPath: cb.path }],
      },
      scope: Prisma.sql`CAST(m."status" AS TEXT) = 'APPROVED' AND u."id" IN (${Prisma.join(cb.path.split("/").filter(Boolean))})`,
    },
  ];
  const cases: Case[] = [
    { label: "dang bo", q: "dang bo" },
    { label: "hieu truong", q: "hieu truong" },
    { label: "Chỉ thị 05", q: "Chỉ thị 05" },
    { label: "05-CT/TW", q: "05-CT/TW" },
    { label: "ct05", q: "ct05" },
    { label: "nghị quyết trung ương 4", q: "nghị quyết trung ương 4" },
    { label: `${cb.members[0].name} (full name)`, q: cb.members[0].name },
    { label: "tham luận chi bộ", q: "tham luận chi bộ" },
    { label: "Yagi (rare word)", q: "Yagi" },
    { label: "blockchain (no match)", q: "blockchain" },
  ];

  if (target.analyze) {
    const refs = cases.filter((c) => c.q && parseSearchQuery(c.q)?.reference);
    if (n <= STATS_CHECK_MAX) {
      const cells: string[] = [];
      for (const c of refs)
        for (const ac of actors) {
          const t = performance.now();
          await searchMeetings(ac.actor, { q: c.q, page: 1, pageSize: 20 });
          cells.push(`${c.label} / ${ac.label.split(" ")[0]} ${fmtMs(performance.now() - t)}`);
        }
      console.log(
        `\n${target.label}, ${n.toLocaleString("en-US")} meetings, WITHOUT ANALYZE (as the app leaves its file): one cold run each, ms:\n  ${cells.join("; ")}`,
      );
    } else
      console.log(
        `\n${target.label}: the run without ANALYZE is skipped above ` +
          `${STATS_CHECK_MAX.toLocaleString("en-US")} meetings (document queries would take minutes each; see ` +
          `the smaller size).`,
      );
    await closeAppDb();
    const ms = await target.analyze();
    console.log(`${target.label}: ANALYZE ${(ms / 1000).toFixed(1)} s`);
  }

  const rows: string[][] = [];
  let reduced = false;
  const run = async (c: Case, ac: ActorCase, filter: Parameters<typeof searchMeetings>[1]) => {
    const s = await time(async () => (await searchMeetings(ac.actor, filter)).total);
    const lq = likeQuery(c, ac);
    const l = await time(async () => {
      const db = getDb();
      const [, counted] = await Promise.all([
        db.$queryRaw<Array<{ id: string }>>(lq.page),
        db.$queryRaw<Array<{ n: number | bigint }>>(lq.count),
      ]);
      return Number(counted[0]?.n ?? 0);
    });
    if (s.runs < RUNS || l.runs < RUNS) reduced = true;
    const runs = s.runs < RUNS || l.runs < RUNS ? ` (${s.runs}/${l.runs} runs)` : "";
    rows.push([
      c.label + runs,
      ac.label,
      String(s.matches),
      String(l.matches),
      fmtMs(s.p50),
      fmtMs(s.p95),
      fmtMs(l.p50),
      fmtMs(l.p95),
    ]);
  };
  for (const c of cases) for (const ac of actors) await run(c, ac, { q: c.q, page: 1, pageSize: 20 });
  // Browse without words: the admin in one đảng bộ cơ sở (its subtree), the member in the own chi bộ.
  const dbcs = a.dangBo[0];
  await run({ label: `browse: ${dbcs.name} (no q)`, unitId: dbcs.id, unitPath: dbcs.path }, actors[0], {
    unitId: dbcs.id,
    page: 1,
    pageSize: 20,
  });
  await run({ label: `browse: ${cb.name} (no q)`, unitId: cb.id, unitPath: cb.path }, actors[1], {
    unitId: cb.id,
    page: 1,
    pageSize: 20,
  });

  const head = ["query", "actor", "search hits", "LIKE hits", "search p50", "p95", "LIKE p50", "p95"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  console.log(
    `\n${target.label}, ${n.toLocaleString("en-US")} meetings${target.analyze ? ", after ANALYZE" : ""} ` +
      `— ms, page 1 of 20 (search: ranked page + count + snippets; LIKE: page + count)`,
  );
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i >= 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const r of rows) console.log(line(r));
  if (reduced)
    console.log(
      `(n/m runs): fewer than ${RUNS} timed runs for search/LIKE, to stay within ~${CASE_BUDGET_MS / 1000} ` +
        `s per case: at least ${Math.min(RUNS, MIN_RUNS)}, or ${SLOW_MIN_RUNS} after a single warm-up when ` +
        `one run takes more than ${SLOW_MS / 1000} s; with few runs p95 is the slowest run.`,
    );

  await closeAppDb();
}

/** Ends the app's process-wide client (src/server/db.ts), so the next db() opens DATABASE_URL anew. */
async function closeAppDb(): Promise<void> {
  const current = globalThis.__sbbDb;
  globalThis.__sbbDb = undefined;
  await current?.client.$disconnect();
}

// ───────────── main ─────────────

async function main(): Promise<number> {
  if (SIZES.length === 0) {
    console.error("Lỗi: --sizes không hợp lệ. / Error: invalid --sizes.");
    return 2;
  }
  const t0 = performance.now();
  const { sentences, source } = loadSentences();
  console.log("# Tìm kiếm biên bản: độ trễ truy vấn / search latency benchmark");
  console.log(
    `Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? "?"}), ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.platform()} ${os.arch()}`,
  );
  console.log(
    `Sizes / số biên bản: ${SIZES.map((s) => s.toLocaleString("en-US")).join(", ")}; ${WARMUP} warm-up ` +
      `runs, then ${RUNS} timed runs per query (fewer when one run exceeds ${CASE_BUDGET_MS / RUNS} ms)`,
  );
  console.log(`Text / văn bản: ${source}`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), "sbb-bench-search-"));
  let pgServer: string | null = null;
  let cluster: string | null = null;
  const script = path.join(process.cwd(), "scripts", "pg-cluster.sh");
  try {
    if (!NO_PG) {
      if (process.env.BENCH_PG_URL) pgServer = process.env.BENCH_PG_URL;
      else if (debianPgBin()) {
        // Not inside `tmp`: as root the cluster runs as "postgres", which must reach its directory.
        cluster = path.join(os.tmpdir(), `sbb-bench-pg-${process.pid}`);
        const port = await freePort();
        pgServer = execFileSync("bash", [script, "start", cluster, String(port)], { encoding: "utf8" }).trim();
        const v = new pg.Client({ connectionString: pgServer });
        await v.connect();
        const version = (await v.query("SHOW server_version")).rows[0].server_version as string;
        await v.end();
        console.log(`PostgreSQL: throwaway cluster ${version} on port ${port} (fsync off)`);
      } else console.log("PostgreSQL: skipped (no BENCH_PG_URL, no Debian binaries) / bỏ qua");
    } else console.log("PostgreSQL: skipped (--no-pg) / bỏ qua");
    if (pgServer && process.env.BENCH_PG_URL) console.log("PostgreSQL: BENCH_PG_URL");

    for (const n of SIZES) {
      const targets: Target[] = [sqliteTarget(tmp, n)];
      try {
        if (pgServer) targets.push(await pgTarget(pgServer, n));
        // The same archive on every database: one seed per size.
        seed = 0x5eed + n;
        idCounter = 0;
        const archive: Archive = { ...buildTree(), directives: buildRegistry(), sentences };
        await loadAll(targets, archive, n);
        for (const t of targets) await benchOne(t, n, archive);
      } finally {
        for (const t of targets) await t.drop();
      }
    }
  } finally {
    if (cluster && KEEP)
      console.log(`Cluster kept / giữ lại: stop it with: bash scripts/pg-cluster.sh stop ${cluster}`);
    else if (cluster) execFileSync("bash", [script, "stop", cluster], { stdio: "ignore" });
    if (!KEEP) rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nTổng thời gian / total: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
