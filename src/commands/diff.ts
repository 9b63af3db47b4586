import { join } from "node:path";
import { diff } from "../diff/index.js";
import { fieldLabels } from "../diff/labels.js";
import { loadDocument } from "../diff/load.js";
import { formatDiffReport } from "../diff/report-terminal.js";
import type { DiffResult } from "../diff/schema.js";
import { BreakdownError } from "../errors.js";
import type { ParseOptions } from "../options.js";
import { assertNotInput, writeFilesAtomic } from "../write/atomic.js";
import { EXIT, formatError } from "./report.js";

export const DIFF_FORMATS = ["terminal", "json", "xlsx"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  /** Output folder for diff.json and diff.xlsx. */
  out: string | undefined;
  /** Outputs; undefined: the terminal summary, plus diff.json and diff.xlsx when `out` is given. */
  formats: DiffFormat[] | undefined;
  exact: boolean;
  quiet: boolean;
  parse: ParseOptions;
}

/** The outputs asked for, resolved once: files need a folder. */
export function resolveDiffFormats(options: Pick<DiffCommandOptions, "out" | "formats" | "quiet">): { terminal: boolean; files: ("json" | "xlsx")[] } {
  const formats = options.formats ?? (options.out === undefined ? ["terminal"] : ["terminal", "json", "xlsx"]);
  const files = formats.filter((f): f is "json" | "xlsx" => f !== "terminal");
  if (files.length > 0 && options.out === undefined) {
    throw new BreakdownError("USAGE", `--format ${files.join(",")} writes files: give the folder with -o DIR, got no -o.`);
  }
  return { terminal: formats.includes("terminal") && !options.quiet, files };
}

export function diffToJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * `breakdown diff OLD NEW [-o DIR]`: read both sides (.docx, text or JSON), compare, print the
 * summary, write diff.json / diff.xlsx (all rendered before any is written, each atomically).
 * Returns the exit status: 0 no differences, 1 differences, 2 error.
 */
export async function runDiff(oldPath: string, newPath: string, options: DiffCommandOptions): Promise<number> {
  try {
    const outputs = resolveDiffFormats(options);
    const oldDoc = await loadDocument(oldPath, options.parse);
    const newDoc = await loadDocument(newPath, options.parse);
    const result = diff(oldDoc, newDoc, { exact: options.exact });
    const files: { name: string; data: string | Uint8Array }[] = [];
    for (const format of outputs.files) {
      if (format === "json") files.push({ name: "diff.json", data: diffToJson(result) });
      else {
        const { diffToXlsx } = await import("../diff/diff-xlsx.js");
        files.push({ name: "diff.xlsx", data: await diffToXlsx(result, oldDoc, newDoc) });
      }
    }
    const targets = files.map((f) => join(options.out as string, f.name));
    for (const t of targets) assertNotInput(t, [oldPath, newPath]);
    // diff.json and diff.xlsx as one set: an interrupted run leaves the previous pair whole.
    await writeFilesAtomic(files.map((f, i) => ({ target: targets[i] as string, data: f.data })));
    if (outputs.terminal) {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(formatDiffReport(result, { color, labels: fieldLabels(oldDoc, newDoc) }));
      if (targets.length > 0) process.stdout.write(`Wrote ${targets.join(", ")}\n`);
    }
    return result.summary.different ? EXIT.DIFFERENT : EXIT.OK;
  } catch (error) {
    process.stderr.write(`${formatError(error)}\n`);
    return EXIT.ERROR;
  }
}
