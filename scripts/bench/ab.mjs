#!/usr/bin/env node
// Two builds timed in one process, round for round in turns: on a shared, loaded machine only
// figures taken this way compare (the load moves both alike). Each build's own
// scripts/bench/stages.mjs loads its own dist/, so build both first (npx tsc -p tsconfig.json).
//
//   node scripts/bench/ab.mjs OLD_CHECKOUT INPUT [rounds=20] [warmup=3]
//
// OLD_CHECKOUT is a checkout of the commit to compare against (a git worktree with node_modules
// linked); this checkout is "new". Prints the median per stage for each build, and the median
// of the per-round ratios new ÷ old for repair and for the parse (read to validate).
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [oldDir, input, roundsArg = "20", warmupArg = "3"] = process.argv.slice(2);
if (!oldDir || !input) {
  console.error("usage: node scripts/bench/ab.mjs OLD_CHECKOUT INPUT [rounds] [warmup]");
  process.exit(2);
}
const rounds = Number(roundsArg);
const warmup = Number(warmupArg);
const load = async (dir) => {
  const m = await import(pathToFileURL(resolve(dir, "scripts/bench/stages.mjs")).href);
  return { m, s: await m.loadStages() };
};
const builds = { old: await load(oldDir), new: await load(new URL("../..", import.meta.url).pathname) };
const bytes = new Uint8Array(readFileSync(input));
const file = basename(input);
const PARSE = ["read", "structure", "repair", "finalize", "validate"];
const times = { old: [], new: [] };
const run = async (name) => {
  const t = await builds[name].m.runOnce(builds[name].s, bytes, file);
  return t;
};
for (let i = 0; i < warmup; i++) for (const name of ["old", "new"]) await run(name);
for (let i = 0; i < rounds; i++) {
  // Each build goes first in half the rounds: the second pays for some of the first one's garbage.
  const order = i % 2 === 0 ? ["old", "new"] : ["new", "old"];
  for (const name of order) times[name].push(await run(name));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const parseOf = (t) => PARSE.reduce((sum, st) => sum + t[st], 0);
const row = (label, f) => {
  const o = times.old.map(f);
  const n = times.new.map(f);
  const ratio = median(n.map((v, i) => v / o[i]));
  console.log(`${label.padEnd(10)} old ${median(o).toFixed(1).padStart(8)} ms  new ${median(n).toFixed(1).padStart(8)} ms  new÷old (median of rounds) ${ratio.toFixed(3)}`);
};
console.log(`${file}: ${bytes.byteLength} bytes, ${times.new[0]?.tasks} tasks, ${rounds} rounds in turns after ${warmup} warm-up each`);
for (const st of PARSE) row(st, (t) => t[st]);
row("parse", parseOf);
