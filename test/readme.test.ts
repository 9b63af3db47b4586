import { execFile, execSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const run = promisify(execFile);
const README = readFileSync(join(ROOT, "README.md"), "utf8");

function codeBlocks(lang: string): string[] {
  return [...README.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);
}

describe("the README", () => {
  it("starts with a quick start of exactly two commands: install and run, then test", () => {
    const quick = README.split("## Quick start")[1]?.split("##")[0] ?? "";
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1]?.trim().split("\n");
    expect(block).toEqual(["npm ci && npm start", "npm test"]);
  });

  it("its `npm start` converts the bundled seed into output/", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/parse seeds\/.+ -o output/);
    execSync(pkg.scripts.start as string, { cwd: ROOT, stdio: "pipe" });
    const doc = JSON.parse(readFileSync(join(ROOT, "output", "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8"));
    expect(doc.tasks).toHaveLength(17);
  });

  it("its library example runs and prints what it says", async () => {
    const example = codeBlocks("js").find((b) => b.includes('from "breakdown"'));
    expect(example).toBeDefined();
    // Run it from a file inside the package, so `breakdown` resolves to this package (self-reference).
    const dir = mkdtempSync(join(ROOT, "output", ".readme-"));
    const file = join(dir, "example.mjs");
    writeFileSync(file, example as string);
    try {
      const { stdout } = await run(process.execPath, [file], { cwd: ROOT, encoding: "utf8" });
      expect(stdout).toMatch(/^17 tasks, 2 to review, \d+ messages\nseed\.json\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
