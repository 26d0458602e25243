import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // `npm run test:faults` runs the fault tests (tests/faults: processes killed, databases stopped),
    // which `npm test` leaves out; .ci/run runs both.
    include: process.env.HUNDI_TEST_SUITE === "faults" ? ["tests/faults/**/*.test.ts"] : ["tests/**/*.test.ts"],
    exclude: process.env.HUNDI_TEST_SUITE === "faults" ? [] : ["tests/faults/**", "node_modules/**"],
    globalSetup: ["tests/setup/global-database.ts"],
    pool: "forks",
    // Integration files share one PostgreSQL; each builds its own data, so they can run in parallel.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
