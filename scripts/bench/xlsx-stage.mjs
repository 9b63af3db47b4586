// The XLSX writer alone, to iterate on it faster than `npm run bench` allows:
//
//   npm run build && node scripts/bench/xlsx-stage.mjs [ROWS…] [--docx] [--rounds N] [--peak] [--writer PATH]
//
// For each size (default 1,700 and 17,000) the generated text input (.bench/inputs, written by
// `npm run bench`; with --docx the .docx) is parsed once, then `toXlsx` is timed: warm-up rounds, measured rounds, median
// wall and CPU time (this process, every thread), and the workbook's size. `--peak` also runs the
// CLI on the 17,000-row text with all formats and with `--format json`, and prints its peak RSS.
// `--writer` times another module exporting `toXlsx` (a prototype) on the same documents.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./report.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const peak = flag("--peak");
const docx = flag("--docx");
const rounds = Number(option("--rounds") ?? 5);
const writerPath = option("--writer");
const sizes = args.length > 0 ? args.map(Number) : [1700, 17000];

const input = (rows, ext = docx ? "docx" : "txt") => join(ROOT, ".bench", "inputs", `breakdown-${rows}.${ext}`);
for (const rows of sizes) {
  if (!existsSync(input(rows))) {
    console.error(`${input(rows)} is missing: run \`npm run bench\` once to generate the inputs.`);
    process.exit(2);
  }
}

const { parse } = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
const { toXlsx } = await import(pathToFileURL(writerPath ? resolve(writerPath) : join(ROOT, "dist", "write", "xlsx-writer.js")).href);
const load = () => loadavg().map((x) => x.toFixed(2)).join(", ");

console.log(`xlsx stage, ${docx ? ".docx" : "text"} inputs${writerPath ? `, ${writerPath}` : ""}; load average ${load()}`);
for (const rows of sizes) {
  const { document } = await parse(input(rows));
  const warmup = rows >= 10_000 ? 1 : 2;
  const walls = [];
  const cpus = [];
  let bytes = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await toXlsx(document);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    bytes = out.byteLength;
    if (i >= warmup) {
      walls.push(wall);
      cpus.push((cpu.user + cpu.system) / 1000);
    }
  }
  const heap = process.memoryUsage();
  console.log(
    `${rows.toLocaleString("en-US")} rows: wall ${median(walls).toFixed(1)} ms (min ${Math.min(...walls).toFixed(1)}), CPU ${median(cpus).toFixed(1)} ms, ` +
      `${(bytes / 1e6).toFixed(2)} MB, rss now ${(heap.rss / 2 ** 20).toFixed(0)} MB`,
  );
}

if (peak) {
  const stats = new URL("./exit-stats.mjs", import.meta.url).href;
  for (const formatArgs of [[], ["--format", "json"]]) {
    const scratch = mkdtempSync(join(tmpdir(), "xlsx-peak-"));
    const statsFile = join(scratch, "stats.json");
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", stats, join(ROOT, "dist", "cli.js"), "parse", input(17000, "txt"), "-o", join(scratch, "out"), "--quiet", ...formatArgs], {
      env: { ...process.env, BENCH_STATS_FILE: statsFile },
      encoding: "utf8",
    });
    const wall = performance.now() - t0;
    const s = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, "utf8")) : null;
    console.log(
      `peak RSS, 17,000 rows text, ${formatArgs.length ? "--format json" : "json, csv, xlsx"}: ${s ? (s.maxRssKb / 1024).toFixed(0) : "?"} MB, wall ${(wall / 1000).toFixed(1)} s, CPU ${s ? (s.cpuMs / 1000).toFixed(1) : "?"} s${r.status === 0 ? "" : ` (exit ${r.status}: ${r.stderr.split("\n")[0]})`}`,
    );
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(`load average at end: ${load()}`);
