import { defineConfig } from "vitest/config";
import path from "node:path";

// An unusual time zone (UTC−3:30) so code that forgets Asia/Ho_Chi_Minh fails on every machine.
process.env.TZ = "America/St_Johns";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          pool: "forks",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          pool: "forks",
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/test-db.ts"],
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The tests that read the shared material (SHARED_DIR or ../shared: seeds, corpus, templates):
        // `npm run -s test:corpus`, run by .ci/run; `npm test` does not need them.
        resolve: { alias },
        test: {
          name: "corpus",
          environment: "node",
          include: ["tests/corpus/**/*.test.ts"],
          pool: "forks",
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/test-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
