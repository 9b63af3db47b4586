/**
 * How long `diff` takes on generated tables of 17, 1,700 and 17,000 tasks (scripts/bench/generate.mjs),
 * in the cases a reissued table brings: the same table; the first task deleted so every other is
 * renumbered; and that, with one task in ten reworded and its contacts reordered. The documents
 * are parsed once; only `diff` is timed (median of the runs). Run after `npm run build`:
 *
 *     node scripts/bench-diff.mjs [--runs 5] [--rows 17,1700,17000]
 */
import { parseArgs } from "node:util";
import { makeTable, toRunTogetherText } from "./bench/generate.mjs";
import { diff, parse } from "../dist/index.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, rows: { type: "string", default: "17,1700,17000" } } });
const runs = Number(values.runs);
const sizes = values.rows.split(",").map(Number);

function renumbered(tasks) {
  return tasks.map((t, i) => ({ ...t, seq: i + 1, seqPrinted: String(i + 1) }));
}

const cases = {
  same: (doc) => structuredClone(doc),
  "first deleted, all renumbered": (doc) => ({ ...structuredClone(doc), tasks: renumbered(structuredClone(doc.tasks.slice(1))) }),
  "renumbered, 1 in 10 reworded": (doc) => ({
    ...structuredClone(doc),
    tasks: renumbered(
      structuredClone(doc.tasks.slice(1)).map((t, i) =>
        i % 10 === 0 ? { ...t, content: `${t.content.slice(4)}\u5e76\u6309\u5b63\u5ea6\u901a\u62a5\u8fdb\u5c55\u3002`, contacts: [...t.contacts].reverse() } : t,
      ),
    ),
  }),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`diff, median of ${runs} runs (Node ${process.version})`);
console.log(["tasks", "case", "ms", "result"].join("\t"));
for (const rows of sizes) {
  const text = toRunTogetherText(makeTable(rows, 1));
  const { document: doc } = await parse({ data: new TextEncoder().encode(text), fileName: `generated-${rows}.txt` }, { limits: { maxInputBytes: 1024 ** 3 } });
  for (const [name, make] of Object.entries(cases)) {
    const other = make(doc);
    const times = [];
    let result;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      result = diff(doc, other);
      times.push(performance.now() - t0);
    }
    const t = result.summary.tasks;
    console.log([doc.tasks.length, name, median(times).toFixed(1), `${t.unchanged} unchanged, ${t.renumbered} renumbered, ${t.modified} modified, ${t.removed} removed`].join("\t"));
  }
}
