import { formatDateTime } from "@/lib/vi/date";
import type { LastRun } from "../dto";

/** The last whole-archive check (`npm run -s cli -- verify`), on the admin overview. */
export function LastVerification({ run }: { run: LastRun | null }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="last-verification">
      <h2 className="font-bold">Kiểm tra tính toàn vẹn của kho biên bản</h2>
      {!run ? (
        <p className="mt-1 text-stone-600">
          Chưa chạy lần kiểm tra nào. Quản trị viên chạy <code>npm run -s cli -- verify</code> trên máy chủ.
        </p>
      ) : (
        <>
          <p className={`mt-1 font-medium ${run.ok ? "text-green-800" : "text-red-800"}`}>
            {run.ok ? "Nguyên vẹn" : `Có ${run.breaks} chỗ đứt`} — lần kiểm tra gần nhất{" "}
            {formatDateTime(new Date(run.at))}
            {run.unitName ? ` (chỉ ${run.unitName})` : ""}: {run.records} biên bản, {run.amendments} đính chính,{" "}
            {run.auditEvents} sự kiện nhật ký.
          </p>
          {run.firstBreaks.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {run.firstBreaks.map((b) => (
                <li key={`${b.chain}-${b.meetingId ?? ""}-${b.amendment ?? ""}-${b.auditSeq ?? ""}-${b.reason}`}>
                  {b.where}
                  {b.amendment ? `, đính chính thứ ${b.amendment}` : ""}: {b.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
