#!/usr/bin/env node
// A developer's view of the text path: every reader's reading of a file (in the order they are tried),
// its data rows, plausibility and time.
//   node scripts/readers.mjs [--rows] FILE...   (--rows: each reading's header and rows, cells joined by " | ")
import { readFileSync } from "node:fs";
import { textReadings } from "../dist/read/text/index.js";

const args = process.argv.slice(2);
const showRows = args.includes("--rows");
for (const file of args.filter((a) => a !== "--rows")) {
  console.log(file);
  for (const r of textReadings(readFileSync(file, "utf8"))) {
    console.log(`  #${r.reader} ${r.layout.padEnd(14)} ${String(r.rows).padStart(5)} rows  plausibility ${r.plausibility.toFixed(2).padStart(8)}  ${r.ms.toFixed(1).padStart(7)} ms`);
    if (!showRows || !r.table) continue;
    console.log(`      header: ${r.table.header.map((h) => h.text).join(" | ")}`);
    for (const row of r.table.rows) console.log(`      ${row.kind === "data" ? (row.uncertain ? "?" : " ") : "§"} ${row.cells.map((c) => c.text.replace(/\s+/g, " ").slice(0, 30)).join(" | ")}`);
  }
}
