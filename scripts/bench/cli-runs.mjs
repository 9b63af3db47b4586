// The real CLI, run as a user runs it: cold start, peak memory, batch over a folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./report.mjs";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const RSS_PRELOAD = new URL("./rss-preload.mjs", import.meta.url).href;

function runCli(args, { env = {}, nodeArgs = [] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, wallMs };
}

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
    out[label] = { medianMs: median(walls), minMs: Math.min(...walls), status: first.status, error: first.status === 0 ? null : first.stderr.split("\n")[0], timeV: timeV(args) };
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Peak resident memory of `breakdown parse FILE` (all formats), from the process's own rusage at exit. */
export function peakMemory(file, scratch) {
  const dir = mkdtempSync(join(scratch, "peak-"));
  const rssFile = join(dir, "maxrss");
  const r = runCli(["parse", file, "-o", dir], { env: { BENCH_RSS_FILE: rssFile }, nodeArgs: ["--import", RSS_PRELOAD] });
  const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
  rmSync(dir, { recursive: true, force: true });
  return { mb: kb / 1024, wallMs: r.wallMs, status: r.status, error: r.status === 0 ? null : r.stderr.split("\n").slice(0, 2).join(" ") };
}

/** `breakdown parse DIR -o OUT --jobs N`: wall time and the summary it printed. */
export function batchRun(dir, scratch, jobs) {
  const out = mkdtempSync(join(scratch, `batch-j${jobs}-`));
  const r = runCli(["parse", dir, "-o", out, "--jobs", String(jobs)]);
  rmSync(out, { recursive: true, force: true });
  const summary = r.stdout.split("\n").filter((l) => /^\s*(files|ok|repaired|needs review|failed|total)\b/i.test(l));
  return { wallMs: r.wallMs, status: r.status, summary, error: r.status === 0 || r.status === 3 ? null : (r.stderr.split("\n").find((l) => l.trim()) ?? "") };
}
