import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, ERROR_CODES } from "../../src/index.js";
import { ROOT } from "../helpers.js";
import { runCli, tempDir } from "../support/run-cli.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const SECTION = (() => {
  const start = README.indexOf("<!-- section: errors (owner: safety) -->");
  const rest = README.slice(start);
  const end = rest.indexOf("\n## ");
  return end === -1 ? rest : rest.slice(0, end);
})();

/** Rows of the markdown table whose header row starts with `first`: cells, trimmed, backticks kept. */
function tableRows(first: string): string[][] {
  const lines = SECTION.split("\n");
  const head = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  expect(head, `a table starting | ${first} |`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.slice(1, -1).split(" | ").map((c) => c.trim()));
  }
  return rows;
}

const FLAGS: Record<keyof typeof DEFAULT_LIMITS, string> = {
  maxInputBytes: "--max-input-bytes",
  maxUnzippedBytes: "--max-unzipped-bytes",
  maxZipEntries: "--max-zip-entries",
  maxZipRatio: "--max-zip-ratio",
  maxPages: "--max-pages",
  maxRows: "--max-rows",
  maxColumns: "--max-columns",
  maxCellChars: "--max-cell-chars",
};

describe("the README's Errors section", () => {
  it("lists every error code once, in the code list's order, with its meaning and remedy word for word", () => {
    const rows = tableRows("code");
    expect(rows.map((r) => r[0])).toEqual(Object.keys(ERROR_CODES).map((c) => `\`${c}\``));
    for (const [code, meaning, remedy] of rows) {
      const entry = ERROR_CODES[(code as string).replace(/`/g, "") as keyof typeof ERROR_CODES];
      expect(meaning, code).toBe(entry.meaning);
      expect(remedy, code).toBe(entry.remedy);
    }
  });

  it("lists every limit with its flag and default, and each flag is one `breakdown parse` takes", async () => {
    const rows = tableRows("flag");
    expect(rows.map((r) => [r[0], Number(r[1])])).toEqual(Object.entries(DEFAULT_LIMITS).map(([k, v]) => [`\`${FLAGS[k as keyof typeof FLAGS]}\``, v]));
    const help = await runCli(["parse", "--help"]);
    for (const flag of Object.values(FLAGS)) expect(help.stdout).toContain(flag);
  });

  it("shows an example whose output is what the CLI prints", async () => {
    const command = /```sh\n(breakdown parse [^\n]+)\n```/.exec(SECTION)?.[1];
    const printed = /```text\n([\s\S]*?)```/.exec(SECTION)?.[1];
    expect(command).toBeDefined();
    const args = (command as string).split(" ").slice(1).map((a) => (a === "output" ? tempDir() : a));
    const r = await runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(printed);
  });
});
