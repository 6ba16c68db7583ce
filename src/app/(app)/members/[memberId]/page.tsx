import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/server/auth";
import { getMemberRecord, memberYears } from "@/features/members/record";
import { Pagination } from "@/components/pagination";
import { archiveHref } from "@/features/archive/schema";
import { formatLongDate, formatShortDate, isIsoDate, vnParts } from "@/lib/vi/date";
import {
  attendanceStatusLabels,
  meetingKindLabels,
  memberCategoryLabels,
  memberStatusLabels,
  speechKindLabels,
} from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Đảng viên" };

const pageParam = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);
const periodSchema = z.object({
  year: z.coerce.number().int().min(1930).max(2100).optional().catch(undefined),
  from: z.string().refine(isIsoDate).optional().catch(undefined),
  to: z.string().refine(isIsoDate).optional().catch(undefined),
  /** "1": the whole time (the default period is the newest year with records). */
  all: z.literal("1").optional().catch(undefined),
  page: pageParam,
  reports: pageParam,
  speeches: pageParam,
  roles: pageParam,
});

const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 0 });

export default async function MemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { memberId } = await params;
  const p = periodSchema.parse(await searchParams);
  // No period asked for: the newest year with records (a long-serving member's whole history is one click away).
  const year =
    p.year ??
    (!p.from && !p.to && !p.all ? ((await memberYears(actor, memberId))[0] ?? vnParts(new Date()).year) : undefined);
  const from = year ? `${year}-01-01` : p.from;
  const to = year ? `${year}-12-31` : p.to;
  const r = await getMemberRecord(actor, memberId, { from, to }, p);
  if (!r) notFound();
  const base = `/members/${r.member.id}`;
  const kept = { year: p.year ? String(p.year) : undefined, from: p.from, to: p.to, all: p.all };
  const pager = (list: { page: number; pageSize: number; total: number }, param: string, label: string) => (
    <Pagination {...list} basePath={base} params={kept} param={param} label={label} />
  );
  const a = r.attendance;
  const periodText =
    from && to
      ? `từ ${formatShortDate(from)} đến ${formatShortDate(to)}`
      : from
        ? `từ ${formatShortDate(from)}`
        : to
          ? `đến ${formatShortDate(to)}`
          : "toàn bộ thời gian";
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 ${active ? "border-brand bg-brand text-white" : "border-stone-300 bg-white hover:bg-stone-100"}`;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/members" className="text-brand hover:underline">
          ← Danh sách đảng viên
        </Link>
      </p>
      <header>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{r.member.fullName}</h1>
          {r.member.canManage && (
            <Link
              href={`/members/${r.member.id}/edit`}
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100"
            >
              Sửa hồ sơ, chức vụ, chuyển sinh hoạt
            </Link>
          )}
        </div>
        <p className="text-stone-700">{[r.member.title, r.member.unit.name].filter(Boolean).join(" · ")}</p>
        <p className="mt-1 text-sm text-stone-600" data-testid="member-facts">
          {memberCategoryLabels[r.member.category]} · {memberStatusLabels[r.member.status]}
          {r.member.admittedOn && ` · Kết nạp ${formatLongDate(r.member.admittedOn)}`}
          {r.member.officialOn && ` · Chính thức ${formatLongDate(r.member.officialOn)}`}
        </p>
      </header>

      <section aria-labelledby="period-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="period-heading" className="text-lg font-semibold">
          Thời gian
        </h2>
        <div className="mt-2 flex flex-wrap gap-2 text-sm">
          <Link
            href={`/members/${r.member.id}?all=1`}
            className={chip(!from && !to)}
            aria-current={!from && !to ? "true" : undefined}
          >
            Toàn bộ
          </Link>
          {r.years.map((y) => (
            <Link
              key={y}
              href={`/members/${r.member.id}?year=${y}`}
              className={chip(year === y)}
              aria-current={year === y ? "true" : undefined}
            >
              Năm {y}
            </Link>
          ))}
        </div>
        <form action={`/members/${r.member.id}`} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
          <div>
            <label htmlFor="period-from" className="block font-medium">
              Từ ngày
            </label>
            <input
              id="period-from"
              name="from"
              type="date"
              defaultValue={from ?? ""}
              className="mt-1 rounded-md border border-stone-300 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="period-to" className="block font-medium">
              Đến ngày
            </label>
            <input
              id="period-to"
              name="to"
              type="date"
              defaultValue={to ?? ""}
              className="mt-1 rounded-md border border-stone-300 px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
            Xem
          </button>
        </form>
      </section>

      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading" className="text-lg font-semibold">
          Tham dự sinh hoạt ({periodText})
        </h2>
        <p className="mt-1 text-sm" data-testid="attendance-rate">
          {a.rate === null
            ? "Chưa có cuộc họp nào trong thời gian này."
            : `Dự ${a.attended}/${a.attended + a.absentExcused + a.absentUnexcused} cuộc họp (${percent.format(a.rate)})` +
              ` · vắng có lý do ${a.absentExcused} · vắng không lý do ${a.absentUnexcused}` +
              `${a.exemptAbsences ? ` · miễn sinh hoạt ${a.exemptAbsences}` : ""}.`}
        </p>
        {a.items.length > 0 && (
          <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="attendance-table">
              <caption className="sr-only">Các cuộc họp và tình trạng tham dự</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Ngày
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Cuộc họp
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Tình trạng
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.items.map((e) => (
                  <tr key={e.meetingId} className="border-t border-stone-100">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={e.date}>{formatShortDate(e.date)}</time>
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`/meetings/${e.meetingId}`} className="text-brand hover:underline">
                        {e.title}
                      </Link>
                      <span className="block text-xs text-stone-500">
                        {meetingKindLabels[e.kind]} · {e.unitName}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      {attendanceStatusLabels[e.status]}
                      {e.reason ? ` (${e.reason})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pager(a, "page", "Phân trang các cuộc họp")}
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="text-lg font-semibold">
          Báo cáo đã trình bày ({r.reports.total})
        </h2>
        <ul className="mt-1 list-disc pl-6 text-sm" data-testid="member-reports">
          {r.reports.items.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list rendered on the server, never changed in place
            <li key={i}>
              <time dateTime={x.date}>{formatShortDate(x.date)}</time>: {x.title} —{" "}
              <Link href={`/meetings/${x.meetingId}`} className="text-brand underline underline-offset-2">
                {x.meetingTitle}
              </Link>
            </li>
          ))}
        </ul>
        {pager(r.reports, "reports", "Phân trang báo cáo")}
      </section>

      <section aria-labelledby="speeches-heading">
        <h2 id="speeches-heading" className="text-lg font-semibold">
          Phát biểu, tham luận ({r.speeches.total})
        </h2>
        <ul className="mt-1 list-disc pl-6 text-sm" data-testid="member-speeches">
          {r.speeches.items.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list rendered on the server, never changed in place
            <li key={i}>
              <time dateTime={x.date}>{formatShortDate(x.date)}</time>: {speechKindLabels[x.kind]}
              {x.title ? ` “${x.title}”` : ""} —{" "}
              <Link href={`/meetings/${x.meetingId}`} className="text-brand underline underline-offset-2">
                {x.meetingTitle}
              </Link>
            </li>
          ))}
        </ul>
        {pager(r.speeches, "speeches", "Phân trang phát biểu")}
      </section>

      {r.roles.total > 0 && (
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="text-lg font-semibold">
            Chủ trì, thư ký ({r.roles.total})
          </h2>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {r.roles.items.map((x, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list rendered on the server, never changed in place
              <li key={i}>
                <time dateTime={x.date}>{formatShortDate(x.date)}</time>:{" "}
                {x.roles.map((role) => (role === "CHAIR" ? "Chủ trì" : "Thư ký")).join(", ")} —{" "}
                <Link href={`/meetings/${x.meetingId}`} className="text-brand underline underline-offset-2">
                  {x.meetingTitle}
                </Link>
              </li>
            ))}
          </ul>
          {pager(r.roles, "roles", "Phân trang chủ trì, thư ký")}
        </section>
      )}

      <p className="text-sm">
        <Link href={archiveHref({ person: r.member.id, from, to })} className="text-brand hover:underline">
          Tra cứu các biên bản có đồng chí {r.member.fullName} →
        </Link>
      </p>
    </div>
  );
}
