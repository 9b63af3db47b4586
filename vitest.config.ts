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
    // The CLI speaks the locale's language (Chinese by default, and under C.UTF-8): the tests
    // that read its words run it in English unless they choose (`--lang zh`, LANG=zh_CN.UTF-8).
    env: { LC_ALL: "en_US.UTF-8" },
  },
});
