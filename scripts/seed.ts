// Seeds the demo data into DATABASE_URL when the database is empty (never twice).
import { createPrisma } from "@/server/prisma-factory";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/server/seed/demo";
import { seedDirectiveRegistry } from "@/features/directives/registry-seed";
import { reindexStaleMeetings } from "@/server/search/reindex";

const url = process.env.DATABASE_URL ?? "file:./data/sobienban.db";
async function main() {
  const db = createPrisma(url);
  try {
    const seeded = await seedDemo(db);
    // The registry of central documents is completed on every start (idempotent).
    const registry = await seedDirectiveRegistry(db);
    // Search columns written by an older recipe (or before the index existed) are rebuilt.
    const reindexed = await reindexStaleMeetings(db);
    if (reindexed) console.log(`Chỉ mục tìm kiếm: cập nhật ${reindexed} biên bản.`);
    if (registry.created || registry.completed)
      console.log(`Danh mục văn bản: thêm ${registry.created}, bổ sung ${registry.completed}.`);
    console.log(
      seeded
        ? "Đã nạp dữ liệu mẫu (demo data seeded)."
        : "Cơ sở dữ liệu đã có dữ liệu, bỏ qua nạp mẫu (already seeded).",
    );
    if (seeded || process.argv.includes("--print-accounts")) {
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(9)} / ${DEMO_PASSWORD}  — ${a.description}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error("Nạp dữ liệu mẫu thất bại (seed failed):", e);
  process.exit(1);
});
