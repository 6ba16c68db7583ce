// Seeds the demo data into DATABASE_URL when the database is empty (never twice).
import { createPrisma } from "@/server/prisma-factory";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/server/seed/demo";

const url = process.env.DATABASE_URL ?? "file:./data/sobienban.db";
async function main() {
const db = createPrisma(url);
try {
  const seeded = await seedDemo(db);
  console.log(seeded ? "Đã nạp dữ liệu mẫu (demo data seeded)." : "Cơ sở dữ liệu đã có dữ liệu, bỏ qua nạp mẫu (already seeded).");
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
