// Writes the two provider schemas from prisma/schema.source.prisma (see docs in that file).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/schema.source.prisma", "utf8");
const header = "// GENERATED from prisma/schema.source.prisma by scripts/prisma-split.mjs. Do not edit.\n";
for (const [flavor, provider] of [
  ["sqlite", "sqlite"],
  ["postgres", "postgresql"],
]) {
  mkdirSync(`prisma/${flavor}`, { recursive: true });
  const out = header + source.replaceAll("__PROVIDER__", provider).replaceAll("__FLAVOR__", flavor);
  writeFileSync(`prisma/${flavor}/schema.prisma`, out);
}
