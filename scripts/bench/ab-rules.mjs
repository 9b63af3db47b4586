#!/usr/bin/env node
// The repair stage rule by rule, for several builds in one process, round for round in turns (as
// ab.mjs does for whole stages): which rule costs what, where whole-stage figures on a loaded
// machine cannot tell. Build each checkout first (npx tsc -p tsconfig.json).
//
//   node scripts/bench/ab-rules.mjs INPUT [rounds=10] CHECKOUT...
//
// Prints the median ms per rule (and the stage's total) for each checkout, after two warm-up
// rounds; the genre's remembered answers are forgotten before each round.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
const [file, rounds = "10", ...dirs] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const builds = [];
for (const dir of dirs) {
  const d = (p) => import(pathToFileURL(resolve(dir, "dist", p)).href);
  const { readGrid } = await d("read/index.js");
  const { structureGrid } = await d("structure/index.js");
  const { RULES } = await d("repair/index.js");
  const { resolveParseOptions } = await d("options.js");
  const { forgetAll } = await d("genre/memo.js");
  const doc0 = structureGrid(await readGrid(bytes, file.split("/").pop(), resolveParseOptions({})));
  builds.push({ dir, RULES, forgetAll, doc0, per: {} });
}
for (let k = 0; k < Number(rounds) + 2; k++) {
  const order = k % 2 ? [...builds].reverse() : builds;
  for (const b of order) {
    b.forgetAll();
    let doc = b.doc0;
    let total = 0;
    for (const r of b.RULES) { const t0 = performance.now(); doc = r.apply(doc); const t = performance.now() - t0; total += t; if (k >= 2) (b.per[r.id] ??= []).push(t); }
    if (k >= 2) (b.per.TOTAL ??= []).push(total);
  }
}
const med = (ts) => { const s = [...ts].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ids = [...new Set(builds.flatMap((b) => Object.keys(b.per)))];
console.log("rule".padEnd(20), ...builds.map((b) => b.dir.padStart(16)));
for (const id of ids) console.log(id.padEnd(20), ...builds.map((b) => (b.per[id] ? med(b.per[id]).toFixed(1) : "-").padStart(16)));
