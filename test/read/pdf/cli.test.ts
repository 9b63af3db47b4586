import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { fixture } from "../../helpers.js";
import { filesIn, runCli, tempDir } from "../../support/run-cli.js";

describe("breakdown parse on a PDF", () => {
  it("writes JSON, CSV and XLSX as for a .docx, and exits 0", async () => {
    const input = fixture("pdf", "lead-support-sections.pdf");
    const out = tempDir();
    const r = await runCli(["parse", input, "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("7 tasks (7 ok, 0 repaired, 0 need review, 0 missing)");
    expect(filesIn(out).sort()).toEqual(["lead-support-sections.csv", "lead-support-sections.json", "lead-support-sections.units.csv", "lead-support-sections.xlsx"]);

    const json = JSON.parse(readFileSync(join(out, "lead-support-sections.json"), "utf8"));
    expect(json).toEqual((await parse(input)).document);
    expect(json.document.source.format).toBe("pdf");

    const csv: string[][] = parseCsv(readFileSync(join(out, "lead-support-sections.csv"), "utf8").replace(/^\uFEFF/, ""));
    expect(csv.length).toBeGreaterThan(7);
    expect(csv.flat()).toContain("推行“一件事一次办”");

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, "lead-support-sections.xlsx"));
    const texts: string[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("县市场监管局");
    expect(texts).toContain("推行“一件事一次办”");
  });
});
