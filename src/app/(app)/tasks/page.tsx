import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/server/auth";
import { pageMyTasks, pageUnitTasks, TASK_TOTAL_CAP, type TaskList } from "@/features/tasks/data";
import { Pagination } from "@/components/pagination";
import { totalLabel } from "@/lib/search/total";
import { unitOptions } from "@/features/units/lookup";
import { Combobox } from "@/components/combobox";
import { TaskTable } from "@/features/tasks/components/task-table";

export const metadata: Metadata = { title: "Việc của tôi" };

const querySchema = z.object({
  show: z.enum(["open", "all"]).catch("open").default("open"),
  unitId: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  minePage: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const q = querySchema.parse(await searchParams);
  const [option] = await unitOptions(actor, [q.unitId], "tasks");
  const unit = option ? { id: option.id, name: option.label } : undefined;
  const lists = unit
    ? { unitTasks: await pageUnitTasks(actor, unit.id, { show: q.show, page: q.page }) }
    : await pageMyTasks(actor, { show: q.show, page: q.page, minePage: q.minePage });
  const shown = "unitTasks" in lists ? [lists.unitTasks] : [lists.mine, lists.others];
  const overdue = shown.reduce((n, l) => n + l.overdue, 0);
  const overdueCapped = shown.some((l) => l.overdue >= TASK_TOTAL_CAP);
  const kept = {
    show: q.show,
    unitId: unit?.id,
    page: q.page ? String(q.page) : undefined,
    minePage: q.minePage ? String(q.minePage) : undefined,
  };
  const pager = (list: TaskList, param: string, label: string) => (
    <Pagination
      page={list.page}
      pageSize={list.pageSize}
      total={list.total}
      capped={list.capped && list.items.length === list.pageSize}
      basePath="/tasks"
      params={kept}
      param={param}
      label={label}
    />
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{unit ? `Nhiệm vụ của ${unit.name}` : "Việc của tôi"}</h1>
      <form className="flex flex-wrap items-end gap-2 text-sm" action="/tasks">
        <Combobox
          id="tasks-unit"
          className="w-full sm:w-80"
          label="Tổ chức"
          name="unitId"
          source={{ path: "/api/v1/lookup/units", params: { for: "tasks" } }}
          defaultValue={option ?? null}
          placeholder="Việc của tôi và chi bộ của tôi"
        />
        <div>
          <label htmlFor="tasks-show" className="block font-medium">
            Hiển thị
          </label>
          <select
            id="tasks-show"
            name="show"
            defaultValue={q.show}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2"
          >
            <option value="open">Chưa xong</option>
            <option value="all">Tất cả</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white">
          Xem
        </button>
      </form>
      {overdue > 0 && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          data-testid="overdue-count"
        >
          {totalLabel(overdue, overdueCapped)} nhiệm vụ đã quá hạn.
        </p>
      )}
      {"unitTasks" in lists ? (
        <>
          <TaskTable tasks={lists.unitTasks.items} caption={`Nhiệm vụ của ${unit?.name ?? ""}`} testId="unit-tasks" />
          {pager(lists.unitTasks, "page", "Phân trang nhiệm vụ")}
        </>
      ) : (
        <>
          <section aria-labelledby="mine-heading" className="space-y-2">
            <h2 id="mine-heading" className="text-lg font-semibold">
              Tôi phụ trách
            </h2>
            <TaskTable tasks={lists.mine.items} caption="Nhiệm vụ tôi phụ trách" testId="my-tasks" />
            {pager(lists.mine, "minePage", "Phân trang nhiệm vụ tôi phụ trách")}
          </section>
          <section aria-labelledby="units-heading" className="space-y-2">
            <h2 id="units-heading" className="text-lg font-semibold">
              Của chi bộ, đảng bộ
            </h2>
            <TaskTable tasks={lists.others.items} caption="Nhiệm vụ của tổ chức" testId="unit-tasks" />
            {pager(lists.others, "page", "Phân trang nhiệm vụ của tổ chức")}
          </section>
        </>
      )}
      <p className="text-sm">
        <Link href="/directives" className="text-brand hover:underline">
          Danh mục văn bản
        </Link>
      </p>
    </div>
  );
}
