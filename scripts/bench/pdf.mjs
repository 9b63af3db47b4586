// The PDF figure of `npm run bench`: a table of about 100 pages, generated as a .docx
// (generate.mjs) and exported by LibreOffice as an office exports it, read in under 5 s.
// The PDF is made under .bench/pdf/ (not committed: 100 pages are ~270 kB a page of fonts and
// text, and LibreOffice stamps each export) and reused while the generator is unchanged.
// Run alone: `node scripts/bench/pdf.mjs` (after `npm run build`).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeTable, toDocx } from "./generate.mjs";
import { median, ms, now } from "./report.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dist = (path) => pathToFileURL(join(ROOT, "dist", path)).href;
export const PDF_PAGES = 100;
export const PDF_LIMIT_MS = 5000;
// Rows of the generated table per printed page (about 0.45 pages a row in LibreOffice's A4 export).
const FIRST_GUESS_ROWS = 230;

function hasSoffice() {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

function exportPdf(docx, outDir) {
  const profile = mkdtempSync(join(outDir, "lo-profile-"));
  try {
    const r = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, docx], { encoding: "utf8", timeout: 300_000 });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.status}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function pageCount(pdf) {
  const { openPdf } = await import(dist("read/pdf/pdfjs.js"));
  const doc = await openPdf(new Uint8Array(readFileSync(pdf)), pdf);
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

/** The PDF of at least PDF_PAGES pages: `{ pdf, rows, pages, reused }`, or null without LibreOffice. */
export async function pdfInput(root) {
  const dir = join(root, "pdf");
  const stamp = createHash("sha256").update(readFileSync(new URL("./generate.mjs", import.meta.url))).update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
  const stampFile = join(dir, ".stamp");
  const pdf = join(dir, "breakdown-100-pages.pdf");
  if (existsSync(stampFile) && existsSync(pdf)) {
    const [saved, rows] = readFileSync(stampFile, "utf8").split(" ");
    if (saved === stamp) return { pdf, rows: Number(rows), pages: await pageCount(pdf), reused: true };
  }
  if (!hasSoffice()) return null;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let rows = FIRST_GUESS_ROWS;
  let pages = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const docx = join(dir, "breakdown-100-pages.docx");
    writeFileSync(docx, await toDocx(makeTable(rows, 7)));
    exportPdf(docx, dir);
    pages = await pageCount(pdf);
    if (pages >= PDF_PAGES) break;
    rows = Math.ceil((rows * (PDF_PAGES + 3)) / pages);
  }
  writeFileSync(stampFile, `${stamp} ${rows}`);
  return { pdf, rows, pages, reused: false };
}

/** `parse` (read…validate) of the PDF in this process: one warm-up, then `rounds`; and one run of the CLI, --format json. */
export async function measurePdf(input, rounds = 3) {
  const { parse } = await import(dist("index.js"));
  const times = [];
  let tasks = 0;
  for (let i = 0; i <= rounds; i++) {
    const t0 = now();
    const { document } = await parse(input.pdf);
    if (i > 0) times.push(now() - t0);
    tasks = document.tasks.length;
  }
  const out = mkdtempSync(join(ROOT, ".bench", "pdf-cli-"));
  const t0 = now();
  const cli = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "parse", input.pdf, "-o", out, "--format", "json"], { encoding: "utf8" });
  const cliMs = now() - t0;
  rmSync(out, { recursive: true, force: true });
  return { parseMs: median(times), rounds, tasks, cliMs, cliStatus: cli.status, bytes: readFileSync(input.pdf).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  mkdirSync(join(ROOT, ".bench"), { recursive: true });
  const input = await pdfInput(join(ROOT, ".bench"));
  if (!input) {
    console.log("PDF: not measured (LibreOffice's soffice is not installed)");
  } else {
    const m = await measurePdf(input);
    console.log(`PDF, ${input.pages} pages, ${input.rows} rows, ${(m.bytes / 1e6).toFixed(2)} MB: parse ${ms(m.parseMs)} (median of ${m.rounds}, ${m.tasks} tasks), CLI --format json ${ms(m.cliMs)} wall (exit ${m.cliStatus})`);
  }
}
