/**
 * The fixed part of a generated archive: a district đảng bộ with 40 đảng bộ cơ sở and their chi bộ,
 * members with Vietnamese names, and a registry of ~200 Party documents.
 */
import { CENTRAL_REGISTRY } from "@/features/directives/registry-seed";
import { fullName, type NameParts } from "@/lib/vi/names";
import type { DirectiveKind, MemberCategory, MemberStatus, UnitKind } from "@/lib/enums";
import type { Random } from "./random";
import {
  AGENCIES,
  AGENCY_CHI_BO,
  COMMUNE_CHI_BO,
  COMMUNE_TITLES,
  FAMILY,
  GIVEN_F,
  GIVEN_M,
  MIDDLE_F,
  MIDDLE_M,
  PLACES,
  ROMAN,
  SCHOOL_CHI_BO,
  SCHOOL_TITLES,
  TOPICS,
} from "./vocabulary";

export interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  school: boolean;
  /** The roster: members of a chi bộ; for a đảng bộ its đảng ủy (the secretaries of the units below). */
  members: MemberRow[];
  children: UnitRow[];
  parent: UnitRow | null;
  sortOrder: number;
}

export interface MemberRow extends NameParts {
  id: string;
  unitId: string;
  name: string;
  title: string | null;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  admittedOn: string;
  officialOn: string | null;
  category: MemberCategory;
  status: MemberStatus;
  partyCardNumber: string;
}

export interface DirectiveRow {
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
  /** How often meetings cite it, relative to the others. */
  weight: number;
}

export interface Tree {
  root: UnitRow;
  dangBo: UnitRow[];
  chiBo: UnitRow[];
  units: UnitRow[];
  members: MemberRow[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function person(r: Random, unitId: string, title: string | null, serial: number): MemberRow {
  const gender = r.chance(0.55) ? "MALE" : "FEMALE";
  const parts: NameParts = {
    familyName: r.weighted(FAMILY),
    middleName: r.pick(gender === "MALE" ? MIDDLE_M : MIDDLE_F),
    givenName: r.pick(gender === "MALE" ? GIVEN_M : GIVEN_F),
  };
  const born = r.int(1960, 2002);
  const admitted = Math.min(2025, born + r.int(20, 35));
  const probationary = admitted >= 2025 && r.chance(0.7);
  const status: MemberStatus = born < 1966 && r.chance(0.25) ? "EXEMPT" : "ACTIVE";
  return {
    id: r.id(),
    unitId,
    ...parts,
    name: fullName(parts),
    title,
    gender,
    birthDate: iso(born, r.int(1, 12), r.int(1, 28)),
    admittedOn: iso(admitted, r.int(1, 12), r.int(1, 28)),
    officialOn: probationary ? null : iso(admitted + 1, r.int(1, 12), r.int(1, 28)),
    category: probationary ? "PROBATIONARY" : "OFFICIAL",
    status,
    partyCardNumber: `HY${String(1_000_000 + serial).slice(1)}`,
  };
}

function memberTitle(r: Random, index: number, school: boolean): string | null {
  if (index === 0) return school ? "Bí thư Chi bộ, Hiệu trưởng" : "Bí thư Chi bộ";
  if (index === 1) return school ? "Phó Bí thư Chi bộ, Phó Hiệu trưởng" : "Phó Bí thư Chi bộ";
  if (school) return r.pick(SCHOOL_TITLES);
  return r.chance(0.3) ? r.pick(COMMUNE_TITLES) : null;
}

function dangBoName(i: number): string {
  if (i % 4 === 3) return `Đảng bộ ${AGENCIES[(i >> 2) % AGENCIES.length]}`;
  const kind = i % 3 === 2 ? "thị trấn" : "xã";
  const suffix = i >= PLACES.length ? ` ${ROMAN[(i / PLACES.length) | 0]}` : "";
  return `Đảng bộ ${kind} ${PLACES[i % PLACES.length]}${suffix}`;
}

function chiBoName(i: number, j: number): { name: string; school: boolean } {
  if (i % 4 === 3) {
    const agency = AGENCIES[(i >> 2) % AGENCIES.length];
    return { name: `Chi bộ ${AGENCY_CHI_BO[j % AGENCY_CHI_BO.length]}`, school: agency.startsWith("Trường") };
  }
  if (j < 3) return { name: `Chi bộ ${SCHOOL_CHI_BO[j]} ${PLACES[i % PLACES.length]}`, school: true };
  return { name: `Chi bộ ${COMMUNE_CHI_BO[(j - 3) % COMMUNE_CHI_BO.length]}`, school: false };
}

export function buildTree(r: Random): Tree {
  const units: UnitRow[] = [];
  const mk = (name: string, kind: UnitKind, parent: UnitRow | null, school = false): UnitRow => {
    const id = r.id();
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
      sortOrder: parent ? parent.children.length : 0,
    };
    parent?.children.push(u);
    units.push(u);
    return u;
  };
  const root = mk("Đảng bộ huyện Tiên Lữ", "DANG_BO", null);
  const dangBo: UnitRow[] = [];
  const chiBo: UnitRow[] = [];
  const members: MemberRow[] = [];
  for (let i = 0; i < 40; i++) {
    const db = mk(dangBoName(i), "DANG_BO_CO_SO", root);
    dangBo.push(db);
    const n = r.int(6, 10);
    for (let j = 0; j < n; j++) {
      const { name, school } = chiBoName(i, j);
      const cb = mk(name, "CHI_BO", db, school);
      chiBo.push(cb);
      const size = r.int(10, 30);
      for (let k = 0; k < size; k++) {
        const m = person(r, cb.id, memberTitle(r, k, cb.school), members.length + 1);
        cb.members.push(m);
        members.push(m);
      }
    }
    // The đảng ủy: the secretaries of its chi bộ, the Bí thư Đảng ủy first.
    db.members = db.children.map((c) => c.members[0]);
    db.members[0].title = i % 4 === 3 ? "Bí thư Đảng ủy, Thủ trưởng đơn vị" : "Bí thư Đảng ủy";
  }
  root.members = dangBo.map((d) => d.members[0]);
  root.members[0].title = "Bí thư Huyện ủy, Bí thư Đảng ủy";
  return { root, dangBo, chiBo, units, members };
}

/** More central documents meetings often cite (real numbers, dates and issuers). */
const MORE_CENTRAL: ReadonlyArray<Omit<DirectiveRow, "id">> = [
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

/** Local documents: the province, the district and the đảng ủy issue many, with reused numbers. */
const LOCAL_KINDS: ReadonlyArray<readonly [readonly [DirectiveKind, string], number]> = [
  [["NGHI_QUYET", "NQ"], 4],
  [["CHI_THI", "CT"], 2],
  [["KET_LUAN", "KL"], 1],
  [["KE_HOACH", "KH"], 4],
  [["HUONG_DAN", "HD"], 1.5],
  [["CHUONG_TRINH", "CTr"], 1],
  [["THONG_BAO", "TB"], 1],
];
const LOCAL_ISSUERS: ReadonlyArray<readonly [string, string]> = [
  ["Ban Thường vụ Tỉnh ủy Hưng Yên", "TU"],
  ["Ban Chấp hành Đảng bộ tỉnh", "TU"],
  ["Ban Thường vụ Huyện ủy", "HU"],
  ["Ban Chấp hành Đảng bộ huyện", "HU"],
];

export function buildRegistry(r: Random): DirectiveRow[] {
  const out: DirectiveRow[] = CENTRAL_REGISTRY.map((e) => ({
    id: r.id(),
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
  for (const d of MORE_CENTRAL) out.push({ id: r.id(), ...d });
  while (out.length < 200) {
    const [kind, code] = r.weighted(LOCAL_KINDS);
    const [issuer, organ] = r.pick(LOCAL_ISSUERS);
    out.push({
      id: r.id(),
      kind,
      number: String(r.int(1, 120)).padStart(2, "0"),
      symbol: `${code}/${organ}`,
      issuedOn: iso(r.int(2012, 2026), r.int(1, 12), r.int(1, 28)),
      issuer,
      term: null,
      plenum: null,
      congress: null,
      subject: `Về ${r.pick(TOPICS).toLowerCase()}`,
      weight: 0.3,
    });
  }
  return out;
}
