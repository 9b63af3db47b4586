import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../src/version.js";
import { ROOT } from "./helpers.js";
import { runCli, tempDir } from "./support/run-cli.js";

const run = promisify(execFile);
const README = readFileSync(join(ROOT, "README.md"), "utf8");

function blocks(lang: string): string[] {
  return [...README.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);
}

/** A README command line's arguments after `breakdown`, the output folder replaced by `out`. */
function args(line: string, out: string): string[] {
  return line.split(" ").slice(1).map((a) => (a === "output" ? out : a));
}

describe("the README, read by a newcomer", () => {
  it("runs `breakdown` with npx in this folder, as it says (nothing downloaded)", async () => {
    const line = blocks("sh").flatMap((b) => b.split("\n")).find((l) => l.startsWith("npx breakdown"));
    expect(line).toBe("npx breakdown --version");
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const { stdout } = await run(npx, ["--no-install", ...(line as string).split(" ").slice(1)], { cwd: ROOT, encoding: "utf8" });
    expect(stdout.trim()).toBe(TOOL_VERSION);
    expect(README).toContain("npm link");
  });

  it("runs its fixes example on the committed fixes file: rows 8 and 11 become manual repairs", async () => {
    const line = blocks("sh")
      .flatMap((b) => b.split("\n"))
      .find((l) => l.includes("--fixes fixtures/"));
    expect(line).toBeDefined();
    const out = tempDir();
    const r = await runCli(args(line as string, out));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("17 tasks (2 ok, 15 repaired, 0 need review, 0 missing)");
    const doc = JSON.parse(readFileSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8")) as {
      tasks: { seq: number; status: string; title: string; repairs: { ruleId: string; field: string }[] }[];
    };
    const fixes = JSON.parse(readFileSync(join(ROOT, "fixtures/fixes/seed-fixes.json"), "utf8")) as { fixes: Record<string, Record<string, unknown>> };
    for (const seq of [8, 11]) {
      const task = doc.tasks.find((t) => t.seq === seq);
      expect(task?.status).toBe("repaired");
      expect(task?.title).toBe(fixes.fixes[String(seq)]?.title);
      expect(task?.repairs.filter((x) => x.ruleId === "manual").map((x) => x.field)).toEqual(expect.arrayContaining(["title", "content", "units", "contacts"]));
    }
  });

  it("validates the seed's JSON with Ajv2020 and ajv-formats, as its example does; a plain Ajv refuses the schema", async () => {
    const example = blocks("js").find((b) => b.includes("ajv-formats"));
    expect(example).toBeDefined();
    const out = tempDir();
    const parsed = await runCli(["parse", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown.txt", "-o", out, "--format", "json"]);
    expect(parsed.status).toBe(0);
    const schemaText = (await runCli(["schema"])).stdout;
    writeFileSync(join(out, "breakdown.schema.json"), schemaText);
    // Run from a file inside the package (ajv and ajv-formats resolve from its node_modules), its paths pointed at this run's files.
    const dir = mkdtempSync(join(ROOT, "output", ".readme-ajv-"));
    const file = join(dir, "validate.mjs");
    writeFileSync(file, (example as string).replaceAll('"output/', `"${out}/`));
    try {
      const { stdout } = await run(process.execPath, [file], { cwd: ROOT, encoding: "utf8" });
      expect(stdout).toBe("valid\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => new Ajv().compile(JSON.parse(schemaText))).toThrow(/2020-12/);
  });

  it("says the browser tests print a notice when Chromium is missing, and they do", () => {
    const browser = readFileSync(join(ROOT, "test/serve/browser.test.ts"), "utf8");
    expect(browser).toMatch(/console\.warn\(`[^`]*skipped[^`]*\.ci\/run installs it/);
    expect(README).toContain("`.ci/run` installs it");
  });
});
