#!/usr/bin/env node
// A developer's view of the text path: every layout's reading of a file, its data rows and plausibility.
//   node scripts/readers.mjs FILE...
import { readFileSync } from "node:fs";
import { textReadings } from "../dist/read/text/index.js";

for (const file of process.argv.slice(2)) {
  console.log(file);
  for (const r of textReadings(readFileSync(file, "utf8"))) console.log(`  ${r.layout.padEnd(14)} ${String(r.rows).padStart(4)} rows  plausibility ${r.plausibility.toFixed(2)}`);
}
