// Importing the shared seed articles (SHARED_DIR or ../shared): part of `npm run -s test:corpus`.
// The main suite runs the same checks on the project's own texts (tests/integration/import/to-draft.test.ts).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDraftFromImport, previewImport } from "@/features/import/to-draft";
import { sharedDir } from "@/features/import/fixtures-dir";
import { actorOf, seeded, snapshot, testDb, unitId } from "../helpers/db";

const SCHOOL = "Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên";

function seedText(prefix: string): string {
  const dir = path.join(sharedDir(), "seeds");
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing in ${dir}`);
  return readFileSync(path.join(dir, file), "utf8");
}

beforeAll(async () => {
  await seeded();
});

/** Members a new draft of the unit starts with: its subtree's roster, those transferred out left aside. */
async function rosterSize(unitName: string): Promise<number> {
  const unit = await testDb().unit.findFirstOrThrow({ where: { name: unitName } });
  return testDb().member.count({
    where: { unit: { path: { startsWith: unit.path } }, status: { notIn: ["TRANSFERRED_OUT"] } },
  });
}

describe("importing a text into a draft", () => {
  it("previews without writing, matching people, units and the registry", async () => {
    const before = await snapshot();
    const p = await previewImport(await actorOf("admin"), { unitId: await unitId(SCHOOL), text: seedText("000_") });
    expect(await snapshot()).toEqual(before);
    expect(p.extraction.date).toBe("2023-07-26");
    expect(p.people.map((x) => [x.name, !!x.memberId])).toEqual([
      ["Trần Thanh Liêm", true],
      ["Đào Hồng Ngọc", true],
      ["Đặng Quang Mến", true],
    ]);
    expect(p.speeches.every((s) => s.unitId)).toBe(true);
    const ct05 = await testDb().directive.findFirstOrThrow({ where: { number: "05", symbol: "CT/TW" } });
    expect(p.directives.find((d) => d.number === "05")?.registryId).toBe(ct05.id);
    expect(p.directives.find((d) => d.kind === "DE_AN")?.registryId).not.toBeNull();
  });

  it("creates a marked draft whose directives resolve to the registry entries", async () => {
    const admin = await actorOf("admin");
    const before = await testDb().directive.count();
    const d = await createDraftFromImport(admin, {
      unitId: await unitId(SCHOOL),
      text: seedText("000_"),
      source: "ban-tin.txt",
    });
    expect(d.status).toBe("DRAFT");
    expect(d.kind).toBe("SO_KET");
    expect(d.startsAt).toBe("2023-07-26T01:00:00.000Z");
    // The roster comes in as for a new draft; the people the text names are on it, present.
    expect(d.attendance.entries).toHaveLength(await rosterSize(SCHOOL));
    const named = ["Trần Thanh Liêm", "Đào Hồng Ngọc", "Đặng Quang Mến"];
    const found = d.attendance.entries.filter((e) => named.includes(e.name));
    expect(found.map((e) => e.name).sort()).toEqual([...named].sort());
    expect(found.every((e) => e.status === "PRESENT")).toBe(true);
    expect(d.reports[0]).toMatchObject({
      title: "Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023",
      presenter: { name: "Đào Hồng Ngọc" },
    });
    expect(d.speeches.map((s) => s.unit?.name)).toEqual([
      "Chi bộ Tổ chức – Hành chính",
      "Chi bộ Quản lý học sinh, sinh viên",
      "Chi bộ Đào tạo",
    ]);
    expect(await testDb().directive.count()).toBe(before);
    expect(d.imported).toMatchObject({
      source: "ban-tin.txt",
      marks: expect.arrayContaining([
        "title",
        "startsAt",
        "reports.0",
        "speeches.2",
        "directives.1",
        "attendance.entries.0",
      ]),
    });
  });

  it("adds people off the roster as guests with their titles, and new documents to the registry", async () => {
    const admin = await actorOf("admin");
    const before = await testDb().directive.count();
    const d = await createDraftFromImport(admin, {
      unitId: await unitId("Đảng bộ Khối các trường Đại học, Cao đẳng"),
      text: seedText("002_"),
    });
    const roster = await rosterSize("Đảng bộ Khối các trường Đại học, Cao đẳng");
    expect(d.attendance.entries).toHaveLength(roster + 1);
    expect(d.attendance.entries.slice(0, roster).every((e) => e.status === "PRESENT" && e.memberId)).toBe(true);
    expect(d.attendance.entries[roster]).toEqual(
      expect.objectContaining({
        name: "Nguyễn Văn Phong",
        status: "GUEST",
        title: "Ủy viên Ban Thường vụ – Trưởng ban Tuyên giáo Thành ủy",
      }),
    );
    expect(d.startsAt).toBe("2018-04-27T01:00:00.000Z");
    expect(d.directives).toHaveLength(7);
    // the demo registry already holds every document the article cites: nothing is added twice
    const ids = d.directives.map((x) => x.directiveId);
    expect(new Set(ids).size).toBe(7);
    expect(await testDb().directive.count()).toBe(before);
  });
});
