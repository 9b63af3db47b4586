import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, SEED } from "../helpers.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";

/**
 * A worker's heap small enough (the hidden --worker-heap-mb) that a real table of 20,000 rows
 * exhausts it while the seed and a small .docx still fit (measured: the 17,000-row bench text
 * dies at 32 and 48 MB; a small .docx needs more than 16).
 */
const SMALL_HEAP_MB = "40";

/** A tab-delimited breakdown table of `rows` tasks, as extracted text. */
function writeLargeTable(path: string, rows: number): void {
  const fd = openSync(path, "w");
  writeSync(fd, "某县2024年重点工作任务分解表\n序号\t重点任务\t主要内容\t责任单位\t联系人\n");
  for (let i = 1; i <= rows; i++) writeSync(fd, `${i}\t推进第${i}项重点工作\t围绕年度目标细化工作措施，确保按期完成。\t县发展改革局、县财政局\t张三\n`);
  closeSync(fd);
}

describe.each(["1", "2"])("a batch in which one file kills its worker (--jobs %s)", (jobs) => {
  const run = (async () => {
    const dir = tempDir();
    const large = join(dir, "large-table.txt");
    writeLargeTable(large, 20_000);
    const out = tempDir();
    const inputs = [SEED, large, fixture("docx", "seed-clean.docx")];
    return { large, out, r: await runCli(["parse", ...inputs, "-o", out, "-f", "json", "--jobs", jobs, "--progress", "lines", "--worker-heap-mb", SMALL_HEAP_MB]) };
  })();

  it("converts every other file, before and after it", async () => {
    const { out } = await run;
    expect(filesIn(out).sort()).toEqual(["qianjiang-linzhangzhi-2023-2027-breakdown.json", "seed-clean.json"]);
  });

  it("reports the file as failed with WORKER_DIED, what to do, and no V8 report or stack trace", async () => {
    const { r, large } = await run;
    expect(r.stderr).toContain(`error WORKER_DIED: ${large}`);
    expect(r.stderr).toContain("ran out of memory (a worker's heap is limited to 40 MB)");
    expect(r.stderr).toContain("What to do: ");
    expect(r.stdout).toContain(`  ${large} (WORKER_DIED)`);
    expect(r.stdout).toMatch(/3 files in [\d.]+ s \(\d jobs?\): 2 read, 1 failed/);
    expect(r.stderr).not.toContain("FATAL ERROR");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("exits with status 2, as for any failed file, not with an abort", async () => {
    expect((await run).r.status).toBe(2);
  });
});

describe("the developer's --worker-heap-mb", () => {
  it("is not shown in `breakdown parse --help`", async () => {
    const r = await runCli(["parse", "--help"]);
    expect(r.stdout).toContain("--jobs");
    expect(r.stdout).not.toContain("worker-heap");
  });
});
