import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { SEED } from "../helpers.js";
import { loadWorkbook } from "./xlsx-reading.js";
import { runCliOk } from "../support/run-cli.js";

const STEM = "qianjiang-linzhangzhi-2023-2027-breakdown";
const dirs: string[] = [];

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "breakdown-sheets-"));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("breakdown parse, as a user runs it", () => {
  it("writes the seed's .json, .csv, .units.csv and .xlsx side by side by default", async () => {
    const out = outDir();
    // No locale set: the workbook in Chinese, the default (the tests' own locale is English).
    const { stdout } = await runCliOk(["parse", SEED, "-o", out], { env: { LC_ALL: "", LC_MESSAGES: "", LANG: "" } });
    expect(readdirSync(out).sort()).toEqual([`${STEM}.csv`, `${STEM}.json`, `${STEM}.units.csv`, `${STEM}.xlsx`]);
    expect(stdout).toContain(`${STEM}.xlsx`);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(join(out, `${STEM}.xlsx`))));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["任务分解表", "责任分工", "问题清单"]);
    const csv = readFileSync(join(out, `${STEM}.csv`));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = JSON.parse(readFileSync(join(out, `${STEM}.json`), "utf8")) as { tasks: { title: string }[] };
    const rows = parseCsv(csv, { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => r[1])).toEqual(json.tasks.map((t) => t.title));
  });

  it("writes only the XLSX with --format xlsx", async () => {
    const out = outDir();
    await runCliOk(["parse", SEED, "-o", out, "--format", "xlsx"]);
    expect(readdirSync(out)).toEqual([`${STEM}.xlsx`]);
  });

  it("heads the CSVs with field names under --headers canonical", async () => {
    const out = outDir();
    await runCliOk(["parse", SEED, "-o", out, "--format", "csv", "--headers", "canonical"]);
    const [header] = parseCsv(readFileSync(join(out, `${STEM}.csv`)), { bom: true }) as string[][];
    expect(header).toEqual(["seq", "title", "content", "units", "contacts", "section", "status"]);
    const [units] = parseCsv(readFileSync(join(out, `${STEM}.units.csv`)), { bom: true }) as string[][];
    expect(units).toEqual(["seq", "section", "title", "unit", "role"]);
  });
});
