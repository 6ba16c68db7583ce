import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { accountNames, getMeeting, listRevisions } from "@/features/meetings/data";
import { FIELD_LABELS } from "@/features/meetings/components/editor/model";
import { formatClock, formatShortDate } from "@/lib/vi/date";

export const metadata: Metadata = { title: "Lịch sử thay đổi" };

const EXTRA_LABELS: Record<string, string> = { status: "Trạng thái" };

function fieldLabel(path: string): string {
  const m = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const base = (FIELD_LABELS as Record<string, string>)[m[1]] ?? EXTRA_LABELS[m[1]] ?? m[1];
  return [base, m[2] !== undefined ? `mục ${Number(m[2]) + 1}` : "", m[3] ?? ""].filter(Boolean).join(" › ");
}

export default async function HistoryPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) notFound();
  const revisions = await listRevisions(actor, meetingId).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!revisions) notFound();
  const names = await accountNames(revisions.map((r) => r.authorId));
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meetingId}`} className="text-brand hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">Lịch sử thay đổi</h1>
      <ol className="space-y-4" data-testid="history">
        {revisions.map((r) => (
          <li key={r.version} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm font-semibold">
              Phiên bản {r.version} · {r.authorId ? (names.get(r.authorId) ?? "Tài khoản đã xóa") : "Hệ thống"} ·{" "}
              {formatClock(new Date(r.createdAt))} {formatShortDate(new Date(r.createdAt))}
            </p>
            {r.changes.length === 0 ? (
              <p className="text-sm text-stone-600">Tạo biên bản.</p>
            ) : (
              <table className="mt-2 w-full text-left text-sm">
                <thead>
                  <tr className="border-b">
                    <th className="py-1 pr-2">Mục</th>
                    <th className="py-1 pr-2">Trước</th>
                    <th className="py-1">Sau</th>
                  </tr>
                </thead>
                <tbody>
                  {r.changes.map((c) => (
                    <tr key={c.field} className="border-b border-stone-100 align-top">
                      <td className="py-1 pr-2 font-medium">{fieldLabel(c.field)}</td>
                      <td className="py-1 pr-2">
                        <del className="text-red-800">{c.old ?? "—"}</del>
                      </td>
                      <td className="py-1">
                        <ins className="text-green-800 no-underline">{c.new ?? "—"}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
