import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { readmeSection } from "../support/readme-section.js";
import { runCliOk } from "../support/run-cli.js";

const SECTION = readmeSection("spreadsheets");
const COMMANDS = (/```sh\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? "").split("\n").filter((l) => l.startsWith("breakdown "));
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Run a README command as written, with `breakdown` the built CLI and `-o output` a fresh folder. */
async function runCommand(line: string): Promise<{ out: string; files: string[] }> {
  const out = mkdtempSync(join(tmpdir(), "breakdown-readme-"));
  dirs.push(out);
  const args = line.split(/\s+/).slice(1).map((a, i, all) => (all[i - 1] === "-o" ? out : a));
  await runCliOk(args);
  return { out, files: readdirSync(out).sort() };
}

describe("the README's spreadsheets section", () => {
  it("has three commands, and each writes the files it says", async () => {
    expect(COMMANDS).toHaveLength(3);
    const [all, xlsx, csv] = await Promise.all(COMMANDS.map(runCommand));
    const stem = "qianjiang-linzhangzhi-2023-2027-breakdown";
    expect(all?.files).toEqual([`${stem}.csv`, `${stem}.json`, `${stem}.units.csv`, `${stem}.xlsx`]);
    expect(xlsx?.files).toEqual([`${stem}.xlsx`]);
    expect(csv?.files).toEqual([`${stem}.csv`, `${stem}.units.csv`]);
    const [units] = parseCsv(readFileSync(join(csv?.out as string, `${stem}.units.csv`)), { bom: true }) as string[][];
    expect(SECTION).toContain(`\`${units?.join(", ")}\``);
  });

  it("shows pictures that are in the repository", () => {
    const images = [...SECTION.matchAll(/\]\((docs\/[^)]+\.png)\)/g)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const image of images) expect(existsSync(join(ROOT, image)), image).toBe(true);
  });
});
