import "server-only";
import type { Db } from "@/server/db";
import type { ChainBreak, VerifyReport } from "./verify";
import type { LastRun } from "./dto";

export type { LastRun };

/** Keeps the result of a whole-archive check for the admin overview. */
export async function recordRun(db: Db, report: VerifyReport, unitId?: string): Promise<void> {
  await db.verificationRun.create({
    data: {
      ok: report.ok,
      unitId: unitId ?? null,
      records: report.records,
      amendments: report.amendments,
      auditEvents: report.auditEvents,
      breaks: report.breaks.length,
      report: JSON.stringify(report.breaks.slice(0, 200)),
    },
  });
}

/** The last check run, or null when none ran yet. */
export async function lastRun(db: Db): Promise<LastRun | null> {
  const run = await db.verificationRun.findFirst({ orderBy: [{ at: "desc" }, { id: "desc" }] });
  if (!run) return null;
  const unit = run.unitId ? await db.unit.findUnique({ where: { id: run.unitId }, select: { name: true } }) : null;
  let firstBreaks: ChainBreak[] = [];
  try {
    firstBreaks = (JSON.parse(run.report) as ChainBreak[]).slice(0, 5);
  } catch {
    firstBreaks = [];
  }
  return {
    at: run.at.toISOString(),
    ok: run.ok,
    unitName: unit?.name ?? null,
    records: run.records,
    amendments: run.amendments,
    auditEvents: run.auditEvents,
    breaks: run.breaks,
    firstBreaks,
  };
}

/** The report as `cli verify` prints it: what is intact, then each break with where and why. */
export function formatReport(report: VerifyReport): string {
  const lines: string[] = [];
  for (const u of report.units) {
    const size = `${u.records} biên bản, ${u.amendments} đính chính`;
    lines.push(`${u.ok ? "✓" : "✗"} ${u.unitName}: ${size} — ${u.ok ? "nguyên vẹn" : "CÓ CHỖ ĐỨT"}`);
  }
  if (report.audit)
    lines.push(
      `${report.audit.ok ? "✓" : "✗"} Nhật ký: ${report.audit.events} sự kiện — ${report.audit.ok ? "nguyên vẹn" : "CÓ CHỖ ĐỨT"}`,
    );
  if (report.breaks.length) {
    lines.push("", `Chỗ đứt (${report.breaks.length}):`);
    const unitName = new Map(report.units.map((u) => [u.unitId, u.unitName]));
    for (const b of report.breaks) {
      const chain = b.chain === "audit" ? "Nhật ký" : (unitName.get(b.unitId ?? "") ?? "");
      const at = b.amendment ? `${b.where}, đính chính thứ ${b.amendment}` : b.where;
      lines.push(`  ✗ ${chain} — ${at}: ${b.reason}`);
    }
  }
  lines.push(
    "",
    report.ok
      ? `Kết quả: nguyên vẹn (${report.records} biên bản, ${report.amendments} đính chính, ${report.auditEvents} sự kiện nhật ký).`
      : `Kết quả: ${report.breaks.length} chỗ đứt.`,
  );
  return `${lines.join("\n")}\n`;
}
