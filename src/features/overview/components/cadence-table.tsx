import Link from "next/link";
import { heldLabels, heldShort, monthLabel, quarterLabel, type Held } from "../rules";
import { percent } from "../table";
import type { OverviewReport } from "../data";

const tone: Record<Held, string> = {
  APPROVED: "bg-emerald-100 text-emerald-900",
  DRAFT: "bg-amber-100 text-amber-900",
  MISSING: "bg-red-700 text-white font-semibold",
  PENDING: "bg-stone-100 text-stone-700",
  FUTURE: "text-stone-600",
};

function Cell({ held, extra }: { held: Held; extra?: string }) {
  return (
    <td className="px-2 py-2 text-center">
      <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${tone[held]}`} title={heldLabels[held]}>
        {heldShort[held]}
      </span>
      {extra && <span className="block text-[11px] text-red-800">{extra}</span>}
    </td>
  );
}

export function CadenceTable({ report }: { report: OverviewReport }) {
  const { period } = report;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm" data-testid="cadence-table">
        <caption className="p-2 text-left text-sm text-stone-600">
          Sinh hoạt thường kỳ từng tháng, sinh hoạt chuyên đề từng quý, biên bản chưa thông qua quá {report.staleDays}{" "}
          ngày và tỷ lệ dự họp — {period.label}.
        </caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="px-2 py-2">
              Tổ chức Đảng
            </th>
            {period.months.map((m) => (
              <th key={m} scope="col" className="px-2 py-2 text-center">
                Thường kỳ {monthLabel(m)}
              </th>
            ))}
            {period.quarters.map((q) => (
              <th key={q} scope="col" className="px-2 py-2 text-center">
                Chuyên đề {quarterLabel(q)}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-center">
              Biên bản chưa thông qua
            </th>
            <th scope="col" className="px-2 py-2 text-center">
              Tỷ lệ dự họp
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr
              key={r.unit.id}
              className={`border-t border-stone-100 ${r.cadence.behind ? "bg-red-50" : ""}`}
              data-behind={r.cadence.behind ? "true" : "false"}
              data-unit={r.unit.name}
            >
              <th
                scope="row"
                className="px-2 py-2 text-left font-normal"
                style={{ paddingLeft: `${0.5 + r.unit.depth * 1}rem` }}
              >
                <Link href={`/tasks?unitId=${r.unit.id}`} className="font-medium hover:underline">
                  {r.unit.name}
                </Link>
                {r.cadence.behind && (
                  <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">Chậm</span>
                )}
                {r.cadence.reasons.length > 0 && (
                  <span className="block text-xs text-red-800">{r.cadence.reasons.join("; ")}</span>
                )}
              </th>
              {r.cadence.months.map((m) =>
                r.applies ? (
                  <Cell
                    key={m.month}
                    held={m.regular}
                    extra={m.thematicOnly && m.regular === "MISSING" ? "chỉ có chuyên đề" : undefined}
                  />
                ) : (
                  <td key={m.month} className="px-2 py-2 text-center text-xs text-stone-600">
                    Không áp dụng
                  </td>
                ),
              )}
              {r.cadence.quarters.map((q) =>
                r.applies ? (
                  <Cell key={q.quarter} held={q.thematic} />
                ) : (
                  <td key={q.quarter} className="px-2 py-2 text-center text-xs text-stone-600">
                    Không áp dụng
                  </td>
                ),
              )}
              <td className="px-2 py-2 text-center">
                {r.drafts}
                {r.cadence.staleDrafts.length > 0 && (
                  <span className="block text-xs text-red-800">
                    {r.cadence.staleDrafts.length} quá {report.staleDays} ngày
                  </span>
                )}
              </td>
              <td className="px-2 py-2 text-center">
                {r.cadence.attendanceRate === null ? "—" : percent(r.cadence.attendanceRate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
