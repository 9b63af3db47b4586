import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MIN_SIMILARITY, SAME_NUMBER_MIN_SIMILARITY } from "../../src/match/similarity.js";
import { ROOT } from "../helpers.js";
import { codeBlocks, readmeSection } from "../support/readme-section.js";
import { runCli } from "../support/run-cli.js";

const run = promisify(execFile);
const SECTION = readmeSection("diff");

const blocks = (lang: string): string[] => codeBlocks(SECTION, lang);

async function breakdown(args: string[]): Promise<{ code: number; stdout: string }> {
  const r = await runCli(args, { env: { NO_COLOR: "" } });
  return { code: r.status, stdout: r.stdout };
}

describe("the README's diff section", () => {
  const commands = (blocks("sh")[0] ?? "").trim().split("\n");

  it("runs its commands as written: the two versions differ (exit 1), the schema prints (exit 0)", async () => {
    expect(commands).toHaveLength(3);
    const codes = [];
    for (const command of commands) {
      const [name, ...args] = command.split(/\s+/);
      expect(name).toBe("breakdown");
      codes.push((await breakdown(args)).code);
    }
    expect(codes).toEqual([1, 1, 0]);
    expect(JSON.parse(readFileSync(join(ROOT, "output", "diff", "diff.json"), "utf8")).summary.different).toBe(true);
  });

  it("shows exactly what its first command prints", async () => {
    const [, ...args] = (commands[0] ?? "").split(/\s+/);
    expect((await breakdown(args)).stdout).toBe(blocks("text")[0]);
  });

  it("states the thresholds the code uses", () => {
    expect(SECTION.replace(/\s+/g, " ")).toContain(`at least **${MIN_SIMILARITY}**, or **${SAME_NUMBER_MIN_SIMILARITY}** when both tasks have the same number`);
  });

  it("has a library example that runs and prints what its comment says", async () => {
    const example = blocks("js")[0] ?? "";
    const said = /^\/\/ (.*)$/m.exec(example)?.[1];
    mkdirSync(join(ROOT, "output"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, "output", ".readme-diff-"));
    const file = join(dir, "example.mjs");
    writeFileSync(file, example);
    try {
      const { stdout } = await run(process.execPath, [file], { cwd: ROOT, encoding: "utf8" });
      expect(stdout).toBe(`${said}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
