/**
 * Does a long labelled list read in linear time? Issue 14 item 3: numbered tasks, each with one
 * label (`1.做好第1项工作。` / `工作目标：全面完成`, 67 bytes a task), read as the `labelled` layout,
 * took 2.5 s at 10,000 tasks and 40 s at 30,000. Each size is parsed through the library with the
 * default limits and with --max-rows raised above it. A measurement, not a test:
 * `npm run build && node scripts/measure-labelled.mjs [tasks…]` (default 10000 30000 100000).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parse } = await import(join(ROOT, "dist", "index.js"));
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, 30_000, 100_000];

function labelledList(tasks) {
  const lines = ["XX县重点工作任务清单"];
  for (let i = 1; i <= tasks; i++) lines.push(`${i}.做好第${i}项工作。`, "工作目标：全面完成");
  return `${lines.join("\n")}\n`;
}

async function time(bytes, limits) {
  const started = performance.now();
  let outcome;
  try {
    const { document } = await parse({ data: bytes, fileName: "labelled.txt" }, { limits });
    outcome = `${document.tasks.length} tasks (${document.document.source.layout})`;
  } catch (error) {
    outcome = error?.code ?? `not coded: ${error}`;
  }
  return `${((performance.now() - started) / 1000).toFixed(1)} s, ${outcome}`;
}

console.log("| tasks | MB | default limits | --max-rows raised |\n| --- | --- | --- | --- |");
for (const tasks of sizes) {
  const bytes = new Uint8Array(Buffer.from(labelledList(tasks), "utf8"));
  const mb = (bytes.length / 1e6).toFixed(1);
  console.log(`| ${tasks} | ${mb} | ${await time(bytes, {})} | ${await time(bytes, { maxRows: 2 * tasks })} |`);
}
