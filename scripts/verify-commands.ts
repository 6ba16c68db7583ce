/**
 * `cli seal` and `cli verify` (README "Verification"). The data layer is marked "server-only", whose
 * default export throws outside React Server Components; the CLI is a trusted server-side process,
 * so that one module is answered with an empty one before the feature is loaded.
 */
import { createRequire } from "node:module";
import path from "node:path";

async function feature() {
  const localRequire = createRequire(path.join(process.cwd(), "package.json"));
  const serverOnly = localRequire.resolve("server-only");
  localRequire.cache[serverOnly] ??= {
    id: serverOnly,
    filename: serverOnly,
    loaded: true,
    exports: {},
  } as NodeJS.Module;
  // the modules themselves, not the feature's index: that one also carries the document blocks (react-pdf)
  const [seal, verify, runs, factory] = await Promise.all([
    import("@/features/verification/seal"),
    import("@/features/verification/verify"),
    import("@/features/verification/runs"),
    import("@/server/prisma-factory"),
  ]);
  const verification = { ...seal, ...verify, ...runs };
  return { ...verification, createPrisma: factory.createPrisma };
}

const url = () => process.env.DATABASE_URL ?? "file:./data/sobienban.db";

/** Seals a database's approved records (the e2e database after seeding). */
export async function sealDatabase(databaseUrl: string) {
  const f = await feature();
  const db = f.createPrisma(databaseUrl);
  try {
    return await f.sealExisting(db);
  } finally {
    await db.$disconnect();
  }
}

/** Seals what has no seal yet and says how many; idempotent (0 on the second run). */
export async function sealCommand(args: string[]): Promise<number> {
  if (args.length) {
    process.stderr.write(`Lỗi: lệnh seal không nhận tham số.\nError: seal takes no arguments.\n`);
    return 2;
  }
  const f = await feature();
  const db = f.createPrisma(url());
  try {
    const r = await f.sealExisting(db);
    process.stdout.write(
      `Niêm phong: ${r.records} biên bản, ${r.amendments} đính chính, ${r.auditEvents} sự kiện nhật ký ` +
        `(sealed ${r.records} records, ${r.amendments} amendments, ${r.auditEvents} audit events).\n`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** Recomputes every fingerprint and chain; exit 1 on any break, 2 on bad usage. */
export async function verifyCommand(args: string[]): Promise<number> {
  let unitId: string | undefined;
  if (args.length === 2 && args[0] === "--unit" && args[1]) unitId = args[1];
  else if (args.length) {
    process.stderr.write(`Lỗi: cách dùng: verify [--unit ID].\nError: usage: verify [--unit ID].\n`);
    return 2;
  }
  const f = await feature();
  const db = f.createPrisma(url());
  try {
    if (unitId && !(await db.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) {
      process.stderr.write(`Lỗi: không có tổ chức Đảng “${unitId}”.\nError: no unit “${unitId}”.\n`);
      return 2;
    }
    const report = await f.verifyArchive(db, { unitId });
    await f.recordRun(db, report, unitId);
    process.stdout.write(f.formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}
