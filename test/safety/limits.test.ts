import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/index.js";
import { fixture, SEED } from "../helpers.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";

const DOCX = fixture("docx", "seed-clean.docx");
const RATIO_BOMB = fixture("bad", "zip-bomb-ratio.docx");

async function refused(args: string[], code: string, says: string): Promise<void> {
  const out = tempDir();
  const r = await runCli(["parse", ...args, "-o", out, "-f", "json"]);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(`error ${code}`);
  expect(r.stderr).toContain(says);
  expect(filesIn(out)).toEqual([]);
}

async function accepted(args: string[]): Promise<void> {
  const out = tempDir();
  const r = await runCli(["parse", ...args, "-o", out, "-f", "json"]);
  expect(r.status, r.stderr).toBe(0);
  expect(filesIn(out)).toHaveLength(1);
}

describe("limits, each with a flag that takes effect", () => {
  it("has defaults that the seed and the .docx fixtures are far below", async () => {
    await accepted([SEED]);
    await accepted([DOCX]);
    // The largest real table is ~15 MB and 17,000 rows: the defaults leave room above it.
    expect(DEFAULT_LIMITS.maxInputBytes).toBeGreaterThanOrEqual(2 * 15 * 1024 * 1024);
    expect(DEFAULT_LIMITS.maxRows).toBeGreaterThanOrEqual(2 * 17_000);
  });

  it("--max-input-bytes refuses a larger file with INPUT_TOO_LARGE", async () => {
    await refused([SEED, "--max-input-bytes", "9000"], "INPUT_TOO_LARGE", "over the limit of 9000 (--max-input-bytes)");
    await refused([DOCX, "--max-input-bytes", "9000"], "INPUT_TOO_LARGE", "(--max-input-bytes)");
  });

  it("--max-zip-entries refuses a .docx with more entries, from its central directory", async () => {
    await refused([DOCX, "--max-zip-entries", "5"], "DOCX_UNSAFE", "over the limit of 5 (--max-zip-entries)");
  });

  it("--max-unzipped-bytes refuses a .docx whose entries declare more", async () => {
    await refused([DOCX, "--max-unzipped-bytes", "10000"], "DOCX_UNSAFE", "more than 10000 bytes (--max-unzipped-bytes)");
  });

  it("--max-zip-ratio refuses a highly compressed entry, and raising it lets a genuine one through", async () => {
    await refused([RATIO_BOMB], "DOCX_UNSAFE", `over the limit of ${DEFAULT_LIMITS.maxZipRatio}\u00d7 (--max-zip-ratio)`);
    await refused([RATIO_BOMB, "--max-zip-ratio", "500"], "DOCX_UNSAFE", "over the limit of 500\u00d7 (--max-zip-ratio)");
    await accepted([RATIO_BOMB, "--max-zip-ratio", "5000"]);
  });

  it("--max-rows refuses a longer table, text or .docx, with LIMIT_EXCEEDED", async () => {
    await refused([SEED, "--max-rows", "5"], "LIMIT_EXCEEDED", "over the limit of 5 (--max-rows)");
    await refused([DOCX, "--max-rows", "5"], "LIMIT_EXCEEDED", "over the limit of 5 (--max-rows)");
    await accepted([SEED, "--max-rows", "100"]);
  });

  it("--max-columns refuses a wider table, text or .docx, with LIMIT_EXCEEDED", async () => {
    await refused([SEED, "--max-columns", "3"], "LIMIT_EXCEEDED", "over the limit of 3 (--max-columns)");
    await refused([DOCX, "--max-columns", "3"], "LIMIT_EXCEEDED", "over the limit of 3 (--max-columns)");
    await accepted([SEED, "--max-columns", "20"]);
  });

  it("--max-cell-chars refuses a longer cell, text or .docx, with LIMIT_EXCEEDED", async () => {
    await refused([SEED, "--max-cell-chars", "20"], "LIMIT_EXCEEDED", "over the limit of 20 (--max-cell-chars)");
    await refused([DOCX, "--max-cell-chars", "20"], "LIMIT_EXCEEDED", "over the limit of 20 (--max-cell-chars)");
  });

  it("refuses a flag value that is not a positive number with USAGE", async () => {
    for (const flag of ["--max-input-bytes", "--max-unzipped-bytes", "--max-zip-entries", "--max-zip-ratio", "--max-pages", "--max-rows", "--max-columns", "--max-cell-chars"]) {
      const r = await runCli(["parse", SEED, "-o", join(tempDir(), "out"), flag, "-3"]);
      expect(r.status, flag).toBe(2);
      expect(r.stderr, flag).toContain("error USAGE");
      expect(r.stderr, flag).toContain("got -3");
    }
  });
});
