// Loaded with `node --import` before the CLI: at exit, write the process's peak resident set size
// (KB) and CPU time (ms, user + system, every thread: workers, V8's compiler and GC threads) as
// JSON where BENCH_STATS_FILE says.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_STATS_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
