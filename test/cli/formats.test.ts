import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BreakdownDocumentSchema } from "../../src/model/document.js";
import { ROOT } from "../helpers.js";
import { readmeSection } from "../support/readme-section.js";
import { filesIn, runCli, tempDir } from "../support/run-cli.js";

const CONVERSION_TEST_MS = 120_000;
const SECTION = readmeSection("formats");

/** The inputs: one per reader, and the converted formats each once. */
const INPUTS = [
  ["formats-table.xlsx", "xlsx"],
  ["formats-page.html", "html"],
  ["seed-clean.doc", "docx"],
  ["formats-table.xls", "xlsx"],
] as const;

describe("breakdown parse on the other formats, run as a user runs it", () => {
  it.each(INPUTS)("%s: writes the JSON, CSV and XLSX, and says how many tasks", { timeout: CONVERSION_TEST_MS }, async (name, format) => {
    const out = tempDir("breakdown-formats-");
    const input = join(ROOT, "fixtures", "formats", name);
    const r = await runCli(["parse", input, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: 17 tasks \(/);
    const stem = name.replace(/\.[a-z]+$/, "");
    expect(filesIn(out).sort()).toEqual([`${stem}.csv`, `${stem}.json`, `${stem}.units.csv`, `${stem}.xlsx`].sort());
    const doc = BreakdownDocumentSchema.parse(JSON.parse(readFileSync(join(out, `${stem}.json`), "utf8")));
    expect(doc.document.source.format).toBe(format);
    const csv = readFileSync(join(out, `${stem}.csv`), "utf8");
    expect(csv).toContain("巩固提升组织运行体系");
    // The workbook written is read back: a sheet holds every task's title.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, `${stem}.xlsx`));
    const texts = book.worksheets.flatMap((s) => s.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])));
    for (const task of doc.tasks.filter((t) => t.status !== "missing")) expect(texts).toContain(task.title);
  });

  it("runs the README's commands for these formats as they are printed", { timeout: CONVERSION_TEST_MS }, async () => {
    const block = /```sh\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? "";
    const commands = block.trim().split("\n");
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const args = command.split(/\s+/).slice(1).map((a) => (a === "output" ? tempDir("breakdown-formats-") : a));
      const r = await runCli(args);
      expect(r.status, `${command}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/\d+ tasks/);
    }
  });
});
