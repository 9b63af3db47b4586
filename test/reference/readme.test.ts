import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { codeBlocks, readmeSection } from "../support/readme-section.js";
import { runCliOk } from "../support/run-cli.js";

const run = promisify(execFile);
const SECTION = readmeSection("reference");

const blocks = (lang: string): string[] => codeBlocks(SECTION, lang);

describe("the README's --reference section", () => {
  it("runs its commands as written (exit 0), and the repair it shows is the one the first writes", async () => {
    const commands = (blocks("sh")[0] ?? "").trim().split("\n");
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const [name, ...args] = command.split(/\s+/);
      expect(name).toBe("breakdown");
      await runCliOk(args);
    }
    const shown = JSON.parse((blocks("json")[0] ?? "").replace(/"([0-9a-f]{8})…"/, '"$1"'));
    // The second command wrote the site copy's JSON; the first wrote the seed's.
    const seed = JSON.parse(readFileSync(join(ROOT, "output", "reference", "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8"));
    const repair = seed.tasks.find((t: { seq: number }) => t.seq === 8).repairs[0];
    expect(repair.reference[0].sha256.startsWith(shown.reference[0].sha256)).toBe(true);
    shown.reference[0].sha256 = repair.reference[0].sha256;
    expect(repair).toEqual(shown);
    const site = JSON.parse(readFileSync(join(ROOT, "output", "reference", "seed-site-copy.json"), "utf8"));
    expect(site.tasks.find((t: { seq: number }) => t.seq === 6).content).toContain("规范优良");
  });

  it("its library example runs and prints what it says", async () => {
    const example = blocks("js")[0] as string;
    const dir = mkdtempSync(join(ROOT, "output", ".readme-reference-"));
    const file = join(dir, "example.mjs");
    writeFileSync(file, example);
    try {
      const { stdout } = await run(process.execPath, [file], { cwd: ROOT, encoding: "utf8" });
      const said = /\/\/ (.*)\n*$/.exec(example)?.[1];
      expect(stdout).toBe(`${said}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
