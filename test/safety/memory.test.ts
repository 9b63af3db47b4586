import { execFile } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { CLI, CLI_TIMEOUT_MS, filesIn, tempDir } from "../support/run-cli.js";

/**
 * Memory stays bounded on a 50 MB text: it is refused before it is read, or, with the size
 * limit raised, read and refused by a later limit, the process never past 1 GB. Peak RSS is
 * the child's own (process.resourceUsage at exit). Figures for larger runs:
 * scripts/measure-memory.mjs.
 */
const REPORT_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kb "+process.resourceUsage().maxRSS+"\\n"))`;
const GB = 1024 * 1024; // in KB

function runMeasured(args: string[]): Promise<{ status: number; stderr: string; peakKb: number }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", REPORT_RSS, CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 26, timeout: CLI_TIMEOUT_MS, killSignal: "SIGKILL" }, (error, _stdout, stderr) => {
      const status = error ? Number((error as { code?: unknown }).code ?? -1) : 0;
      resolve({ status, stderr, peakKb: Number(/maxrss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) });
    });
  });
}

/** A tab-delimited table of short rows, 50 MB. */
function write50MbTable(path: string): number {
  const fd = openSync(path, "w");
  let size = writeSync(fd, "\u67d0\u53bf2024\u5e74\u91cd\u70b9\u5de5\u4f5c\u4efb\u52a1\u5206\u89e3\u8868\n\u5e8f\u53f7\t\u91cd\u70b9\u4efb\u52a1\t\u4e3b\u8981\u5185\u5bb9\t\u8d23\u4efb\u5355\u4f4d\t\u8054\u7cfb\u4eba\n");
  for (let i = 1; size < 50 * 1024 * 1024; i++) {
    size += writeSync(fd, `${i}\t\u63a8\u8fdb\u7b2c${i}\u9879\u91cd\u70b9\u5de5\u4f5c\t\u56f4\u7ed5\u5e74\u5ea6\u76ee\u6807\u7ec6\u5316\u5de5\u4f5c\u63aa\u65bd\uff0c\u786e\u4fdd\u6309\u671f\u5b8c\u6210\u3002\t\u53bf\u53d1\u5c55\u6539\u9769\u5c40\u3001\u53bf\u8d22\u653f\u5c40\t\u5f20\u4e09\n`);
  }
  closeSync(fd);
  return size;
}

describe("memory on a 50 MB text file", () => {
  const dir = tempDir();
  const input = join(dir, "table-50mb.txt");
  const size = write50MbTable(input);

  it("is refused with INPUT_TOO_LARGE before it is read, under the default limit", async () => {
    expect(size).toBeGreaterThan(50 * 1024 * 1024);
    const out = join(dir, "out-default");
    const r = await runMeasured(["parse", input, "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error INPUT_TOO_LARGE");
    expect(r.peakKb).toBeLessThan(GB / 4);
    expect(filesIn(out)).toEqual([]);
  });

  it("with --max-input-bytes raised, is read and refused by the row or cell limit without the process going past 1 GB", async () => {
    const out = join(dir, "out-raised");
    const r = await runMeasured(["parse", input, "-o", out, "--max-input-bytes", String(64 * 1024 * 1024)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error LIMIT_EXCEEDED");
    expect(r.peakKb).toBeLessThan(GB);
    expect(filesIn(out)).toEqual([]);
  });
});
