import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../helpers.js";

const run = promisify(execFile);
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const SECTION = README.split("<!-- section: pdf")[1]?.split("\n## ")[0] ?? "";
const blocks = (lang: string): string[] => [...SECTION.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);

/** Run `breakdown …` as the README shows it, with the built CLI; stdout and stderr together, exit status. */
async function breakdown(command: string): Promise<{ code: number; output: string }> {
  const args = command.trim().split(/\s+/).slice(1);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "dist", "cli.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("the README's section on reading PDF", () => {
  it("shows a command that prints what the section says it prints", async () => {
    const [command] = blocks("sh");
    const [printed] = blocks("text");
    expect(command).toMatch(/^breakdown parse fixtures\/pdf\/\S+\.pdf/);
    const result = await breakdown(command as string);
    expect(result.code).toBe(0);
    expect(result.output).toBe(printed);
  });

  it("shows the PDF_NO_TEXT error of a scan as the CLI prints it, what to do included", async () => {
    const shown = blocks("text")[1] as string;
    const file = /^error PDF_NO_TEXT: (\S+)/.exec(shown)?.[1];
    expect(file).toBeDefined();
    const result = await breakdown(`breakdown parse ${file} -o output`);
    expect(result.code).toBe(2);
    expect(result.output.startsWith(shown)).toBe(true);
  });
});
