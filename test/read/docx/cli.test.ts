import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../../src/index.js";
import { fixture, } from "../../helpers.js";
import { runCli } from "../../support/run-cli.js";

const out = mkdtempSync(join(tmpdir(), "breakdown-docx-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("breakdown parse on a .docx", () => {
  it("writes the same JSON the library reads, and exits 0", async () => {
    const input = fixture("docx", "lead-support-sections.docx");
    const result = await cli("parse", input, "-o", out, "-f", "json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("7 tasks (7 ok, 0 repaired, 0 need review, 0 missing)");
    const written = JSON.parse(readFileSync(join(out, "lead-support-sections.json"), "utf8"));
    expect(written).toEqual((await parse(input)).document);
  });

  it("exits 2 with NO_TABLE_FOUND and the tables it saw when there is no breakdown table, writing nothing", async () => {
    const result = await cli("parse", fixture("docx", "no-breakdown-table.docx"), "-o", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error NO_TABLE_FOUND");
    expect(result.stderr).toContain("- table 1, 2 rows × 3 columns: first row: 序号 | 附件名称 | 备注");
    expect(result.stderr).toContain("- table 2, 2 rows × 3 columns: first row: 姓名 | 单位 | 电话");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "no-breakdown-table.json"))).toBe(false);
  });

  it("exits 3 under --strict for the seed, whose rows 8 and 11 are missing", async () => {
    const result = await cli("parse", fixture("docx", "seed-clean.docx"), "-o", out, "-f", "json", "--strict");
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("17 tasks (13 ok, 2 repaired, 0 need review, 2 missing)");
  });
});
