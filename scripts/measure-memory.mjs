/**
 * Peak memory of `breakdown parse` on large inputs, each run in a child process as a user runs
 * it (`node dist/cli.js parse …`), its peak RSS read from process.resourceUsage() at exit.
 * A measurement, not a test: run `npm run build && node scripts/measure-memory.mjs`.
 *
 * The inputs are generated into a temporary folder (50 MB is not committed):
 * - a 50 MB text table of short rows, as is (refused by --max-input-bytes) and with the limit
 *   raised (refused later by the row or cell limit, after reading);
 * - an 11 MB text table of 17,000 long rows (the size of the largest real table), every format
 *   and JSON alone;
 * - a .docx of the same 17,000 long rows (about 0.3 MB zipped, 27 MB of document.xml: mammoth
 *   reads it in pieces), every format and JSON alone.
 */
import { execFile } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { breakdownDocument, buildDocx } from "./fixtures/build-docx.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const REPORT_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kb "+process.resourceUsage().maxRSS+"\\n"))`;

const dir = mkdtempSync(join(tmpdir(), "breakdown-memory-"));
const COMMA = "\uff0c";
const PARA = `围绕年度目标细化工作措施${COMMA}明确时间节点和责任分工${COMMA}加强督促检查和跟踪问效${COMMA}建立健全工作台账${COMMA}定期调度推进情况${COMMA}`;
const HEAD = "某县2024年重点工作任务分解表\n序号\t重点任务\t主要内容\t责任单位\t联系人\n";

function writeTable(path, { bytes, rows, row }) {
  const fd = openSync(path, "w");
  let size = writeSync(fd, HEAD);
  for (let i = 1; (bytes === undefined || size < bytes) && (rows === undefined || i <= rows); i++) size += writeSync(fd, row(i));
  closeSync(fd);
  return size;
}

const shortRow = (i) => `${i}\t推进第${i}项重点工作\t围绕年度目标细化工作措施${COMMA}确保按期完成第${i}项任务。\t县发展改革局\u3001县财政局\t张三\n`;
const longRow = (i) => `${i}\t推进第${i}项重点工作落地见效\t${PARA.repeat(2)}确保按期完成第${i}项任务。\t县发展改革局\u3001县财政局\u3001县自然资源局\u3001县住房城乡建设局\u3001各乡镇人民政府\t张三\u3001李四\n`;

function run(args) {
  return new Promise((resolve) => {
    const started = performance.now();
    execFile(process.execPath, ["--import", REPORT_RSS, CLI, ...args], { cwd: ROOT, maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const rss = /maxrss-kb (\d+)/.exec(stderr)?.[1];
      const outcome = /^error (\w+)/m.exec(stderr)?.[1] ?? (/(\d+) tasks/.exec(stdout)?.[0] ?? (error ? `crashed (${error.code ?? error.signal})` : "ok"));
      resolve({ seconds: (performance.now() - started) / 1000, peakMB: rss ? Number(rss) / 1024 : NaN, outcome });
    });
  });
}

const cases = [];
const big = join(dir, "50mb-short-rows.txt");
const bigSize = writeTable(big, { bytes: 50 * 1024 * 1024, row: shortRow });
const real = join(dir, "17000-long-rows.txt");
const realSize = writeTable(real, { rows: 17_000, row: longRow });
const docxRows = Array.from({ length: 17_000 }, (_, k) => ({ cells: longRow(k + 1).trim().split("\t") }));
const docx = join(dir, "17000-long-rows.docx");
writeFileSync(docx, await buildDocx(breakdownDocument({ title: "某县2024年重点工作任务分解表", issuer: "某县人民政府办公室", date: "2024年3月15日", columns: ["序号", "重点任务", "主要内容", "责任单位", "联系人"], rows: docxRows })));

const out = join(dir, "out");
cases.push([`50 MB text (${bigSize} bytes), default limits`, [big, "-o", out]]);
cases.push(["50 MB text, --max-input-bytes 64 MiB", [big, "-o", out, "--max-input-bytes", String(64 * 1024 * 1024)]]);
cases.push([`17,000 long rows (${realSize} bytes), json,csv,xlsx`, [real, "-o", out]]);
cases.push(["17,000 long rows, json only", [real, "-o", out, "-f", "json"]]);
cases.push(["17,000 long rows, xlsx only", [real, "-o", out, "-f", "xlsx"]]);
cases.push(["17,000 long rows as .docx, json,csv,xlsx", [docx, "-o", out]]);
cases.push(["17,000 long rows as .docx, json only", [docx, "-o", out, "-f", "json"]]);

console.log("| input | outcome | peak RSS | time |\n| --- | --- | --- | --- |");
for (const [name, args] of cases) {
  const r = await run(["parse", ...args]);
  console.log(`| ${name} | ${r.outcome} | ${r.peakMB.toFixed(0)} MB | ${r.seconds.toFixed(1)} s |`);
}
rmSync(dir, { recursive: true, force: true });
