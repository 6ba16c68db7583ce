// Vitest setupFile of the integration project: gives every test file its own database, a copy of
// the migrated template, and points DATABASE_URL (and so src/server/db) at it. `seeded()` and
// `resetToDemo()` (helpers/db.ts) switch to a copy of the seeded template instead.
import { afterAll } from "vitest";
import { dropCopies, switchToCopy } from "./db-copy";

await switchToCopy("empty");
afterAll(dropCopies);
