// Applies the checked-in migrations directly (no Prisma CLI): fast, and exactly the SQL that ships.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function migrationSql(flavor: "sqlite" | "postgres"): string[] {
  const dir = path.join(root, "prisma", flavor, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}
