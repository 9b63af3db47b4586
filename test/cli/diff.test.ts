import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, SEED } from "../helpers.js";
import { runCli } from "../support/run-cli.js";

const run = promisify(execFile);
const CLI = join(ROOT, "dist", "cli.js");
const EDITED = fixture("diff", "seed-edited.docx");
const CLEAN = fixture("docx", "seed-clean.docx");

async function breakdown(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args, { env: { NO_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "breakdown-diff-cli-"));
}

describe("breakdown diff, run as a user runs it", () => {
  it("reports no differences and exits 0 for a document against itself", async () => {
    const r = await breakdown("diff", EDITED, EDITED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tasks: 0 added, 0 removed, 0 moved, 0 renumbered, 0 modified, 0 not comparable, 15 unchanged");
    expect(r.stdout.endsWith("No differences.\n")).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("exits 0 for the seed against itself, listing its unreadable rows as not comparable", async () => {
    const r = await breakdown("diff", SEED, SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\? not comparable 8$/m);
    expect(r.stdout).toMatch(/^\? not comparable 11$/m);
    expect(r.stdout.endsWith("No differences in the tasks both versions can read.\n")).toBe(true);
  });

  it("exits 0 for the seed text against its clean .docx", async () => {
    const r = await breakdown("diff", SEED, CLEAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 not comparable, 15 unchanged");
  });

  it("exits 1 on differences and writes diff.json, valid against `breakdown schema --diff`, and diff.xlsx", async () => {
    const out = tmp();
    const r = await breakdown("diff", SEED, EDITED, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Tasks: 1 added, 1 removed, 1 moved, 11 renumbered, 4 modified, 2 not comparable, 2 unchanged");
    expect(r.stdout).toContain(`Wrote ${join(out, "diff.json")}, ${join(out, "diff.xlsx")}`);
    expect(r.stdout).not.toContain("\u001b[");
    const schema = JSON.parse((await breakdown("schema", "--diff")).stdout) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const result = JSON.parse(readFileSync(join(out, "diff.json"), "utf8")) as { summary: { different: boolean } };
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.summary.different).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "diff.xlsx"));
    // The run speaks English (the tests' locale): diff.xlsx does too; Chinese is test/i18n's.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Differences", "Summary"]);
  });

  it("reads a JSON written by `breakdown parse` as a side", async () => {
    const out = tmp();
    await breakdown("parse", EDITED, "-o", out, "--format", "json");
    const r = await breakdown("diff", join(out, "seed-edited.json"), EDITED, "--quiet");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("writes only the outputs --format names", async () => {
    const out = tmp();
    const r = await breakdown("diff", SEED, EDITED, "-o", out, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readdirSync(out)).toEqual(["diff.json"]);
  });

  it("refuses file outputs without a folder, and an unknown format, with USAGE and exit 2", async () => {
    const noFolder = await breakdown("diff", SEED, EDITED, "--format", "xlsx");
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/^error USAGE\n {2}--format xlsx writes files: give the folder with -o DIR, got no -o\./);
    const unknown = await breakdown("diff", SEED, EDITED, "--format", "pdf");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error USAGE\n.*got pdf$/m);
  });

  it("fails with the input's code, no stack trace, and writes nothing when a side cannot be used", async () => {
    const out = tmp();
    const missing = await breakdown("diff", SEED, join(out, "nowhere.docx"), "-o", out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error INPUT_NOT_FOUND: .*nowhere\.docx\n/);
    expect(missing.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const notJson = await breakdown("diff", join(ROOT, "package.json"), SEED, "-o", out);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^error JSON_INVALID: .*package\.json\n/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses to write over an input and leaves it as it was", async () => {
    const out = tmp();
    await breakdown("parse", SEED, "-o", out, "--format", "json");
    const input = join(out, "diff.json");
    copyFileSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"), input);
    const before = readFileSync(input);
    const r = await breakdown("diff", input, EDITED, "-o", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error OUTPUT_OVER_INPUT/);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(join(out, "diff.xlsx"))).toBe(false);
  });
});

// util-linux `script` runs the CLI on a pseudo-terminal, so stdout is a TTY as at a user's prompt.
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("breakdown diff on a terminal", () => {
  async function onTerminal(env: Record<string, string | undefined>): Promise<string> {
    const command = [process.execPath, CLI, "diff", SEED, EDITED].map((a) => `'${a}'`).join(" ");
    const { NO_COLOR: _unset, ...rest } = process.env;
    const r = await run("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8", env: { ...rest, ...env } }).catch((e: { stdout: string }) => e);
    return r.stdout;
  }

  it("colours deletions red and insertions green", async () => {
    const out = await onTerminal({});
    expect(out).toContain("\u001b[31m贯彻\u001b[0m\u001b[32m健全\u001b[0m落实法规制度体系");
  });

  it("uses no colour when NO_COLOR is set", async () => {
    const out = await onTerminal({ NO_COLOR: "1" });
    expect(out).toContain("[-贯彻-]{+健全+}落实法规制度体系");
    expect(out).not.toContain("\u001b[");
  });
});

describe("breakdown schema --diff", () => {
  it("prints the JSON Schema of diff.json", async () => {
    const r = await breakdown("schema", "--diff");
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $id: string; $schema: string; properties: Record<string, unknown> };
    expect(schema.$id).toMatch(/diff-1\.1\.0\.json$/);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "tool", "old", "new", "settings", "summary", "document", "sections", "tasks"]);
  });
});
