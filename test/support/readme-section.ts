import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../helpers.js";

const run = promisify(execFile);
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's section marked `<!-- section: NAME (owner: …) -->`, from after the mark to the next `## ` heading. */
export function readmeSection(name: string): string {
  const mark = new RegExp(`<!-- section: ${name}(?: \\([^)]*\\))? -->`).exec(README);
  return mark ? (README.slice(mark.index + mark[0].length).split("\n## ")[0] ?? "") : "";
}

/** The fenced code blocks of a language in a section, in order. */
export function codeBlocks(section: string, lang: string): string[] {
  return [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);
}

/** Run `breakdown …` as the README shows it, with the built CLI; stdout and stderr together, exit status. */
export async function breakdownAsShown(command: string): Promise<{ code: number; output: string }> {
  const args = command.trim().split(/\s+/).slice(1);
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "dist", "cli.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}
