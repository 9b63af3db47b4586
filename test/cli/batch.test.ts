import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// The benchmark's deterministic generator: run-together text (the seed's layout) and real .docx.
import { makeTable, toDocx, toRunTogetherText } from "../../scripts/bench/generate.mjs";
import { ROOT, SEED } from "../helpers.js";
import { runCli } from "../support/run-cli.js";


async function breakdown(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "breakdown-batch-"));

interface Line {
  n: number;
  total: number;
  input: string;
  rest: string;
}

/** `[3/12] path: …` lines of the per-file report. */
function reportLines(stdout: string): Line[] {
  return [...stdout.matchAll(/^\[(\d+)\/(\d+)\] (.+?): (failed \(\w+\)|\d+ tasks .*)$/gm)].map((m) => ({ n: Number(m[1]), total: Number(m[2]), input: m[3] as string, rest: m[4] as string }));
}

/** The summary table's rows: status → [files, tasks]. */
function summaryRows(stdout: string): Map<string, [number, string]> {
  const rows = new Map<string, [number, string]>();
  for (const m of stdout.matchAll(/^(OK|Repaired|Needs review|Missing in source|failed|total) +(\d+) +(\d+|-)$/gm)) rows.set(m[1] as string, [Number(m[2]), m[3] as string]);
  return rows;
}

/** The summary's row of each task status (STATUS_WORDS.en). */
const STATUS_ROWS: Record<string, string> = { ok: "OK", repaired: "Repaired", needs_review: "Needs review", missing: "Missing in source" };

// A dozen inputs: eight generated text tables (two share a base name in different folders), two
// generated .docx, the seed (rows that need review), and a PDF saved as .txt that cannot be read.
let dir: string;
let good: string[];
let bad: string;

beforeAll(async () => {
  dir = tmp();
  mkdirSync(join(dir, "2023"));
  mkdirSync(join(dir, "2024"));
  good = [];
  for (let i = 0; i < 6; i++) {
    const path = join(dir, `table-${i + 1}.txt`);
    writeFileSync(path, toRunTogetherText(makeTable(12 + i * 7, 40 + i)));
    good.push(path);
  }
  for (const [year, seed] of [["2023", 60], ["2024", 61]] as const) {
    const path = join(dir, year, "breakdown.txt");
    writeFileSync(path, toRunTogetherText(makeTable(20, seed)));
    good.push(path);
  }
  for (let i = 0; i < 2; i++) {
    const path = join(dir, `word-${i + 1}.docx`);
    writeFileSync(path, await toDocx(makeTable(15 + i * 10, 70 + i)));
    good.push(path);
  }
  const seed = join(dir, "seed.txt");
  copyFileSync(SEED, seed);
  good.push(seed);
  bad = join(dir, "scan.txt");
  writeFileSync(bad, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
});

describe("breakdown parse over a folder, run as a user runs it", () => {
  it("converts a dozen files on two workers, keeps going past the bad one, reports each file and exits 2", async () => {
    const out = tmp();
    const r = await breakdown("parse", dir, "-o", out, "--format", "json", "--jobs", "2");
    expect(r.code).toBe(2);

    // One report line per input, numbered 1…12 in the order they finished.
    const lines = reportLines(r.stdout);
    expect(lines.map((l) => l.input).sort()).toEqual([...good, bad].sort());
    expect(lines.map((l) => l.n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(lines.every((l) => l.total === 12)).toBe(true);

    // The bad file: failed with its code on stdout, the full error (code, file, what to do) on stderr, nothing written.
    expect(lines.find((l) => l.input === bad)?.rest).toBe("failed (PDF_UNREADABLE)");
    expect(r.stderr).toContain(`error PDF_UNREADABLE: ${bad}`);
    expect(r.stderr).toContain("What to do:");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).some((f) => f.startsWith("scan"))).toBe(false);

    // Each good file: its JSON written, with the task counts the line printed; two breakdown.txt do not collide.
    const byStatus = new Map<string, { files: number; tasks: number }>();
    for (const input of good) {
      const line = lines.find((l) => l.input === input) as Line;
      const written = /→ (\S+\.json)$/.exec(line.rest)?.[1] as string;
      expect(written.startsWith(out)).toBe(true);
      const doc = JSON.parse(readFileSync(written, "utf8"));
      expect(doc.document.source.fileName).toBe(input.slice(input.lastIndexOf("/") + 1));
      expect(line.rest.startsWith(`${doc.tasks.length} tasks (`)).toBe(true);
      // Per task status: the files with tasks of that status, and those tasks.
      for (const [status, row] of Object.entries(STATUS_ROWS)) {
        const n = doc.tasks.filter((t: { status: string }) => t.status === status).length;
        const entry = byStatus.get(row) ?? { files: 0, tasks: 0 };
        if (n > 0) byStatus.set(row, { files: entry.files + 1, tasks: entry.tasks + n });
      }
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".json")).sort()).toEqual(
      expect.arrayContaining(["2023-breakdown.json", "2024-breakdown.json", "seed.json", "word-1.json", "word-2.json"]),
    );
    expect(readdirSync(out).filter((f) => f.endsWith(".json"))).toHaveLength(11);

    // The summary table agrees with what was written.
    const table = summaryRows(r.stdout);
    for (const status of Object.values(STATUS_ROWS)) {
      const want = byStatus.get(status) ?? { files: 0, tasks: 0 };
      expect(table.get(status)).toEqual([want.files, String(want.tasks)]);
    }
    expect(table.get("Needs review")?.[0]).toBeGreaterThanOrEqual(1); // the seed
    expect(table.get("failed")).toEqual([1, "-"]);
    expect(table.get("total")?.[0]).toBe(12);
    expect(r.stdout).toMatch(/^12 files in [\d.]+ s \(2 jobs\): 11 read, 1 failed$/m);
    expect(r.stdout).toContain(`failed:\n  ${bad} (PDF_UNREADABLE)`);
  });

  it("writes the same bytes with one job as with two", async () => {
    const one = tmp();
    const two = tmp();
    await breakdown("parse", dir, "-o", one, "--format", "json", "--jobs", "1");
    await breakdown("parse", dir, "-o", two, "--format", "json", "--jobs", "2");
    const names = readdirSync(one).sort();
    expect(readdirSync(two).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(one, name)).equals(readFileSync(join(two, name))), name).toBe(true);
  });

  it("exits 0 when every file is read, and 3 under --strict when some rows need review", async () => {
    const inputs = good.map((p) => relative(ROOT, p));
    const ok = await breakdown("parse", ...inputs, "-o", tmp(), "--format", "json");
    expect(ok.code).toBe(0);
    expect(summaryRows(ok.stdout).get("failed")).toEqual([0, "-"]);
    const strict = await breakdown("parse", ...inputs, "-o", tmp(), "--format", "json", "--strict");
    expect(strict.code).toBe(3);
  });

  it("expands a quoted glob pattern and reports a pattern or path that names nothing", async () => {
    const out = tmp();
    const r = await breakdown("parse", join(dir, "table-*.txt"), join(dir, "nothing-*.docx"), join(dir, "missing.txt"), "-o", out, "--format", "json");
    expect(r.code).toBe(2);
    const lines = reportLines(r.stdout);
    expect(lines.filter((l) => l.rest.endsWith(".json")).map((l) => l.input).sort()).toEqual(good.filter((p) => /table-\d\.txt$/.test(p)).sort());
    expect(lines.filter((l) => l.rest === "failed (INPUT_NOT_FOUND)").map((l) => l.input).sort()).toEqual([join(dir, "missing.txt"), join(dir, "nothing-*.docx")]);
    expect(r.stderr).toMatch(/No file breakdown reads \(\.docx, \.txt, \.pdf[^)]*\) matches the pattern\./);
  });

  it("draws a bar with the counts on request, printing only the files that failed or need review above it", async () => {
    const r = await breakdown("parse", dir, "-o", tmp(), "--format", "json", "--jobs", "2", "--progress", "bar");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\r\u001b\[2K\[#+\] 12\/12 {2}ok \d+ {2}repaired \d+ {2}review \d+ {2}failed 1/);
    expect(r.stderr).toMatch(/\[[#-]+\] \d+\/12 .*(?:table-\d\.txt|breakdown\.txt|word-\d\.docx|seed\.txt|scan\.txt)/);
    const lines = reportLines(r.stdout);
    expect(lines.map((l) => l.input).sort()).toEqual([bad, join(dir, "seed.txt")].sort());
    expect(summaryRows(r.stdout).get("total")?.[0]).toBe(12);
  });

  it("refuses to write over an input, and still converts the others", async () => {
    const out = tmp();
    // A text table saved as .csv in the output folder: its CSV output would be the input itself.
    const input = join(out, "table.csv");
    copyFileSync(good[0] as string, input);
    const before = readFileSync(input);
    const r = await breakdown("parse", input, good[1] as string, "-o", out, "--format", "json,csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error OUTPUT_OVER_INPUT: ${input}`);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(join(out, "table-2.json"))).toBe(true);
  });

  it("refuses --fixes for more than one document, converting nothing", async () => {
    const out = tmp();
    const fixes = join(out, "fixes.json");
    writeFileSync(fixes, JSON.stringify({ fixes: { "1": { title: "x" } } }));
    const r = await breakdown("parse", dir, "-o", out, "--format", "json", "--fixes", fixes);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error USAGE: .*fixes\.json\n {2}--fixes applies to one document, got a folder or pattern\./);
    expect(readdirSync(out)).toEqual(["fixes.json"]);
  });

  it("keeps one summary line, without a table, for a single file", async () => {
    const out = tmp();
    const r = await breakdown("parse", SEED, "-o", out, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\S+qianjiang-linzhangzhi-2023-2027-breakdown\.txt: 17 tasks \(.*\) → \S+\.json\n$/);
    expect(existsSync(join(out, "qianjiang-linzhangzhi-2023-2027-breakdown.json"))).toBe(true);
  });
});
