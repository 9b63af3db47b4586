import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Four test files at once on this 2-core machine: many of them wait on the CLI, a batch's
    // worker processes or a server, not on the CPU. The whole suite: 202 s with two (the default,
    // one per core), 133 s with four (2026-12-06).
    maxWorkers: 4,
  },
});
