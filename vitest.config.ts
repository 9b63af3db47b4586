import { defineConfig } from "vitest/config";

/**
 * Test files that replace a module (`vi.mock`) run in a fresh process of their own, so that the
 * replacement cannot reach another file. Every other file shares its worker's loaded modules with
 * the files before it (`isolate: false`): importing src/ and its libraries again for each file
 * was most of the CPU of the small ones (the 46 files under test/genre, write, diff, repair,
 * structure, validate and match: 50 s of CPU isolated, 30 s shared; 2026-12-06).
 */
const ISOLATED = ["test/safety/atomic.test.ts"];

export default defineConfig(({ mode }) => ({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // LibreOffice converts each distinct file once per run (test/support/soffice-cache.mjs).
    globalSetup: ["test/support/global-setup.ts"],
    // Four test files at once on this 2-core machine: some of them wait on LibreOffice, a batch's
    // worker processes, Chromium or a server, not on the CPU. The whole suite: 202 s with two (the
    // default, one per core), 133 s with four (2026-12-06, CLI spawned). With the CLI in-process,
    // test/read, cli and safety took the same CPU with three or four (141-144 s), and 86-101 s
    // or 97-128 s of wall time beside the other sessions: no clear winner, four kept.
    maxWorkers: 4,
    env: {
      // The CLI speaks the locale's language (Chinese by default, and under C.UTF-8): the tests
      // that read its words run it in English unless they choose (`--lang zh`, LANG=zh_CN.UTF-8).
      LC_ALL: "en_US.UTF-8",
      // `npm run test:property` (`--mode property`): the property tests' longer runs.
      ...(mode === "property" ? { FC_RUNS: process.env.FC_RUNS ?? "2000" } : {}),
    },
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED, isolate: true } },
    ],
  },
}));
