import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { getOverview } from "@/features/overview/data";
import { overviewQuerySchema, periodFromQuery } from "@/features/overview/schema";
import { CadenceTable } from "@/features/overview/components/cadence-table";
import { AttendanceChart, MeetingsPerUnitChart } from "@/features/overview/components/charts";
import { percent } from "@/features/overview/table";
import { toVnIsoDate } from "@/lib/vi/date";
import { lastVerification } from "@/features/verification/data";
import { LastVerification } from "@/features/verification/components/last-run";

export const metadata: Metadata = { title: "Tổng quan" };

const QUARTERS = ["I", "II", "III", "IV"];

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!canAnywhere(actor, "overview.read")) notFound();
  const query = overviewQuerySchema.parse(await searchParams);
  const today = toVnIsoDate(new Date());
  const period = periodFromQuery(query, today);
  const report = await getOverview(actor, period, { staleDays: query.staleDays });
  const verification = await lastVerification(actor);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  if (!years.includes(period.year)) years.push(period.year);
  const part = period.kind === "year" ? "year" : period.kind === "quarter" ? `q${period.quarter}` : `m${period.month}`;
  const exportQuery = `period=${encodeURIComponent(period.key)}&staleDays=${report.staleDays}`;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Tổng quan sinh hoạt các tổ chức Đảng</h1>
      <form
        action="/overview"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm"
        data-testid="overview-filter"
      >
        <div>
          <label htmlFor="ov-year" className="block font-medium">
            Năm
          </label>
          <select
            id="ov-year"
            name="year"
            defaultValue={String(period.year)}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2"
          >
            {years
              .sort((a, b) => b - a)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="ov-part" className="block font-medium">
            Kỳ
          </label>
          <select
            id="ov-part"
            name="part"
            defaultValue={part}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2"
          >
            <option value="year">Cả năm</option>
            {QUARTERS.map((q, i) => (
              <option key={q} value={`q${i + 1}`}>
                Quý {q}
              </option>
            ))}
            {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
              <option key={month} value={`m${month}`}>
                Tháng {month}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ov-stale" className="block font-medium">
            Biên bản nháp quá (ngày)
          </label>
          <input
            id="ov-stale"
            name="staleDays"
            type="number"
            min={1}
            max={365}
            defaultValue={report.staleDays}
            className="mt-1 w-24 rounded-md border border-stone-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white">
          Xem
        </button>
        <span className="ml-auto flex gap-2">
          <a
            href={`/api/v1/overview/export?format=csv&${exportQuery}`}
            className="rounded-md border border-stone-300 px-3 py-2 hover:bg-stone-100"
            download
          >
            Tải CSV
          </a>
          <a
            href={`/api/v1/overview/export?format=xlsx&${exportQuery}`}
            className="rounded-md border border-stone-300 px-3 py-2 hover:bg-stone-100"
            download
          >
            Tải XLSX
          </a>
        </span>
      </form>
      <section aria-labelledby="ov-summary" className="grid gap-3 sm:grid-cols-3" data-testid="overview-summary">
        <h2 id="ov-summary" className="sr-only">
          Tóm tắt {period.label}
        </h2>
        <p className="rounded-lg border border-stone-200 bg-white p-3">
          <span className="block text-2xl font-bold">{report.totals.meetings}</span>cuộc họp trong {period.label}
        </p>
        <p
          className={`rounded-lg border p-3 ${report.behindCount ? "border-red-300 bg-red-50" : "border-stone-200 bg-white"}`}
        >
          <span className="block text-2xl font-bold">{report.behindCount}</span>tổ chức chậm so với quy định
        </p>
        <p className="rounded-lg border border-stone-200 bg-white p-3">
          <span className="block text-2xl font-bold">
            {report.totals.rate === null ? "—" : percent(report.totals.rate)}
          </span>
          tỷ lệ đảng viên dự họp
        </p>
      </section>
      <CadenceTable report={report} />
      <p className="text-xs text-stone-600">
        Quy định: mỗi chi bộ sinh hoạt thường kỳ mỗi tháng một lần; sinh hoạt chuyên đề ít nhất mỗi quý một lần và không
        thay cho sinh hoạt thường kỳ, trừ buổi được ghi là kết hợp; biên bản được thông qua ngay tại cuộc họp. Có mặt
        gồm cả đến muộn, về sớm; khách mời không tính.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <AttendanceChart id="ov-attendance" points={report.monthlyAttendance} />
        <MeetingsPerUnitChart
          id="ov-meetings"
          units={report.rows.map((r) => ({ name: r.unit.name, approved: r.approved, drafts: r.drafts }))}
        />
      </div>
      {verification !== undefined && <LastVerification run={verification} />}
    </div>
  );
}
