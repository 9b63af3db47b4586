import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, SEED } from "../helpers.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";
import { smuggledDocx } from "../support/smuggled-docx.js";

/**
 * Issue 14's acceptance: a batch of good files plus the .docx whose main part was smuggled past
 * the guard. Whether the guard refuses it (a coded error) or its worker runs out of memory
 * (WORKER_DIED; a small heap here, so that it happens in a second and not after a minute of
 * garbage collection), every good file is converted and the run ends with status 2, never an abort.
 */
describe("a batch with the smuggled .docx among good files", () => {
  const run = (async () => {
    const dir = tempDir();
    const smuggled = join(dir, "smuggled.docx");
    writeFileSync(smuggled, await smuggledDocx(100_000));
    const out = tempDir();
    return { smuggled, out, r: await runCli(["parse", fixture("docx", "seed-clean.docx"), smuggled, SEED, "-o", out, "-f", "json", "--progress", "lines", "--worker-heap-mb", "64"]) };
  })();

  it("converts every good file", async () => {
    expect(filesIn((await run).out).sort()).toEqual(["qianjiang-linzhangzhi-2023-2027-breakdown.json", "seed-clean.json"]);
  }, 60_000);

  it("reports the smuggled file as a failed row with a coded error, and exits 2", async () => {
    const { r, smuggled } = await run;
    expect(r.stdout).toMatch(/3 files in [\d.]+ s \(\d jobs?\): 2 read, 1 failed/);
    expect(r.stderr).toMatch(new RegExp(`error (WORKER_DIED|DOCX_UNSAFE|LIMIT_EXCEEDED|DOCX_UNREADABLE): ${smuggled.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(r.stderr).not.toContain("INTERNAL");
    expect(r.stderr).not.toContain("FATAL ERROR");
    expect(r.status).toBe(2);
  }, 60_000);
});
