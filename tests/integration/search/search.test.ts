// Search and archive on the real database (this file runs on SQLite and, in `npm test`, on PostgreSQL:
// every expectation is exact, so both databases must give the same results in the same order).
import { beforeAll, describe, expect, it } from "vitest";
import { countMeetings, searchMeetings, searchTuning } from "@/server/search/meetings";
import { reindexStaleMeetings, writeSearchColumns } from "@/server/search/reindex";
import { deleteDraft, updateMeeting } from "@/features/meetings/mutations";
import { getMeeting } from "@/features/meetings/data";
import { snippetParts } from "@/lib/search/snippet";
import type { Actor } from "@/server/policy/policy";
import type { MeetingKind } from "@/lib/enums";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const DAO_TAO = "Chi bộ Đào tạo";
const SIBLING = "Chi bộ Quản lý học sinh, sinh viên";
const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";

let admin: Actor;
let member: Actor; // dangvien: Chi bộ Đào tạo
let secretary: Actor; // thuky: Chi bộ Tổ chức – Hành chính
const ids: Record<string, string> = {};

async function memberId(name: string) {
  const m = await testDb().member.findFirstOrThrow({
    where: {
      nameFolded: name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase(),
    },
    select: { id: true },
  });
  return m.id;
}

/** An archived record written straight to the database, then indexed like every write. */
async function addMeeting(
  key: string,
  spec: {
    unit: string;
    title: string;
    date: string;
    kind?: MeetingKind;
    status?: "DRAFT" | "APPROVED";
    summary?: string;
    speeches?: Array<{ speaker?: string; content: string }>;
    reports?: Array<{ title: string; presenter?: string; content?: string }>;
    present?: string[];
    absent?: string[];
  },
) {
  const db = testDb();
  const speeches = [];
  for (const [position, s] of (spec.speeches ?? []).entries()) {
    speeches.push({
      position,
      kind: "Y_KIEN" as const,
      content: s.content,
      speakerMemberId: s.speaker ? await memberId(s.speaker) : null,
    });
  }
  const reports = [];
  for (const [position, r] of (spec.reports ?? []).entries()) {
    reports.push({
      position,
      title: r.title,
      content: r.content ?? null,
      presenterMemberId: r.presenter ? await memberId(r.presenter) : null,
    });
  }
  const attendance = [];
  for (const [position, n] of (spec.present ?? []).entries())
    attendance.push({
      position,
      name: n,
      memberId: await memberId(n),
      status: "PRESENT" as const,
      category: "OFFICIAL" as const,
      memberStatus: "ACTIVE" as const,
    });
  for (const n of spec.absent ?? [])
    attendance.push({
      position: attendance.length,
      name: n,
      memberId: await memberId(n),
      status: "ABSENT_UNEXCUSED" as const,
      category: "OFFICIAL" as const,
      memberStatus: "ACTIVE" as const,
    });
  const m = await db.meeting.create({
    data: {
      unitId: await unitId(spec.unit),
      kind: spec.kind ?? "THUONG_KY",
      title: spec.title,
      summary: spec.summary ?? null,
      startsAt: new Date(`${spec.date}T07:00:00.000Z`),
      status: spec.status ?? "APPROVED",
      approvedAt: spec.status === "DRAFT" ? null : new Date(`${spec.date}T10:00:00.000Z`),
      speeches: { create: speeches },
      reports: { create: reports },
      attendance: { create: attendance },
    },
    select: { id: true },
  });
  await writeSearchColumns(db, m.id);
  ids[key] = m.id;
  return m.id;
}

async function idsOf(actor: Actor, q: string, extra: Parameters<typeof searchMeetings>[1] = {}) {
  const r = await searchMeetings(actor, { q, pageSize: 100, ...extra });
  expect(r.total).toBe(r.items.length);
  return r.items.map((i) => i.id);
}

beforeAll(async () => {
  await seeded();
  admin = await actorOf("admin");
  member = await actorOf("dangvien");
  secretary = await actorOf("thuky");
  // Ranking: the word in the title (older record) outranks the word in a speech (newer record).
  await addMeeting("titleHit", {
    unit: DAO_TAO,
    kind: "CHUYEN_DE",
    title: "Sinh hoạt chuyên đề: An toàn giao thông trong trường học",
    date: "2024-03-05",
  });
  await addMeeting("speechHit", {
    unit: DAO_TAO,
    title: "Sinh hoạt chi bộ thường kỳ tháng 4 năm 2024",
    date: "2024-04-03",
    speeches: [
      { speaker: "Vũ Văn Nam", content: "Đề nghị nhắc nhở sinh viên chấp hành luật an toàn giao thông khi về quê." },
    ],
    reports: [
      {
        title: "Báo cáo công tác tháng 3",
        presenter: "Nguyễn Văn Quyết",
        content: "Hiệu trưởng giao nhiệm vụ rà soát chương trình đào tạo.",
      },
    ],
    present: ["Nguyễn Văn Quyết", "Vũ Văn Nam", "Phạm Văn Hùng"],
    absent: ["Tạ Thị Yến"],
  });
  await addMeeting("ambiguous", {
    unit: DAO_TAO,
    title: "Sinh hoạt chi bộ thường kỳ tháng 5 năm 2024",
    date: "2024-05-08",
    summary: "Về giao ban công tác an ninh, trật tự; thông báo tới toàn thể đảng viên.",
  });
  // A sibling chi bộ's record with a word found nowhere else, and a draft.
  await addMeeting("sibling", {
    unit: SIBLING,
    title: "Sinh hoạt chi bộ: rà soát hồ sơ K47B",
    date: "2024-06-05",
    summary: "Ủy ban kiểm tra đề nghị rà soát.",
  });
  await addMeeting("siblingDraft", {
    unit: DAO_TAO,
    status: "DRAFT",
    title: "Bản nháp: chuẩn bị hồ sơ K47B",
    date: "2024-07-03",
  });
});

// SQLite answers from the FTS5 index for wide scopes and by scanning small ones: both ways must give
// the same results (on PostgreSQL both runs use the GIN index).
for (const [strategy, scanLimit] of [
  ["full-text index", 0],
  ["scan of the scope", 1_000_000],
] as const) {
  describe(`search (${strategy})`, () => {
    beforeAll(() => {
      searchTuning.scanLimit = scanLimit;
    });

    describe("folding: diacritics, case, đ/Đ and both tone placements are ignored", () => {
      it("'dang bo' finds 'Đảng bộ', the same as typed with accents or in capitals", async () => {
        const plain = await idsOf(admin, "dang bo");
        expect(plain.length).toBeGreaterThan(0);
        expect(await idsOf(admin, "Đảng bộ")).toEqual(plain);
        expect(await idsOf(admin, "ĐẢNG BỘ")).toEqual(plain);
        expect(await idsOf(admin, "đang bo")).toEqual(plain);
      });

      it("'hieu truong' finds 'Hiệu trưởng' and marks it in the snippet", async () => {
        const r = await searchMeetings(admin, { q: "hieu truong", pageSize: 100 });
        expect(r.items.map((i) => i.id)).toContain(ids.speechHit);
        const hit = r.items.find((i) => i.id === ids.speechHit)!;
        const marked = snippetParts({ text: hit.snippet!, highlights: hit.highlights! })
          .filter((p) => p.hit)
          .map((p) => p.text);
        expect(marked).toEqual(["Hiệu", "trưởng"]);
        expect(hit.snippet).toContain("Hiệu trưởng giao nhiệm vụ rà soát chương trình đào tạo.");
      });

      it("'uỷ ban' and 'ủy ban' (two tone placements) find the same records", async () => {
        const a = await idsOf(admin, "uỷ ban kiểm tra");
        expect(a).toContain(ids.sibling);
        expect(await idsOf(admin, "ủy ban kiểm tra")).toEqual(a);
        expect(await idsOf(admin, "uy ban kiem tra")).toEqual(a);
      });

      it("every word must be found, each as the start of a word", async () => {
        expect(await idsOf(admin, "hồ sơ k47b")).toEqual([ids.siblingDraft, ids.sibling]);
        expect(await idsOf(admin, "k47")).toEqual([ids.siblingDraft, ids.sibling]);
        expect(await idsOf(admin, "k47b ủy ban")).toEqual([ids.sibling]);
        expect(await idsOf(admin, "47b")).toEqual([]);
        expect(await idsOf(admin, "iao thong")).toEqual([]);
        // "giao" also starts "giao ban": the record about "giao ban … an ninh" is found, ranked below the phrase
        expect(await idsOf(admin, "giao")).toEqual(
          expect.arrayContaining([ids.titleHit, ids.speechHit, ids.ambiguous]),
        );
        expect(await idsOf(admin, "một từ không có ở đâu cả xyzw")).toEqual([]);
      });
    });

    describe("ranking", () => {
      it("a word in the title ranks above the same word in a speech, whatever the dates", async () => {
        const r = await searchMeetings(admin, { q: "an toàn giao thông", pageSize: 10 });
        expect(r.items.slice(0, 2).map((i) => i.id)).toEqual([ids.titleHit, ids.speechHit]);
        expect(r.items[0].score!).toBeGreaterThan(r.items[1].score!);
        // the words in a row outrank the same words scattered over a record
        for (const other of r.items.slice(2)) expect(other.score!).toBeLessThan(r.items[1].score!);
        expect(r.items.map((i) => i.id)).toContain(ids.ambiguous);
      });

      it("without a query the archive is newest first", async () => {
        const r = await searchMeetings(admin, { unitId: await unitId(DAO_TAO), status: "APPROVED", pageSize: 3 });
        expect(r.items.map((i) => i.id)).toEqual([ids.ambiguous, ids.speechHit, ids.titleHit]);
        expect(r.items[0].snippet).toBeUndefined();
      });

      it("pages through the ranked list without repeating or losing a record", async () => {
        const all = await idsOf(admin, "dang");
        const pages: string[] = [];
        for (let page = 1; page <= Math.ceil(all.length / 2); page++) {
          const r = await searchMeetings(admin, { q: "dang", page, pageSize: 2 });
          expect(r.total).toBe(all.length);
          pages.push(...r.items.map((i) => i.id));
        }
        expect(pages).toEqual(all);
      });
    });

    describe("document references in any usual form", () => {
      it("05-CT/TW, 05 – CT/TW, chỉ thị 05, Chỉ thị số 05, ct05, CT 5 find the same records: those citing it", async () => {
        const citing = await testDb().directiveCitation.findMany({
          where: { directive: { kind: "CHI_THI", number: { in: ["05", "5"] } }, meeting: { deletedAt: null } },
          select: { meetingId: true },
        });
        const expected = [...new Set(citing.map((c) => c.meetingId))].sort();
        expect(expected.length).toBeGreaterThan(1);
        for (const q of ["05-CT/TW", "05 – CT/TW", "chỉ thị 05", "Chỉ thị số 05", "ct05", "CT 5", "chi thi 5"]) {
          expect((await idsOf(admin, q)).sort(), q).toEqual(expected);
        }
      });

      it("a reference combines with other words, and the citing records rank first", async () => {
        const r = await searchMeetings(admin, { q: "ct05 sơ kết", pageSize: 100 });
        expect(r.items.length).toBeGreaterThan(2);
        expect(r.items.slice(0, 2).map((i) => i.title.slice(0, 15))).toEqual(["Hội nghị sơ kết", "Hội nghị sơ kết"]);
      });

      it("the directive filter takes a registry id or a reference as typed; an unknown one is not found", async () => {
        const ct05 = await testDb().directive.findFirstOrThrow({
          where: { kind: "CHI_THI", number: "05", mergedIntoId: null },
          select: { id: true },
        });
        const byId = await idsOf(admin, "", { directiveId: ct05.id });
        expect(byId.length).toBeGreaterThan(0);
        expect((await idsOf(admin, "", { directiveId: "05-CT/TW" })).sort()).toEqual([...byId].sort());
        await expect(searchMeetings(admin, { directiveId: "no-such-directive" })).rejects.toMatchObject({
          code: "NOT_FOUND",
          fields: { directive: expect.any(Array) },
        });
      });
    });

    describe("scope: filtered inside the query", () => {
      it("a member never sees a sibling chi bộ's record, not even as a count", async () => {
        expect(await idsOf(admin, "k47b")).toEqual([ids.siblingDraft, ids.sibling]);
        expect(await idsOf(member, "K47B")).toEqual([]);
        expect(await countMeetings(member, { q: "k47b" })).toBe(0);
        expect((await searchMeetings(member, { q: "k47b" })).total).toBe(0);
        expect(await countMeetings(admin, { q: "k47b" })).toBe(2);
        await expect(searchMeetings(member, { unitId: await unitId(SIBLING) })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      });

      it("drafts: only those who may read drafts find them", async () => {
        expect(await idsOf(member, "bản nháp k47b")).toEqual([]); // a draft of the member's own chi bộ
        expect(await idsOf(secretary, "bản nháp k47b")).toEqual([]); // another chi bộ's draft
        expect(await idsOf(admin, "bản nháp k47b")).toEqual([ids.siblingDraft]);
        const ownDraft = (
          await testDb().meeting.findFirstOrThrow({
            where: { title: "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023" },
            select: { id: true },
          })
        ).id;
        expect(await idsOf(secretary, "thường kỳ tháng 8")).toContain(ownDraft);
        expect(await idsOf(member, "thường kỳ tháng 8")).not.toContain(ownDraft);
      });

      it("a member's search over everything equals the readable list filtered by the words", async () => {
        const list = await searchMeetings(member, { pageSize: 100 });
        const found = await idsOf(member, "sinh hoat");
        expect(found.every((id) => list.items.some((i) => i.id === id))).toBe(true);
        expect(list.items.some((i) => i.id === ids.sibling)).toBe(false);
      });
    });

    describe("filters", () => {
      it("unit with its subtree, kind, date range", async () => {
        const school = await idsOf(admin, "k47b", { unitId: await unitId(SCHOOL) });
        expect(school).toEqual([ids.siblingDraft, ids.sibling]);
        expect(await idsOf(admin, "k47b", { unitId: await unitId(SCHOOL), subtree: false })).toEqual([]);
        expect(await idsOf(admin, "k47b", { unitId: await unitId(SIBLING), subtree: false })).toEqual([ids.sibling]);
        expect(await idsOf(admin, "an toan giao thong", { kind: "CHUYEN_DE" })).toEqual([ids.titleHit]);
        expect(await idsOf(admin, "an toan giao thong", { from: "2024-04-03", to: "2024-04-03" })).toEqual([
          ids.speechHit,
        ]);
        expect(await idsOf(admin, "an toan giao thong", { from: "2024-04-04", to: "2024-04-30" })).toEqual([]);
      });

      it("person: present, presenting or speaking; not when absent", async () => {
        expect(await idsOf(admin, "", { personId: await memberId("Vũ Văn Nam") })).toContain(ids.speechHit);
        expect(await idsOf(admin, "", { personId: await memberId("Nguyễn Văn Quyết"), from: "2024-01-01" })).toEqual([
          ids.speechHit,
        ]);
        expect(await idsOf(admin, "", { personId: await memberId("Tạ Thị Yến"), from: "2024-01-01" })).toEqual([]);
      });
    });
  });
}

describe("the index follows every write", () => {
  beforeAll(() => {
    searchTuning.scanLimit = 0;
  });

  it("an edited draft is found by its new words only; a deleted draft not at all", async () => {
    const draft = (await getMeeting(
      secretary,
      (
        await searchMeetings(secretary, { q: "thường kỳ tháng 8" })
      ).items[0].id,
    ))!;
    const saved = await updateMeeting(secretary, draft.id, {
      version: draft.version,
      opening: "Đồng chí Bí thư quán triệt kế hoạch phòng chống bão số W12.",
    });
    expect(await idsOf(secretary, "bão số w12")).toEqual([saved.id]);
    const again = await updateMeeting(secretary, draft.id, {
      version: saved.version,
      opening: "Đồng chí Bí thư quán triệt đề án chuyển đổi số CDS7.",
    });
    expect(await idsOf(secretary, "w12")).toEqual([]);
    expect(await idsOf(secretary, "chuyển đổi số cds7")).toEqual([again.id]);
    await deleteDraft(secretary, draft.id);
    expect(await idsOf(secretary, "cds7")).toEqual([]);
  });

  it("records written by an older recipe are rebuilt and then found", async () => {
    const id = await addMeeting("stale", {
      unit: DAO_TAO,
      title: "Hội nghị học tập chuyên đề HT2025X",
      date: "2025-01-08",
      kind: "HOC_TAP_QUAN_TRIET",
    });
    await testDb().meeting.update({ where: { id }, data: { searchText: "", searchTitle: "", searchVersion: 0 } });
    expect(await idsOf(admin, "ht2025x")).toEqual([]);
    expect(await reindexStaleMeetings(testDb())).toBeGreaterThanOrEqual(1);
    expect(await idsOf(admin, "hoc tap ht2025x")).toEqual([id]);
    expect(await reindexStaleMeetings(testDb())).toBe(0);
  });
});
