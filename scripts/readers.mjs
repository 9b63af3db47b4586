#!/usr/bin/env node
// A developer's view of the text path: every reader's reading of a file (in the order they are tried),
// its data rows, plausibility and time.
//   node scripts/readers.mjs FILE...
import { readFileSync } from "node:fs";
import { textReadings } from "../dist/read/text/index.js";

for (const file of process.argv.slice(2)) {
  console.log(file);
  for (const r of textReadings(readFileSync(file, "utf8"))) {
    console.log(`  #${r.reader} ${r.layout.padEnd(14)} ${String(r.rows).padStart(5)} rows  plausibility ${r.plausibility.toFixed(2).padStart(8)}  ${r.ms.toFixed(1).padStart(7)} ms`);
  }
}
