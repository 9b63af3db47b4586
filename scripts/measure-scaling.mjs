/**
 * Does reading grow linearly with the input? Each real text (the seed and fixtures/corpus/) is
 * grown k and 4k times in a few ways a long or odd document grows (repeated whole, its body
 * repeated as if the numbering restarted, reflowed onto one line, lines shuffled), and the
 * library's parse timed on each. A 4× larger input should take about 4× as long; a ratio above
 * 8 is flagged. A measurement, not a test: `npm run build && node scripts/measure-scaling.mjs [k]`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parse } = await import(join(ROOT, "dist", "index.js"));
const k = Number(process.argv[2] ?? 12);
const corpus = join(ROOT, "fixtures", "corpus");
const files = [join(ROOT, "seeds", "qianjiang-linzhangzhi-2023-2027-breakdown.txt"), ...readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => join(corpus, f))];

async function time(text) {
  const started = performance.now();
  let outcome;
  try {
    const { document } = await parse({ data: new Uint8Array(Buffer.from(text, "utf8")), fileName: "grown.txt" });
    outcome = `${document.tasks.length} tasks`;
  } catch (error) {
    outcome = error?.code ?? `not coded: ${error}`;
  }
  return { ms: performance.now() - started, outcome };
}

const GROWTH = {
  repeated: (s, n) => s.repeat(n),
  "body repeated": (s, n) => s.slice(0, Math.floor(s.length / 3)) + s.slice(Math.floor(s.length / 3)).repeat(n),
  "one line": (s, n) => s.repeat(n).replace(/\n/g, ""),
  "lines shuffled": (s, n) => {
    const lines = s.repeat(n).split("\n");
    return lines.map((_, i) => lines[(i * 7919) % lines.length]).join("\n");
  },
};

console.log(`| text | growth | ×${k} | ×${4 * k} | ratio | outcome |\n| --- | --- | --- | --- | --- | --- |`);
let flagged = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  for (const [name, grow] of Object.entries(GROWTH)) {
    const small = await time(grow(text, k));
    const large = await time(grow(text, 4 * k));
    const ratio = large.ms / Math.max(small.ms, 5);
    if (ratio > 8) flagged++;
    console.log(`| ${file.split("/").pop()} | ${name} | ${small.ms.toFixed(0)} ms | ${large.ms.toFixed(0)} ms | ${ratio.toFixed(1)}${ratio > 8 ? " superlinear" : ""} | ${large.outcome} |`);
  }
}
console.log(`\n${flagged} superlinear`);
