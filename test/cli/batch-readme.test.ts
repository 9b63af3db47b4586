import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTable, toDocx, toRunTogetherText } from "../../scripts/bench/generate.mjs";
import { fixture, SEED } from "../helpers.js";
import { readmeSection } from "../support/readme-section.js";
import { runCli } from "../support/run-cli.js";

const SECTION = readmeSection("batch");
const COMMANDS = (/```sh\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? "").split("\n").filter((l) => l.startsWith("breakdown "));
const SAMPLE = (/```text\n([\s\S]*?)```/.exec(SECTION)?.[1] ?? "").split("\n").map((l) => l.trim()).filter(Boolean);

/** The arguments of a README command line, split as a shell would (double quotes keep a pattern whole). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string).slice(1);
}

async function breakdown(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args, { cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The folder the section describes: two tables of the same name in 2023/ and 2024/, a Word file,
// the seed, a PDF saved as scan.txt; and extra/notes.txt.
let cwd: string;
beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), "breakdown-readme-batch-"));
  mkdirSync(join(cwd, "tables", "2023"), { recursive: true });
  mkdirSync(join(cwd, "tables", "2024"), { recursive: true });
  mkdirSync(join(cwd, "extra"));
  writeFileSync(join(cwd, "tables", "2023", "任务分解表.txt"), toRunTogetherText(makeTable(20, 3)));
  writeFileSync(join(cwd, "tables", "2024", "任务分解表.txt"), toRunTogetherText(makeTable(24, 4)));
  writeFileSync(join(cwd, "tables", "2024", "责任清单.docx"), await toDocx(makeTable(18, 5)));
  copyFileSync(SEED, join(cwd, "tables", "qianjiang.txt"));
  // A scanned PDF (a page that is an image, no text), saved under a .txt name.
  copyFileSync(fixture("pdf", "scanned.pdf"), join(cwd, "tables", "scan.txt"));
  writeFileSync(join(cwd, "extra", "notes.txt"), toRunTogetherText(makeTable(12, 6)));
});

describe("the README's batch section", () => {
  it("has three commands", () => {
    expect(COMMANDS).toHaveLength(3);
  });

  it("its first command converts the folder, keeps going past scan.txt, and prints the table it shows", async () => {
    const r = await breakdown(cwd, words(COMMANDS[0] as string));
    expect(r.code).toBe(2);
    const lines = r.stdout.split("\n").map((l) => l.trim());
    // The sample is this run's table, line for line; only the time, and how many rows of the
    // generated tables the reader repairs, may differ from what the README shows.
    const from = lines.findIndex((l) => /^\d+ files in /.test(l));
    const table = lines.slice(from, from + SAMPLE.length);
    const shape = (l: string): string => l.replace(/in [\d.]+ s/, "in N s").replace(/^(OK|Repaired|Needs review|Missing in source|total) +\d+ +\d+$/, "$1 n n");
    expect(table.map(shape)).toEqual(SAMPLE.map(shape));
    // Per task status, the files and the tasks: the seed has one row to review and one missing.
    expect(table.find((l) => l.startsWith("Needs review"))).toMatch(/^Needs review +1 +1$/);
    expect(table.find((l) => l.startsWith("Missing in source"))).toMatch(/^Missing in source +1 +1$/);
    // Names as the section says: the two 任务分解表.txt by their folders.
    const out = readdirSync(join(cwd, "output"));
    expect(out).toEqual(expect.arrayContaining(["2023-任务分解表.json", "2024-任务分解表.json", "责任清单.xlsx", "qianjiang.units.csv"]));
    expect(out.some((f) => f.startsWith("scan"))).toBe(false);
  });

  it("its second command expands the quoted pattern itself and reads the named file, on two jobs", async () => {
    const r = await breakdown(cwd, words(COMMANDS[1] as string));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 files in [\d.]+ s \(2 jobs\): 2 read, 0 failed$/m);
    expect(r.stdout).toContain("tables/2024/责任清单.docx: 18 tasks");
    expect(r.stdout).toContain("extra/notes.txt: 12 tasks");
  });

  it("its third command prints nothing but the error, and exits 2 for the PDF before 3 for review", async () => {
    const r = await breakdown(cwd, words(COMMANDS[2] as string));
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error PDF_NO_TEXT: tables\/scan\.txt$/m);
    expect(r.code).toBe(2);
    // Without the PDF, --strict fails on the seed's rows that need review.
    const withoutScan = await breakdown(cwd, ["parse", "tables/2023", "tables/qianjiang.txt", "-o", "output", "--strict", "--quiet"]);
    expect(withoutScan.code).toBe(3);
    expect(withoutScan.stdout).toBe("");
    expect(existsSync(join(cwd, "output", "qianjiang.json"))).toBe(true);
  });
});
