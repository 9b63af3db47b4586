// Loaded with `node --import` before the CLI: at exit, write the process's peak resident set
// size (KB, from getrusage) where BENCH_RSS_FILE says. Counts worker threads too.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
