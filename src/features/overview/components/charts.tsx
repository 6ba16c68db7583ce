/** Server-rendered SVG charts with a title, a description and a data table as the text alternative. */
import { percent } from "../table";

export interface AttendancePoint {
  label: string;
  present: number;
  total: number;
  rate: number | null;
}

export function AttendanceChart({ id, points }: { id: string; points: AttendancePoint[] }) {
  const W = 640;
  const H = 220;
  const pad = { l: 44, r: 12, t: 12, b: 44 };
  const innerW = W - pad.l - pad.r;
  const innerH = H - pad.t - pad.b;
  const step = innerW / Math.max(points.length, 1);
  const barW = Math.min(40, step * 0.6);
  const withData = points.filter((p) => p.rate !== null);
  const desc = withData.length
    ? `Tỷ lệ đảng viên dự họp theo tháng: ${points.map((p) => `${p.label} ${p.rate === null ? "không có cuộc họp" : percent(p.rate)}`).join("; ")}.`
    : "Không có cuộc họp nào có danh sách dự họp trong kỳ.";
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" data-testid="attendance-chart">
      <figcaption id={`${id}-caption`} className="mb-2 font-semibold">
        Tỷ lệ dự họp theo tháng
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>Tỷ lệ dự họp theo tháng</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line
              x1={pad.l}
              x2={W - pad.r}
              y1={pad.t + innerH * (1 - t)}
              y2={pad.t + innerH * (1 - t)}
              stroke="#e7e5e4"
            />
            <text x={pad.l - 6} y={pad.t + innerH * (1 - t) + 4} textAnchor="end" fontSize="11" fill="#57534e">
              {t * 100}%
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = pad.l + step * i + (step - barW) / 2;
          const h = p.rate === null ? 0 : innerH * p.rate;
          return (
            <g key={p.label}>
              {p.rate !== null && <rect x={x} y={pad.t + innerH - h} width={barW} height={h} fill="#b91c1c" rx="2" />}
              {p.rate !== null && (
                <text x={x + barW / 2} y={pad.t + innerH - h - 4} textAnchor="middle" fontSize="11" fill="#1c1917">
                  {percent(p.rate)}
                </text>
              )}
              <text x={x + barW / 2} y={H - pad.b + 16} textAnchor="middle" fontSize="11" fill="#57534e">
                {p.label.replace("tháng ", "T")}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand">Xem dạng bảng</summary>
        <table className="mt-2 w-full text-left" data-testid="attendance-table">
          <caption className="sr-only">Tỷ lệ dự họp theo tháng</caption>
          <thead>
            <tr>
              <th scope="col">Tháng</th>
              <th scope="col">Có mặt</th>
              <th scope="col">Tổng số</th>
              <th scope="col">Tỷ lệ</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row" className="font-normal">
                  {p.label}
                </th>
                <td>{p.present}</td>
                <td>{p.total}</td>
                <td>{p.rate === null ? "—" : percent(p.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export interface UnitMeetings {
  name: string;
  approved: number;
  drafts: number;
}

export function MeetingsPerUnitChart({ id, units }: { id: string; units: UnitMeetings[] }) {
  const W = 640;
  const rowH = 26;
  const labelW = 240;
  const H = units.length * rowH + 30;
  const max = Math.max(1, ...units.map((u) => u.approved + u.drafts));
  const scale = (W - labelW - 40) / max;
  const short = (s: string) => (s.length > 36 ? `${s.slice(0, 35)}…` : s);
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" data-testid="meetings-chart">
      <figcaption className="mb-2 font-semibold">Số cuộc họp của từng tổ chức</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>Số cuộc họp của từng tổ chức</title>
        <desc id={`${id}-desc`}>
          {units.map((u) => `${u.name}: ${u.approved} đã thông qua, ${u.drafts} chưa thông qua`).join("; ")}.
        </desc>
        {units.map((u, i) => {
          const y = i * rowH + 4;
          return (
            <g key={u.name}>
              <text x={labelW - 8} y={y + 15} textAnchor="end" fontSize="11" fill="#1c1917">
                {short(u.name)}
              </text>
              <rect x={labelW} y={y + 3} width={u.approved * scale} height={16} fill="#b91c1c" />
              <rect x={labelW + u.approved * scale} y={y + 3} width={u.drafts * scale} height={16} fill="#fca5a5" />
              <text x={labelW + (u.approved + u.drafts) * scale + 6} y={y + 15} fontSize="11" fill="#1c1917">
                {u.approved + u.drafts}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${labelW}, ${H - 14})`} fontSize="11" fill="#57534e">
          <rect width="10" height="10" fill="#b91c1c" />
          <text x="14" y="9">
            Đã thông qua
          </text>
          <rect x="110" width="10" height="10" fill="#fca5a5" />
          <text x="124" y="9">
            Chưa thông qua
          </text>
        </g>
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand">Xem dạng bảng</summary>
        <table className="mt-2 w-full text-left" data-testid="meetings-table">
          <caption className="sr-only">Số cuộc họp của từng tổ chức</caption>
          <thead>
            <tr>
              <th scope="col">Tổ chức</th>
              <th scope="col">Đã thông qua</th>
              <th scope="col">Chưa thông qua</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.name}>
                <th scope="row" className="font-normal">
                  {u.name}
                </th>
                <td>{u.approved}</td>
                <td>{u.drafts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
