import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { BreakdownError } from "../../src/errors.js";
import { assertNotInput, writeFileAtomic, writeFilesAtomic } from "../../src/write/atomic.js";
import { SEED } from "../helpers.js";
// The CLI runs in processes of its own here: some are killed halfway, and this file replaces node:fs.
import { filesIn, runBin, tempDir } from "../support/run-cli.js";

const STEM = "qianjiang-linzhangzhi-2023-2027-breakdown";

// Data that the disk runs out of room for halfway: writeFileSync writes its first half, then fails
// as a full disk does (ENOSPC). Every other write goes to the real file system.
const { DISK_FULL, CALLS } = vi.hoisted(() => ({ DISK_FULL: "\u0000disk full halfway\u0000", CALLS: [] as string[] }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync: typeof fs.writeFileSync = (path, data, options) => {
    if (typeof data === "string" && data.startsWith(DISK_FULL)) {
      fs.writeFileSync(path, data.slice(0, Math.floor(data.length / 2)), options);
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: "ENOSPC" });
    }
    fs.writeFileSync(path, data, options);
  };
  // fsyncs and renames are logged (CALLS), to check their order.
  const fsyncSync: typeof fs.fsyncSync = (fd) => {
    CALLS.push("fsync");
    fs.fsyncSync(fd);
  };
  const renameSync: typeof fs.renameSync = (from, to) => {
    CALLS.push(`rename ${String(to)}`);
    fs.renameSync(from, to);
  };
  const mocked = { writeFileSync, fsyncSync, renameSync };
  return { ...fs, default: { ...fs, ...mocked }, ...mocked };
});

// A preload that lets the Nth file write (KILL_AT_WRITE) be half done, then kills the process
// (SIGKILL: no handler runs), as a power cut or Ctrl-\ would in the middle of a run.
const KILL_WHILE_WRITING =
  "data:text/javascript," +
  encodeURIComponent(
    'import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module";' +
      "const write = fs.writeFileSync; let n = 0;" +
      "fs.writeFileSync = (path, data, ...rest) => {" +
      "  if (++n < Number(process.env.KILL_AT_WRITE)) return write(path, data, ...rest);" +
      "  write(path, data.slice(0, Math.floor(data.length / 2)), ...rest); process.kill(process.pid, \"SIGKILL\"); };" +
      "syncBuiltinESMExports();",
  );

// The same, for the final renames: the Nth rename (KILL_AT_RENAME) kills the process before it
// happens, leaving the temporary files not yet renamed.
const KILL_WHILE_RENAMING =
  "data:text/javascript," +
  encodeURIComponent(
    'import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module";' +
      "const rename = fs.renameSync; let n = 0;" +
      "fs.renameSync = (from, to) => {" +
      "  if (++n < Number(process.env.KILL_AT_RENAME)) return rename(from, to);" +
      '  process.kill(process.pid, "SIGKILL"); };' +
      "syncBuiltinESMExports();",
  );

function snapshot(dir: string): Map<string, string> {
  return new Map(filesIn(dir).map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

describe("atomic outputs", () => {
  it("replaces a file whole and leaves no temporary file beside it", async () => {
    const dir = tempDir();
    const target = join(dir, "out.json");
    writeFileSync(target, "previous");
    await writeFileAtomic(target, "next");
    expect(readFileSync(target, "utf8")).toBe("next");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("leaves the previous output intact when the writer fails midway, and says OUTPUT_UNWRITABLE", async () => {
    const dir = tempDir();
    const target = join(dir, "out.json");
    writeFileSync(target, "previous");
    const error = await writeFileAtomic(target, `${DISK_FULL}{"schemaVersion":"1.0.0"}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).code).toBe("OUTPUT_UNWRITABLE");
    expect(readFileSync(target, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  // The outputs are written json, csv, units.csv, xlsx; the second run's CSVs differ (canonical headers).
  it.each([
    [1, "json"],
    [4, "xlsx"],
  ])("leaves every previous output intact when the process is killed while writing file %i (%s)", async (at, ext) => {
    const out = tempDir();
    expect((await runBin(["parse", SEED, "-o", out])).status).toBe(0);
    const before = snapshot(out);
    expect([...before.keys()].sort()).toEqual([`${STEM}.csv`, `${STEM}.json`, `${STEM}.units.csv`, `${STEM}.xlsx`]);
    const killed = await runBin(["parse", SEED, "-o", out, "--headers", "canonical"], { env: { NODE_OPTIONS: `--import=${KILL_WHILE_WRITING}`, KILL_AT_WRITE: String(at) } });
    expect(killed.status).not.toBe(0);
    for (const [name, content] of before) expect(readFileSync(join(out, name)).toString("base64"), name).toBe(content);
    // Only temporary files may be left, under hidden names no reader takes for an output; the last one half written.
    const left = filesIn(out).filter((f) => !before.has(f));
    expect(left).toHaveLength(at); // the kill came in the middle of the writes, not before them
    expect(left.every((f) => /^\..+\.\d+\.[0-9a-f]+\.tmp$/.test(f))).toBe(true);
    expect(left.some((f) => f.startsWith(`.${STEM}.${ext}.`))).toBe(true);
  });

  it("leaves the previous outputs intact when the next run of the same input fails", async () => {
    const dir = tempDir();
    const input = join(dir, `${STEM}.txt`);
    copyFileSync(SEED, input);
    const out = join(dir, "out");
    expect((await runBin(["parse", input, "-o", out])).status).toBe(0);
    const before = snapshot(out);
    writeFileSync(input, "\u5173\u4e8e\u53ec\u5f00\u4f1a\u8bae\u7684\u901a\u77e5\n"); // a notice: no table
    const r = await runBin(["parse", input, "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error NO_TABLE_FOUND");
    expect(snapshot(out)).toEqual(before);
  });
});

describe("what a killed run left behind", () => {
  it("is removed by the next run of the same outputs, and only that: other files, and a running writer's, are kept", async () => {
    const clean = tempDir();
    expect((await runBin(["parse", SEED, "-o", clean])).status).toBe(0);
    const out = tempDir();
    const killed = await runBin(["parse", SEED, "-o", out], { env: { NODE_OPTIONS: `--import=${KILL_WHILE_RENAMING}`, KILL_AT_RENAME: "3" } });
    expect(killed.status).not.toBe(0);
    // Two outputs renamed, two temporaries left (csv.units and xlsx), whole but never renamed.
    const stale = filesIn(out).filter((f) => f.endsWith(".tmp"));
    expect(stale).toHaveLength(2);
    const deadPid = /\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(stale[0] as string)?.[1];
    // Beside them: a dead run's temporary of another output, a live process's temporary of ours,
    // and a file that only looks like a temporary. None of them is this run's to remove.
    const kept = [`.other.json.${deadPid}.0badc0de.tmp`, `.${STEM}.json.${process.pid}.0badc0de.tmp`, `.${STEM}.json.tmp`, `.${STEM}.json.${deadPid}.tmp`];
    for (const name of kept) writeFileSync(join(out, name), "not ours");
    const r = await runBin(["parse", SEED, "-o", out]);
    expect(r.status).toBe(0);
    expect(filesIn(out).filter((f) => f.startsWith(".")).sort()).toEqual([...kept].sort());
    for (const name of kept) expect(readFileSync(join(out, name), "utf8")).toBe("not ours");
    for (const [name, content] of snapshot(clean)) expect(readFileSync(join(out, name)).toString("base64"), name).toBe(content);
  });

  it("cannot be an empty file renamed into place: every temporary is flushed before the first rename", async () => {
    const dir = tempDir();
    CALLS.length = 0;
    await writeFilesAtomic([
      { target: join(dir, "a.json"), data: "a" },
      { target: join(dir, "b.csv"), data: "b" },
    ]);
    const firstRename = CALLS.findIndex((c) => c.startsWith("rename"));
    expect(CALLS.slice(0, firstRename)).toEqual(["fsync", "fsync"]);
    expect(CALLS.filter((c) => c.startsWith("rename"))).toEqual([`rename ${join(dir, "a.json")}`, `rename ${join(dir, "b.csv")}`]);
  });

  it("is removed by writeFilesAtomic when its writer no longer runs, for the targets being written only", async () => {
    const dir = tempDir();
    const dead = 2 ** 22 + 1; // above Linux's default pid_max (2^22): no process has this id
    writeFileSync(join(dir, `.a.json.${dead}.0123abcd.tmp`), "half");
    writeFileSync(join(dir, `.b.json.${dead}.0123abcd.tmp`), "half");
    await writeFilesAtomic([{ target: join(dir, "a.json"), data: "next a" }]);
    expect(readdirSync(dir).sort()).toEqual([`.b.json.${dead}.0123abcd.tmp`, "a.json"]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("next a");
  });
});

describe("writing a set of outputs as one", () => {
  it("leaves every target as it was, and no temporary file, when a later file fails", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), "previous a");
    writeFileSync(join(dir, "b.csv"), "previous b");
    const error = await writeFilesAtomic([
      { target: join(dir, "a.json"), data: "next a" },
      { target: join(dir, "b.csv"), data: `${DISK_FULL}next b` },
    ]).catch((e: unknown) => e);
    expect((error as BreakdownError).code).toBe("OUTPUT_UNWRITABLE");
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("previous a");
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("previous b");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.csv"]);
    await writeFilesAtomic([
      { target: join(dir, "a.json"), data: "next a" },
      { target: join(dir, "b.csv"), data: "next b" },
    ]);
    expect([readFileSync(join(dir, "a.json"), "utf8"), readFileSync(join(dir, "b.csv"), "utf8")]).toEqual(["next a", "next b"]);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.csv"]);
  });
});

describe("refusing to write over the input", () => {
  it("refuses when an output would replace the input (a text saved as .csv), and writes nothing", async () => {
    const dir = tempDir();
    const input = join(dir, "table.csv");
    copyFileSync(SEED, input);
    const r = await runBin(["parse", input, "-o", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`error OUTPUT_OVER_INPUT: ${input}`);
    expect(readFileSync(input).equals(readFileSync(SEED))).toBe(true);
    expect(readdirSync(dir)).toEqual(["table.csv"]);
  });

  it("sees through a symbolic link to the input", () => {
    const dir = tempDir();
    const input = join(dir, "table.json");
    copyFileSync(SEED, input);
    mkdirSync(join(dir, "out"));
    symlinkSync(input, join(dir, "out", "table.json"));
    expect(() => assertNotInput(join(dir, "out", "table.json"), [input])).toThrow(/would overwrite the input/);
    expect(() => assertNotInput(join(dir, "out", "other.json"), [input])).not.toThrow();
  });

  it("says OUTPUT_UNWRITABLE when the output folder cannot be created", async () => {
    const dir = tempDir();
    const blocker = join(dir, "not-a-folder");
    writeFileSync(blocker, "");
    const r = await runBin(["parse", SEED, "-o", join(blocker, "out")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error OUTPUT_UNWRITABLE");
  });
});
