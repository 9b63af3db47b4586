import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ROOT, SEED } from "../helpers.js";

const run = promisify(execFile);
const CLI = join(ROOT, "dist", "cli.js");

async function breakdown(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "breakdown-cli-"));
}

describe("breakdown parse, run as a user runs it", () => {
  it("writes the seed's JSON, prints a summary line and exits 0 though rows need review", async () => {
    const out = tmp();
    const r = await breakdown("parse", SEED, "-o", out, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/17 tasks \(\d+ ok, \d+ repaired, 1 need review, 1 missing\)/);
    const doc = JSON.parse(readFileSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8"));
    expect(doc.tasks).toHaveLength(17);
  });

  it("writes byte-identical JSON on two runs", async () => {
    const a = tmp();
    const b = tmp();
    await breakdown("parse", SEED, "-o", a, "--format", "json");
    await breakdown("parse", SEED, "-o", b, "--format", "json");
    const name = "qianjiang-linzhangzhi-2023-2027-breakdown.json";
    expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
  });

  it("exits 3 under --strict when rows need review", async () => {
    const r = await breakdown("parse", SEED, "-o", tmp(), "--format", "json", "--strict");
    expect(r.code).toBe(3);
  });

  it("applies --fixes and fails with FIXES_INVALID on a fix for a task that does not exist", async () => {
    const dir = tmp();
    const good = join(dir, "fixes.json");
    writeFileSync(good, JSON.stringify({ fixes: { "8": { title: "人工补录的标题" } } }));
    const ok = await breakdown("parse", SEED, "-o", dir, "--format", "json", "--fixes", good);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8"));
    expect(doc.tasks[7].title).toBe("人工补录的标题");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ fixes: { "42": { title: "x" } } }));
    const out = tmp();
    const r = await breakdown("parse", SEED, "-o", out, "--format", "json", "--fixes", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/FIXES_INVALID/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"))).toBe(false);
  });

  it("refuses a fixes file of the wrong shape before it reads any document", async () => {
    const dir = tmp();
    const bad = join(dir, "shape.json");
    writeFileSync(bad, JSON.stringify({ fixes: { eight: { title: "x" } } }));
    const r = await breakdown("parse", join(dir, "not-there.txt"), "-o", dir, "--format", "json", "--fixes", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error FIXES_INVALID: fixes\n {2}The fixes file is not of the expected shape at `fixes.eight`/);
  });

  it("prints help that explains the command", async () => {
    const r = await breakdown("parse", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--fixes/);
    expect(r.stdout).toMatch(/Exit status/);
  });

  it("gives a usage error with a code, not a stack trace, for an unknown option", async () => {
    const r = await breakdown("parse", SEED, "--no-such-option");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/USAGE/);
  });
});

describe("breakdown schema", () => {
  it("prints the JSON Schema, and the seed's JSON validates against it", async () => {
    const r = await breakdown("schema");
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const out = tmp();
    await breakdown("parse", SEED, "-o", out, "--format", "json");
    const doc = JSON.parse(readFileSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"), "utf8"));
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // and rejects a document that breaks the contract
    expect(validate({ ...doc, tasks: [{ ...doc.tasks[0], status: "fine" }] })).toBe(false);
  });
});
