import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { confirmRosterImport, previewRosterImport } from "@/features/members/roster-io/import";
import { readRosterFile } from "@/features/members/roster-io/files";
import { rosterCsv, rosterForExport, rosterXlsx } from "@/features/members/roster-io/export";
import { toCsvText } from "@/features/members/roster-io/csv";
import { listMembers } from "@/features/members/data";
import type { Actor } from "@/server/policy/policy";
import { actorOf, resetToDemo, testDb } from "../../helpers/db";
import { DAOTAO, KHOI, QLSV, SCHOOL, TCHC, grantActor, rosterSnapshot, unitByName } from "../../helpers/roster";

let schoolAdmin: Actor;
let khoiAdmin: Actor;

beforeEach(async () => {
  await resetToDemo();
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  khoiAdmin = await grantActor("qt_khoi", "ADMIN", KHOI);
});

const FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLES = ["Văn", "Thị", "Đức", "Thu", "Minh", "Quang", "Ngọc", "Hữu"];
const GIVENS = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hạnh",
  "Khoa",
  "Lan",
  "Mai",
  "Nam",
  "Oanh",
  "Phúc",
  "Quân",
  "Sơn",
  "Tâm",
  "Uyên",
  "Vinh",
  "Xuân",
  "Yến",
  "Ánh",
];
const UNITS = [TCHC, QLSV, DAOTAO];
const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Số thẻ đảng viên",
  "Ngày vào Đảng",
  "Ngày chính thức",
  "Loại đảng viên",
  "Tình trạng",
  "Chức vụ Đảng",
  "Chức vụ chính quyền",
  "Chi bộ",
];

/** Line numbers (header = line 1) of the rows made wrong on purpose, and what is wrong with them. */
const BAD = {
  18: "Dòng 18: Ngày sinh “31/02/1980” không hợp lệ.",
  102: "Dòng 102: Thiếu họ và tên.",
  502: "Dòng 502: Chi bộ “Chi bộ Không Có Thật” không có trong phạm vi quản lý của bạn.",
  1502: "Dòng 1502: Số thẻ đảng viên “DV100010” trùng với dòng 12.",
} as const;

interface GenRow {
  name: string;
  birth: string | Date;
  gender: string;
  card: string;
  admitted: string | Date;
  official: string | Date;
  category: string;
  status: string;
  party: string;
  gov: string;
  unit: string;
}

function generate(n = 2000): GenRow[] {
  const rows: GenRow[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1960 + (i % 40);
    const d = (i % 28) + 1;
    const m = (i % 12) + 1;
    const probationary = i % 10 === 0;
    rows.push({
      name: `${FAMILIES[i % 10]} ${MIDDLES[Math.floor(i / 10) % 8]} ${GIVENS[Math.floor(i / 80) % 20]}`,
      birth: `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`,
      gender: i % 2 ? "Nữ" : "Nam",
      card: `DV${100000 + i}`,
      admitted: `${d}/${m}/${y + 25}`,
      official: probationary ? "" : `${d}/${m}/${y + 26}`,
      category: probationary ? "Dự bị" : "Chính thức",
      status: i % 50 === 7 ? "Miễn sinh hoạt" : "",
      party: i % 100 === 3 ? "Chi ủy viên" : "",
      gov: i % 7 === 0 ? "Giảng viên" : "",
      unit: UNITS[i % 3],
    });
  }
  if (n < 2000) return rows; // small files: all rows valid
  rows[16].birth = "31/02/1980"; // line 18
  rows[100].name = ""; // line 102
  rows[500].unit = "Chi bộ Không Có Thật"; // line 502
  rows[1500].card = rows[10].card; // line 1502 repeats line 12's card
  return rows;
}

const asCells = (r: GenRow, i: number) => [
  String(i + 1),
  r.name,
  r.birth,
  r.gender,
  r.card,
  r.admitted,
  r.official,
  r.category,
  r.status,
  r.party,
  r.gov,
  r.unit,
];

function csvBytes(rows: GenRow[], delimiter: "," | ";" = ","): Uint8Array {
  const text = `\uFEFF${toCsvText([HEADER, ...rows.map((r, i) => asCells(r, i).map(String))], delimiter)}`;
  return new TextEncoder().encode(text);
}

const toDate = (s: string | Date) => {
  if (s instanceof Date || !s) return s;
  const [d, m, y] = s.split("/").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? date : s; // impossible dates stay text, as a typist would leave them
};

async function xlsxBytes(rows: GenRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ TRƯỜNG"]); // a title line above the header, as exports have
  ws.addRow(HEADER);
  for (const [i, r] of rows.entries()) {
    ws.addRow(asCells({ ...r, birth: toDate(r.birth), admitted: toDate(r.admitted), official: toDate(r.official) }, i));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(name: string, bytes: Uint8Array) {
  const f = await readRosterFile(name, bytes);
  if ("error" in f) throw new Error(f.error);
  return f;
}

describe("importing a 2,000-row roster", () => {
  it("CSV: the preview reports exactly the bad rows and writes nothing; confirm writes the rest in one go; a second import creates nothing", async () => {
    const file = await load("danh-sach.csv", csvBytes(generate()));
    const before = await rosterSnapshot();
    const preview = await previewRosterImport(schoolAdmin, { table: file.table, defaultUnitId: null });
    expect(await rosterSnapshot()).toEqual(before);
    expect(preview.counts).toEqual({ total: 2000, create: 1996, update: 0, unchanged: 0, error: 4 });
    const errors = preview.rows.filter((r) => r.action === "error");
    expect(errors.map((r) => r.line)).toEqual([18, 102, 502, 1502]);
    expect(errors.map((r) => r.errors)).toEqual(Object.values(BAD).map((m) => [m]));

    const demoCount = before.members.length;
    const result = await confirmRosterImport(schoolAdmin, {
      table: file.table,
      defaultUnitId: null,
      fingerprint: preview.fingerprint,
      fileName: "danh-sach.csv",
    });
    expect(result).toEqual({ created: 1996, updated: 0, unchanged: 0, skipped: 4 });
    const db = testDb();
    expect(await db.member.count()).toBe(demoCount + 1996);
    expect(await db.membership.count({ where: { note: "Nhập từ danh sách" } })).toBe(1996);
    expect(await db.auditEvent.count({ where: { action: "member.import" } })).toBe(1);
    const one = await db.member.findUniqueOrThrow({
      where: { partyCardNumber: "DV100003" },
      include: { positions: true, unit: true },
    });
    expect(one).toMatchObject({
      familyName: "Phạm",
      middleName: "Văn",
      givenName: "An",
      birthDate: "1963-04-04",
      gender: "FEMALE",
      category: "OFFICIAL",
      nameFolded: "pham van an",
      title: "Chi ủy viên",
    });
    expect(one.unit.name).toBe(TCHC);
    expect(one.positions.map((p) => [p.kind, p.title])).toEqual([["PARTY", "Chi ủy viên"]]);
    expect((await db.member.findUniqueOrThrow({ where: { partyCardNumber: "DV100007" } })).status).toBe("EXEMPT");
    expect(await db.memberStatusChange.count({ where: { status: "EXEMPT" } })).toBe(40);

    // the roster lists sort by given name
    const list = await listMembers(schoolAdmin, { unitId: (await unitByName(TCHC)).id });
    expect(list[0].givenName).toBe("An");
    expect(list.at(-1)?.givenName).toBe("Yến");

    const again = await previewRosterImport(schoolAdmin, { table: file.table, defaultUnitId: null });
    expect(again.counts).toEqual({ total: 2000, create: 0, update: 0, unchanged: 1996, error: 4 });
    const second = await confirmRosterImport(schoolAdmin, {
      table: file.table,
      defaultUnitId: null,
      fingerprint: again.fingerprint,
    });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 1996 });
    expect(await db.member.count()).toBe(demoCount + 1996);
  });

  it("XLSX with Excel date cells and a title line: the same rows, line numbers shifted by the title", async () => {
    const file = await load("danh-sach.xlsx", await xlsxBytes(generate()));
    const preview = await previewRosterImport(schoolAdmin, { table: file.table, defaultUnitId: null });
    expect(preview.headerLine).toBe(2);
    expect(preview.counts).toEqual({ total: 2000, create: 1996, update: 0, unchanged: 0, error: 4 });
    expect(preview.rows.filter((r) => r.action === "error").map((r) => r.errors[0])).toEqual([
      "Dòng 19: Ngày sinh “31/02/1980” không hợp lệ.",
      "Dòng 103: Thiếu họ và tên.",
      "Dòng 503: Chi bộ “Chi bộ Không Có Thật” không có trong phạm vi quản lý của bạn.",
      "Dòng 1503: Số thẻ đảng viên “DV100010” trùng với dòng 13.",
    ]);
    await confirmRosterImport(schoolAdmin, {
      table: file.table,
      defaultUnitId: null,
      fingerprint: preview.fingerprint,
    });
    expect((await testDb().member.findUniqueOrThrow({ where: { partyCardNumber: "DV100003" } })).birthDate).toBe(
      "1963-04-04",
    );
    // the CSV of the same roster now only matches
    const csv = await load("danh-sach.csv", csvBytes(generate(), ";"));
    expect((await previewRosterImport(schoolAdmin, { table: csv.table, defaultUnitId: null })).counts).toMatchObject({
      create: 0,
      unchanged: 1996,
    });
  });
});

describe("re-import updates instead of duplicating", () => {
  it("matches by card number (moving the member when the chi bộ changed) and by name and date of birth", async () => {
    const small = [
      HEADER,
      ["1", "Nguyễn Văn Mới", "02/09/1990", "Nam", "C001", "03/02/2015", "03/02/2016", "Chính thức", "", "", "", TCHC],
    ];
    const t1 = (await load("a.csv", new TextEncoder().encode(toCsvText(small)))).table;
    const p1 = await previewRosterImport(schoolAdmin, { table: t1, defaultUnitId: null });
    await confirmRosterImport(schoolAdmin, { table: t1, defaultUnitId: null, fingerprint: p1.fingerprint });

    // same card, new chi bộ and a party position: an update that transfers the member
    small[1] = [
      "1",
      "Nguyễn Văn Mới",
      "02/09/1990",
      "Nam",
      "C001",
      "03/02/2015",
      "03/02/2016",
      "Chính thức",
      "",
      "Chi ủy viên",
      "",
      DAOTAO,
    ];
    // a demo member without a card, matched by name (no date of birth on either side)
    small.push(["2", "Vũ Đức Toàn", "", "", "", "", "", "Chính thức", "Miễn sinh hoạt", "", "", TCHC]);
    const t2 = (await load("b.csv", new TextEncoder().encode(toCsvText(small)))).table;
    const p2 = await previewRosterImport(schoolAdmin, { table: t2, defaultUnitId: null });
    expect(p2.rows.map((r) => [r.action, r.changes])).toEqual([
      ["update", ["Chức vụ Đảng", `Chuyển sinh hoạt từ ${TCHC} đến ${DAOTAO}`]],
      ["update", ["Tình trạng"]],
    ]);
    const count = await testDb().member.count();
    expect(
      await confirmRosterImport(schoolAdmin, { table: t2, defaultUnitId: null, fingerprint: p2.fingerprint }),
    ).toMatchObject({ created: 0, updated: 2 });
    expect(await testDb().member.count()).toBe(count);
    const moved = await testDb().member.findUniqueOrThrow({
      where: { partyCardNumber: "C001" },
      include: { memberships: { orderBy: { createdAt: "asc" } } },
    });
    expect(moved.unitId).toBe((await unitByName(DAOTAO)).id);
    expect(moved.memberships.map((m) => m.endOn === null)).toEqual([false, true]);
    expect((await testDb().member.findFirstOrThrow({ where: { nameFolded: "vu duc toan" } })).status).toBe("EXEMPT");
  });

  it("an empty or missing cell never erases the roster; a new member still needs a category", async () => {
    const rows = [
      ["Họ và tên", "Giới tính", "Chi bộ"],
      ["Bùi Văn Khánh", "Nam", TCHC],
      ["Người Mới Đến", "Nữ", TCHC],
    ];
    const t = (await load("c.csv", new TextEncoder().encode(toCsvText(rows)))).table;
    const p = await previewRosterImport(schoolAdmin, { table: t, defaultUnitId: null });
    // Bùi Văn Khánh is "miễn sinh hoạt" on the roster: no status column means no change of status
    expect(p.rows.map((r) => [r.action, r.changes, r.errors])).toEqual([
      ["update", ["Giới tính"], []],
      ["error", [], ["Dòng 3: Thiếu loại đảng viên (Chính thức hoặc Dự bị)."]],
    ]);
    await confirmRosterImport(schoolAdmin, { table: t, defaultUnitId: null, fingerprint: p.fingerprint });
    expect(await testDb().member.findFirstOrThrow({ where: { nameFolded: "bui van khanh" } })).toMatchObject({
      status: "EXEMPT",
      category: "OFFICIAL",
      gender: "MALE",
    });
    expect(await testDb().member.count({ where: { nameFolded: "nguoi moi den" } })).toBe(0);
  });

  it("a closed chi bộ takes no members from a file", async () => {
    const school = await unitByName(SCHOOL);
    const closed = await testDb().unit.create({
      data: {
        id: "closedcb",
        name: "Chi bộ Đã Giải Thể",
        nameFolded: "chi bo da giai the",
        kind: "CHI_BO",
        parentId: school.id,
        path: `${school.path}closedcb/`,
        depth: 1,
        closedAt: new Date(),
      },
    });
    const t = (
      await load(
        "d.csv",
        new TextEncoder().encode(
          toCsvText([
            ["Họ và tên", "Loại đảng viên", "Chi bộ"],
            ["Lê Văn An", "Chính thức", closed.name],
          ]),
        ),
      )
    ).table;
    const p = await previewRosterImport(schoolAdmin, { table: t, defaultUnitId: null });
    expect(p.rows[0].errors).toEqual(["Dòng 2: Chi bộ “Chi bộ Đã Giải Thể” đã giải thể, không nhận đảng viên."]);
  });

  it("export → import of the same roster changes nothing (CSV and XLSX)", async () => {
    const exp = await rosterForExport(schoolAdmin);
    expect(exp.rows).toHaveLength(24);
    const csv = rosterCsv(exp);
    expect(csv.startsWith("\uFEFFSTT,Họ và tên,Họ,Tên đệm,Tên,Ngày sinh")).toBe(true);
    for (const [name, bytes] of [
      ["r.csv", new TextEncoder().encode(csv)],
      ["r.xlsx", new Uint8Array(await rosterXlsx(exp))],
    ] as const) {
      const f = await load(name, bytes);
      const p = await previewRosterImport(schoolAdmin, { table: f.table, defaultUnitId: null });
      expect(p.counts, name).toEqual({ total: 24, create: 0, update: 0, unchanged: 24, error: 0 });
    }
  });
});

describe("import and export stay inside the admin's subtree", () => {
  it("the sibling đảng bộ's admin gets every row refused and nothing written", async () => {
    const file = await load("danh-sach.csv", csvBytes(generate(30)));
    const before = await rosterSnapshot();
    const p = await previewRosterImport(khoiAdmin, { table: file.table, defaultUnitId: null });
    expect(p.counts).toMatchObject({ create: 0, error: 30 });
    expect(p.rows[0].errors).toEqual([`Dòng 2: Chi bộ “${TCHC}” không có trong phạm vi quản lý của bạn.`]);
    await expect(
      confirmRosterImport(khoiAdmin, { table: file.table, defaultUnitId: null, fingerprint: p.fingerprint }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      previewRosterImport(khoiAdmin, { table: file.table, defaultUnitId: (await unitByName(TCHC)).id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rosterForExport(khoiAdmin, (await unitByName(TCHC)).id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await rosterForExport(khoiAdmin)).rows.map((r) => r.unitName)).toEqual(
      Array(5).fill("Chi bộ Cơ quan Đảng ủy Khối"),
    );
    expect(await rosterSnapshot()).toEqual(before);
  });

  it("a secretary and a member may neither preview, confirm nor export", async () => {
    const file = await load("danh-sach.csv", csvBytes(generate(5)));
    const before = await rosterSnapshot();
    for (const username of ["thuky", "dangvien"]) {
      const actor = await actorOf(username);
      await expect(previewRosterImport(actor, { table: file.table, defaultUnitId: null })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        confirmRosterImport(actor, { table: file.table, defaultUnitId: null, fingerprint: "x" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(rosterForExport(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await rosterSnapshot()).toEqual(before);
  });

  it("a confirm whose preview is stale is refused and leaves the database unchanged", async () => {
    const file = await load("danh-sach.csv", csvBytes(generate(50)));
    const p = await previewRosterImport(schoolAdmin, { table: file.table, defaultUnitId: null });
    // someone adds a member with one of the file's cards in the meantime
    await testDb().member.create({
      data: {
        unitId: (await unitByName(TCHC)).id,
        familyName: "Ai",
        givenName: "Đó",
        nameFolded: "ai do",
        partyCardNumber: "DV100020",
      },
    });
    const before = await rosterSnapshot();
    await expect(
      confirmRosterImport(schoolAdmin, { table: file.table, defaultUnitId: null, fingerprint: p.fingerprint }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rosterSnapshot()).toEqual(before);
  });
});
