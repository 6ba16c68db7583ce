// The tasks page a page at a time: the same tasks as the whole list, overdue ones first, pages
// that neither repeat nor skip a task, and totals that stop counting past the cap.
import { beforeAll, describe, expect, it } from "vitest";
import { listMyTasks, pageMyTasks, pageUnitTasks, TASK_PAGE_SIZE, TASK_TOTAL_CAP } from "@/features/tasks/data";
import { actorOf, seeded, testDb, unitId } from "../../helpers/db";

const NOW = new Date("2023-09-15T03:00:00Z");
const BULK = 1_100;

beforeAll(async () => {
  await seeded();
}, 60_000);

describe("paged tasks on the demo data", () => {
  it("hold exactly the tasks of the whole list, for every demo reader", async () => {
    for (const user of ["admin", "thuky", "dangvien"]) {
      const actor = await actorOf(user);
      for (const show of ["open", "all"] as const) {
        const all = await listMyTasks(actor, { show }, NOW);
        const { mine, others } = await pageMyTasks(actor, { show }, NOW);
        expect(mine.items.map((t) => t.id).sort()).toEqual(
          all
            .filter((t) => t.ownedByMe)
            .map((t) => t.id)
            .sort(),
        );
        expect(others.items.map((t) => t.id).sort()).toEqual(
          all
            .filter((t) => !t.ownedByMe)
            .map((t) => t.id)
            .sort(),
        );
        expect(mine.overdue + others.overdue).toBe(all.filter((t) => t.overdue).length);
      }
    }
  });
});

describe("paged tasks of a large tree", () => {
  beforeAll(async () => {
    const unit = await unitId("Chi bộ Đào tạo");
    await testDb().task.createMany({
      data: Array.from({ length: BULK }, (_, i) => ({
        unitId: unit,
        title: `Nhiệm vụ số ${i}`,
        // every third one overdue on NOW, the others due later or without a deadline
        dueOn: i % 3 === 0 ? "2023-01-10" : i % 3 === 1 ? "2024-05-01" : null,
      })),
    });
  }, 60_000);

  it("come a page at a time, overdue first, with capped totals", async () => {
    const admin = await actorOf("admin");
    const first = (await pageMyTasks(admin, {}, NOW)).others;
    expect(first.items).toHaveLength(TASK_PAGE_SIZE);
    expect(first).toMatchObject({ total: TASK_TOTAL_CAP, capped: true });
    expect(first.items.every((t) => t.overdue)).toBe(true);
    expect(first.overdue).toBeGreaterThanOrEqual(Math.floor(BULK / 3));

    const seen = new Set<string>();
    let page = 1;
    let overdueDone = false;
    for (;;) {
      const p = (await pageMyTasks(admin, { page }, NOW)).others;
      for (const t of p.items) {
        expect(seen.has(t.id)).toBe(false);
        seen.add(t.id);
        if (!t.overdue) overdueDone = true;
        else expect(overdueDone).toBe(false); // no overdue task after the first one that is not
      }
      if (p.items.length < TASK_PAGE_SIZE) break;
      page++;
    }
    expect(seen.size).toBe((await listMyTasks(admin, {}, NOW)).filter((t) => !t.ownedByMe).length);
  });

  it("of one unit are paged the same way", async () => {
    const admin = await actorOf("admin");
    const list = await pageUnitTasks(admin, await unitId("Chi bộ Đào tạo"), { page: 2 }, NOW);
    expect(list.items).toHaveLength(TASK_PAGE_SIZE);
    expect(list.capped).toBe(true);
    expect(list.page).toBe(2);
  });
});
