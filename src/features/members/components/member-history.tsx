import { memberStatusLabels, positionKindLabels } from "@/lib/vi/labels";
import type { MemberDetail } from "../dto";

const vn = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "…");

/** Where the member belonged, dated statuses and positions: the history a transfer never loses. */
export function MemberHistory({ member }: { member: MemberDetail }) {
  return (
    <section
      aria-labelledby="history-h"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="member-history"
    >
      <h2 id="history-h" className="font-semibold">
        Quá trình sinh hoạt
      </h2>
      <div>
        <h3 className="text-sm font-medium">Nơi sinh hoạt</h3>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {member.memberships.map((m) => (
            <li key={m.id}>
              {m.unit.name}: {vn(m.startOn)} – {m.endOn ? vn(m.endOn) : "nay"}
              {m.note ? ` (${m.note})` : ""}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="text-sm font-medium">Tình trạng</h3>
        {member.statusChanges.length === 0 ? (
          <p className="text-sm text-stone-600">Sinh hoạt thường xuyên.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {member.statusChanges.map((s) => (
              <li key={s.id}>
                {memberStatusLabels[s.status]}: {vn(s.fromOn)}
                {s.toOn && s.toOn !== s.fromOn ? ` – ${vn(s.toOn)}` : ""}
                {s.note ? ` (${s.note})` : ""}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-medium">Chức vụ</h3>
        {member.positions.length === 0 ? (
          <p className="text-sm text-stone-600">{member.title ?? "Chưa ghi chức vụ."}</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {member.positions.map((p) => (
              <li key={p.id}>
                {p.title}
                {p.organ ? `, ${p.organ}` : ""} ({positionKindLabels[p.kind]}): {vn(p.startOn)} –{" "}
                {p.endOn ? vn(p.endOn) : "nay"}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
