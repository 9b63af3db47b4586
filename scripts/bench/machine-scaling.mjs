#!/usr/bin/env node
// How well this machine runs two Node.js processes at once, with no breakdown code in them:
// a loop that only computes, and a loop that allocates short-lived objects (what parsing does).
// Prints each one's wall time alone and two at once, and the speed-up of two over one. A batch
// of small documents is allocation-bound, so its speed-up with two jobs cannot exceed the second.
//
//   node scripts/bench/machine-scaling.mjs
import { spawn } from "node:child_process";

const PROBES = {
  compute: "let x = 0; for (let i = 0; i < 2e9; i++) x ^= i; if (x === 42) console.log(x);",
  allocate: "let keep = []; for (let i = 0; i < 2e7; i++) { keep.push({ a: i, b: 'x' + (i % 1000) }); if (keep.length > 1e5) keep = []; }",
};

function run(code) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", code], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (status) => (status === 0 ? resolve() : reject(new Error(`probe exited ${status}`))));
  });
}

async function wall(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

for (const [name, code] of Object.entries(PROBES)) {
  const one = await wall(() => run(code));
  const two = await wall(() => Promise.all([run(code), run(code)]));
  // Two processes do twice the work: the speed-up is 2 × one ÷ two.
  console.log(`${name.padEnd(9)} one process ${(one / 1000).toFixed(2)} s, two at once ${(two / 1000).toFixed(2)} s, speed-up ${((2 * one) / two).toFixed(2)}×`);
}
