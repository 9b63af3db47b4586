import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { BreakdownDocument } from "../../src/index.js";
import { decodeXlsxText, restoreCell } from "../../src/write/cell-guard.js";
import { HOSTILE_DIR, PAYLOADS, hostileFixtures } from "../../scripts/fixtures/make-bad-hostile-cells.mjs";
import { readZipEntries } from "../support/read-zip.js";
import { runCli, tempDir } from "../support/run-cli.js";

// OWASP "CSV injection": a cell a spreadsheet runs when it begins with one of these.
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

async function zipEntries(path: string): Promise<Map<string, string>> {
  return new Map((await readZipEntries(readFileSync(path))).map(({ entry, data }) => [entry.fileName, data.toString("utf8")]));
}

describe("fixtures/bad/hostile", () => {
  it("holds the files scripts/fixtures/make-bad-hostile-cells.mjs builds, byte for byte", async () => {
    const built: { name: string; bytes: Uint8Array }[] = await hostileFixtures();
    expect(built.map((f) => f.name).sort()).toEqual(readdirSync(HOSTILE_DIR).sort());
    for (const f of built) expect(Buffer.from(f.bytes).equals(readFileSync(join(HOSTILE_DIR, f.name))), f.name).toBe(true);
  });
});

describe.each(["hostile-cells.txt", "hostile-cells.docx"])("cells that begin like formulas (%s), converted by the CLI", (name) => {
  const stem = name.replace(/\./g, "-");
  const run = (async () => {
    const out = tempDir();
    const input = join(HOSTILE_DIR, name);
    const r = await runCli(["parse", input, "-o", out]);
    const base = join(out, name.replace(/\.(txt|docx)$/, ""));
    return { r, out, base, doc: r.status === 0 ? (JSON.parse(readFileSync(`${base}.json`, "utf8")) as BreakdownDocument) : null };
  })();

  it("are read as text, unchanged, into the JSON", async () => {
    const { r, doc } = await run;
    expect(r.status, r.stderr).toBe(0);
    expect(doc!.tasks.map((t) => t.title)).toEqual(PAYLOADS.map((p: string, i: number) => `${p}\u4efb\u52a1${i + 1}`));
    expect(doc!.tasks.map((t) => t.extra["=1+2"])).toEqual(PAYLOADS);
  });

  it.each([".csv", ".units.csv"])(`give %s cells none of which a spreadsheet would run, each restoring to the text (${stem})`, async (ext) => {
    const { base, doc } = await run;
    const rows = parseCsv(readFileSync(`${base}${ext}`, "utf8"), { bom: true, relax_column_count: true }) as string[][];
    const cells = rows.flat();
    expect(cells.filter((c) => RUNS_AS_FORMULA.test(c))).toEqual([]);
    // Every payload reached the file (neutralised with a leading apostrophe), and reads back as it was.
    const restored = new Set(cells.map(restoreCell));
    if (ext === ".csv") {
      for (const t of doc!.tasks) expect(restored.has(t.title), t.title).toBe(true);
      expect(restored.has("=1+2")).toBe(true);
      expect(cells).toContain("'=1+2");
    }
    for (const t of doc!.tasks) for (const u of t.units) expect(restored.has(u), u).toBe(true);
    expect(cells.filter((c) => c.startsWith("'")).length).toBeGreaterThanOrEqual(PAYLOADS.length);
  });

  it(`give an XLSX with no formula anywhere, every hostile cell a string shown as text (${stem})`, async () => {
    const { base, doc } = await run;
    const entries = await zipEntries(`${base}.xlsx`);
    const sheets = [...entries].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const [n, xml] of sheets) expect(xml, n).not.toMatch(/<f[\s>]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${base}.xlsx`);
    const seen: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string" && RUNS_AS_FORMULA.test(decodeXlsxText(cell.value))) {
            expect(cell.numFmt, `${sheet.name}!${cell.address}`).toBe("@");
            seen.push(decodeXlsxText(cell.value));
          }
        }),
      ),
    );
    for (const t of doc!.tasks.filter((x) => RUNS_AS_FORMULA.test(x.title))) expect(seen, t.title).toContain(t.title);
  });
});
