import { beforeAll, describe, expect, it } from "vitest";
import { getDirective, listDirectives, proposeDirective } from "@/features/directives/data";
import { mergeDirectives } from "@/features/directives/mutations";
import { seedDirectiveRegistry, CENTRAL_REGISTRY } from "@/features/directives/registry-seed";
import { resolveDirective } from "@/features/meetings/mutations";
import { AppError } from "@/server/errors";
import { actorOf, meetingId, seeded, testDb } from "../../helpers/db";

const SCHOOL_CONF =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const KHOI_CONF = "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)";
const TCHC_JULY = "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023";
const DAOTAO = "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng";

async function idOf(number: string, symbol: string, issuedOn?: string) {
  const rows = await testDb().directive.findMany({
    where: { symbol, mergedIntoId: null, ...(issuedOn ? { issuedOn } : {}) },
    select: { id: true, number: true },
  });
  const hit = rows.filter((r) => Number(r.number) === Number(number));
  expect(hit).toHaveLength(1);
  return hit[0].id;
}

function resolveRaw(raw: string) {
  return testDb().$transaction((tx) =>
    resolveDirective(
      tx,
      {
        directiveId: null,
        kind: null,
        number: null,
        symbol: null,
        issuedOn: null,
        issuer: null,
        term: null,
        plenum: null,
        congress: null,
        subject: null,
        raw,
        note: null,
      },
      0,
    ),
  );
}

beforeAll(async () => {
  await seeded();
  await seedDirectiveRegistry(testDb());
});

describe("registry seed", () => {
  it("adds the missing central documents once, keeps the demo entries, and is idempotent", async () => {
    const before = await testDb().directive.count();
    expect(await seedDirectiveRegistry(testDb())).toEqual({ created: 0, completed: 0 });
    expect(await testDb().directive.count()).toBe(before);
    for (const e of CENTRAL_REGISTRY) {
      const rows = await testDb().directive.findMany({
        where: { kind: e.kind, symbol: e.symbol, issuedOn: e.issuedOn },
      });
      expect(
        rows.filter((r) => Number(r.number) === Number(e.number)),
        `${e.number}-${e.symbol} ${e.issuedOn}`,
      ).toHaveLength(1);
    }
    const hd09 = await testDb().directive.findFirstOrThrow({ where: { symbol: "HD/BTCTW", issuedOn: "2012-03-02" } });
    expect(hd09).toMatchObject({ kind: "HUONG_DAN", number: "09", issuer: "Ban Tổ chức Trung ương" });
    const qd339 = await testDb().directive.findFirstOrThrow({ where: { number: "339", symbol: "QĐ/TW" } });
    expect(qd339).toMatchObject({ issuedOn: "2025-07-10", issuer: "Ban Bí thư" });
  });

  it("keeps 35-CT/TW of 2019 and of 2024 as two different documents", async () => {
    const rows = await testDb().directive.findMany({
      where: { kind: "CHI_THI", number: "35", symbol: "CT/TW" },
      orderBy: { issuedOn: "asc" },
    });
    expect(rows.map((r) => [r.issuedOn, r.term])).toEqual([
      ["2019-05-30", "XII"],
      ["2024-06-14", "XIII"],
    ]);
  });
});

describe("resolving a citation to one registry entry", () => {
  const variants = [
    "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
    "Chỉ thị 05-CT/TW",
    "Chỉ thị số 05 – CT/TW",
    "chỉ thị số 05/CT-TW",
    "Chỉ thị số 05 của Bộ Chính trị",
    "Chỉ thị 5-CT/TW ngày 15.5.2016",
  ];

  it.each(variants)("“%s” → the 05-CT/TW entry, by the proposal and when a record is saved", async (raw) => {
    const ct05 = await idOf("05", "CT/TW");
    const proposal = await proposeDirective(raw);
    expect(proposal.status).toBe("match");
    if (proposal.status === "match") expect(proposal.directive.id).toBe(ct05);
    expect(await resolveRaw(raw)).toBe(ct05);
  });

  it("tells the two 35-CT/TW apart by their dates and reports a citation without a date as ambiguous", async () => {
    const y2019 = await idOf("35", "CT/TW", "2019-05-30");
    const y2024 = await idOf("35", "CT/TW", "2024-06-14");
    const a = await proposeDirective("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị");
    const b = await proposeDirective("Chỉ thị 35- CT/TW ngày 14/6/2024 của Bộ Chính trị");
    expect(a.status === "match" && a.directive.id).toBe(y2019);
    expect(b.status === "match" && b.directive.id).toBe(y2024);
    const c = await proposeDirective("Chỉ thị số 35-CT/TW của Bộ Chính trị");
    expect(c.status).toBe("ambiguous");
    if (c.status === "ambiguous") expect(c.candidates.map((x) => x.id).sort()).toEqual([y2019, y2024].sort());
  });

  it("resolves the HD 09 of 2012 and the HD 12 of 2018 to different entries", async () => {
    const hd09 = await proposeDirective("Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương");
    const hd12 = await proposeDirective("Hướng dẫn 12-HD/BTCTW ngày 6/7/2018");
    expect(hd09.status).toBe("match");
    expect(hd12.status).toBe("match");
    if (hd09.status === "match" && hd12.status === "match") {
      expect(hd09.directive.issuedOn).toBe("2012-03-02");
      expect(hd12.directive.issuedOn).toBe("2018-07-06");
    }
  });

  it("proposes a new entry for an unknown document without writing anything, and says when nothing is recognised", async () => {
    const before = await testDb().directive.count();
    const p = await proposeDirective("Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị");
    expect(p.status).toBe("new");
    if (p.status === "new") {
      expect(p.proposal).toMatchObject({ kind: "KET_LUAN", number: "127", symbol: "KL/TW", issuedOn: "2025-02-28" });
      expect(p.label).toContain("127-KL/TW");
    }
    expect(await testDb().directive.count()).toBe(before);
    expect((await proposeDirective("họp chi bộ bàn công việc")).status).toBe("unrecognised");
  });

  it("searches the registry by symbol variants and by words without diacritics", async () => {
    const admin = await actorOf("admin");
    const ct05 = await idOf("05", "CT/TW");
    for (const q of ["05-CT/TW", "ct05", "chi thi 5", "05/CT-TW"]) {
      expect(
        (await listDirectives(admin, { q })).map((d) => d.id),
        q,
      ).toContain(ct05);
    }
    const words = await listDirectives(admin, { q: "so tay dang vien" });
    expect(words.map((d) => d.number)).toEqual(["168", "339"]); // newest first
    expect(await listDirectives(admin, { kind: "HUONG_DAN" })).toSatisfy(
      (l: Array<{ kind: string }>) => l.length >= 4 && l.every((d) => d.kind === "HUONG_DAN"),
    );
  });
});

describe("a directive's page", () => {
  it("lists every meeting, speech and task the reader may see, on a timeline", async () => {
    const ct05 = await idOf("05", "CT/TW");
    const admin = await getDirective(await actorOf("admin"), ct05);
    const meetings = admin!.timeline.filter((t) => t.type === "meeting").map((t) => t.type === "meeting" && t.title);
    expect(meetings.sort()).toEqual([SCHOOL_CONF, KHOI_CONF, TCHC_JULY, DAOTAO].sort());
    expect(admin!.counts.tasks).toBe(2);
    expect(admin!.counts.speeches).toBeGreaterThan(0);
    const dates = admin!.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("a member sees only the meetings and tasks of the own chi bộ and the đảng bộ above", async () => {
    const ct05 = await idOf("05", "CT/TW");
    const member = await getDirective(await actorOf("dangvien"), ct05);
    const titles = member!.timeline.filter((t) => t.type === "meeting").map((t) => t.type === "meeting" && t.title);
    expect(titles.sort()).toEqual([SCHOOL_CONF, DAOTAO].sort());
    expect(member!.timeline.filter((t) => t.type === "task")).toHaveLength(0);
    const secretary = await getDirective(await actorOf("thuky"), ct05);
    expect(secretary!.timeline.filter((t) => t.type === "task").map((t) => t.title)).toEqual([
      "Chuẩn bị nội dung sinh hoạt chuyên đề quý III",
    ]);
    expect(secretary!.timeline.some((t) => t.type === "meeting" && t.title === DAOTAO)).toBe(false);
  });
});

describe("merging duplicates", () => {
  it("moves citations and tasks to the kept entry, marks the duplicate and audits, in one go", async () => {
    const db = testDb();
    const ct05 = await idOf("05", "CT/TW");
    const dup = await db.directive.create({
      data: { kind: "CHI_THI", number: "5", symbol: "CT/TƯ", issuer: "BCT", searchText: "5-ct/tu" },
    });
    const july = await meetingId(TCHC_JULY);
    await db.directiveCitation.create({
      data: { meetingId: july, directiveId: dup.id, raw: "Chỉ thị 5-CT/TƯ", position: 9 },
    });
    const task = await db.task.findFirstOrThrow({ where: { meetingId: july, directiveId: ct05 } });
    await db.task.update({ where: { id: task.id }, data: { directiveId: dup.id } });
    const older = await db.directive.create({
      data: { kind: "CHI_THI", number: "05", symbol: null, mergedIntoId: dup.id },
    });
    const citationsBefore = await db.directiveCitation.count();

    const result = await mergeDirectives(await actorOf("admin"), { duplicateId: dup.id, keepId: ct05 });
    expect(result).toEqual({ keptId: ct05, movedCitations: 1, movedTasks: 1 });
    expect(await db.directiveCitation.count()).toBe(citationsBefore);
    expect(await db.directiveCitation.count({ where: { directiveId: dup.id } })).toBe(0);
    expect(await db.directiveCitation.count({ where: { directiveId: ct05, raw: "Chỉ thị 5-CT/TƯ" } })).toBe(1);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).directiveId).toBe(ct05);
    expect((await db.directive.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(ct05);
    expect((await db.directive.findUniqueOrThrow({ where: { id: older.id } })).mergedIntoId).toBe(ct05);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "directive.merge", entityId: ct05 } });
    expect(JSON.parse(audit.data!)).toMatchObject({ movedCitations: 1, movedTasks: 1, duplicate: { id: dup.id } });

    // The merged entry leaves the list; a citation naming it by id resolves to the kept one.
    expect((await listDirectives(await actorOf("admin"), { q: "05-CT/TW" })).map((d) => d.id)).not.toContain(dup.id);
    const resolved = await db.$transaction((tx) =>
      resolveDirective(
        tx,
        {
          directiveId: dup.id,
          kind: null,
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
        },
        0,
      ),
    );
    expect(resolved).toBe(ct05);
    const page = await getDirective(await actorOf("admin"), dup.id);
    expect(page!.mergedInto?.id).toBe(ct05);
  });

  it("refuses to merge an entry into itself, into a merged entry, or for a non-admin, leaving the database unchanged", async () => {
    const db = testDb();
    const admin = await actorOf("admin");
    const ct50 = await idOf("50", "CT/TW");
    const dup = await db.directive.create({ data: { kind: "CHI_THI", number: "50", symbol: null } });
    const merged = await db.directive.findFirstOrThrow({ where: { mergedIntoId: { not: null } } });
    const snapshot = async () => ({
      directives: await db.directive.findMany({ orderBy: { id: "asc" } }),
      citations: await db.directiveCitation.findMany({ orderBy: { id: "asc" } }),
      audit: await db.auditEvent.count(),
    });
    const before = await snapshot();
    await expect(mergeDirectives(admin, { duplicateId: dup.id, keepId: dup.id })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(mergeDirectives(admin, { duplicateId: dup.id, keepId: merged.id })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(mergeDirectives(admin, { duplicateId: merged.id, keepId: ct50 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(mergeDirectives(await actorOf("thuky"), { duplicateId: dup.id, keepId: ct50 })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(
      mergeDirectives(await actorOf("dangvien"), { duplicateId: dup.id, keepId: ct50 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mergeDirectives(admin, { duplicateId: "missing", keepId: ct50 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });
});
