// The real CLI, run as a user runs it: cold start, peak memory, batch over a folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./report.mjs";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const EXIT_STATS = new URL("./exit-stats.mjs", import.meta.url).href;

/** One run of `node dist/cli.js ARGS`: wall time, exit status, output, and (with stats) peak RSS and CPU time. */
function runCli(args, { stats = false, scratch } = {}) {
  const statsFile = stats ? join(mkdtempSync(join(scratch, "stats-")), "stats.json") : null;
  const nodeArgs = stats ? ["--import", EXIT_STATS] : [];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...(statsFile ? { BENCH_STATS_FILE: statsFile } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = statsFile && existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, "utf8")) : null;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, wallMs, rssMb: s ? s.maxRssKb / 1024 : NaN, cpuMs: s ? s.cpuMs : NaN };
}

const firstError = (r) => (r.status === 0 ? null : (r.stderr.split("\n").find((l) => l.trim()) ?? `exit ${r.status}`));

/** /usr/bin/time -v, where the machine has it: wall clock (s) and peak RSS (KB) of one run. */
function timeV(args) {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, CLI, ...args], { encoding: "utf8" });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) return null;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { wallS: seconds, rssKb: Number(rss[1]), status: r.status };
}

/** `breakdown parse SEED -o DIR` run `runs` times per format list: median wall, and one /usr/bin/time -v run. */
export function coldStart(seed, scratch, runs) {
  const out = {};
  for (const [label, formatArgs] of [
    ["--format json", ["--format", "json"]],
    ["default (json,csv,xlsx)", []],
  ]) {
    const dir = mkdtempSync(join(scratch, "cold-"));
    const args = ["parse", seed, "-o", dir, ...formatArgs];
    const first = runCli(args);
    const walls = [first.wallMs];
    for (let i = 1; i < runs; i++) walls.push(runCli(args).wallMs);
    out[label] = { medianMs: median(walls), minMs: Math.min(...walls), status: first.status, error: firstError(first), timeV: timeV(args) };
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Peak resident memory of `breakdown parse FILE [--format …]`, from the process's own rusage at exit. */
export function peakMemory(file, scratch, formatArgs = []) {
  const dir = mkdtempSync(join(scratch, "peak-"));
  const r = runCli(["parse", file, "-o", dir, ...formatArgs], { stats: true, scratch });
  rmSync(dir, { recursive: true, force: true });
  return { mb: r.rssMb, wallMs: r.wallMs, cpuMs: r.cpuMs, status: r.status, error: firstError(r) };
}

/** `breakdown parse DIR -o OUT --jobs N`: wall time, CPU time (all threads), and the summary it printed. */
export function batchRun(dir, scratch, jobs) {
  const out = mkdtempSync(join(scratch, `batch-j${jobs}-`));
  const r = runCli(["parse", dir, "-o", out, "--jobs", String(jobs)], { stats: true, scratch });
  rmSync(out, { recursive: true, force: true });
  const summary = r.stdout.split("\n").filter((l) => /^(status|-----|ok|repaired|needs review|failed|total)\b/.test(l) || /^\d+ files in /.test(l));
  return { wallMs: r.wallMs, cpuMs: r.cpuMs, rssMb: r.rssMb, status: r.status, summary, error: r.status === 0 || r.status === 3 ? null : firstError(r) };
}

/** Peak resident memory of mammoth.convertToHtml alone on `file`, in a process of its own: what the .docx reader starts from. */
export function mammothPeakMemory(file) {
  const code = `const mammoth = require("mammoth"); const t0 = performance.now();
mammoth.convertToHtml({ path: ${JSON.stringify(file)} }).then(() => { const u = process.resourceUsage();
process.stdout.write(JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, wallMs: performance.now() - t0 })); });`;
  const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", cwd: fileURLToPath(new URL("../..", import.meta.url)) });
  try {
    const s = JSON.parse(r.stdout);
    return { mb: s.maxRssKb / 1024, wallMs: s.wallMs, cpuMs: s.cpuMs, status: r.status, error: null };
  } catch {
    return { mb: NaN, wallMs: NaN, cpuMs: NaN, status: r.status, error: r.stderr.split("\n")[0] ?? "failed" };
  }
}
