import { join } from "node:path";
import { z } from "zod";
import { diff } from "../diff/index.js";
import { fieldLabels } from "../diff/labels.js";
import { loadDocument } from "../diff/load.js";
import { formatDiffReport } from "../diff/report-terminal.js";
import { BreakdownError, detail } from "../errors.js";
import type { ParseOptions } from "../options.js";
import { assertNotInput, writeFilesAtomic } from "../write/atomic.js";
import { terminalText } from "../write/terminal-text.js";
import { diffToJson } from "../write/json-writer.js";
import { CLI_TEXTS } from "../i18n/cli.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { checkFlags } from "./flags.js";
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
  /** The language of the terminal report, diff.xlsx and the errors. */
  lang: Lang;
}

/** What commander hands the `diff` action: its option names, as program.ts declares them. */
const DiffFlagsSchema = z
  .object({
    out: z.string().optional(),
    format: z.array(z.enum(DIFF_FORMATS)).optional(),
    exact: z.boolean(),
    encoding: z.string().optional(),
    maxInputBytes: z.number().int().positive().optional(),
    quiet: z.boolean(),
    lang: z.enum(LANGS),
  })
  .strict();

/** `breakdown diff`'s flags, checked with zod, as the command's options. */
export function diffCommandOptions(flags: unknown): DiffCommandOptions {
  const f = checkFlags(DiffFlagsSchema, flags);
  return {
    out: f.out,
    formats: f.format,
    exact: f.exact,
    quiet: f.quiet,
    lang: f.lang,
    parse: {
      ...(f.encoding ? { encoding: f.encoding } : {}),
      ...(f.maxInputBytes !== undefined ? { limits: { maxInputBytes: f.maxInputBytes } } : {}),
    },
  };
}

/** The outputs asked for, resolved once: files need a folder. */
export function resolveDiffFormats(options: Pick<DiffCommandOptions, "out" | "formats" | "quiet">): { terminal: boolean; files: ("json" | "xlsx")[] } {
  const formats = options.formats ?? (options.out === undefined ? ["terminal"] : ["terminal", "json", "xlsx"]);
  const files = formats.filter((f): f is "json" | "xlsx" => f !== "terminal");
  if (files.length > 0 && options.out === undefined) {
    throw new BreakdownError("USAGE", detail("diffNeedsOut", { formats: files.join(",") }));
  }
  return { terminal: formats.includes("terminal") && !options.quiet, files };
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
        files.push({ name: "diff.xlsx", data: await diffToXlsx(result, oldDoc, newDoc, options.lang) });
      }
    }
    const targets = files.map((f) => join(options.out as string, f.name));
    for (const t of targets) assertNotInput(t, [oldPath, newPath]);
    // diff.json and diff.xlsx as one set: an interrupted run leaves the previous pair whole.
    await writeFilesAtomic(files.map((f, i) => ({ target: targets[i] as string, data: f.data })));
    if (outputs.terminal) {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(formatDiffReport(result, { color, labels: fieldLabels(oldDoc, newDoc, options.lang), lang: options.lang }));
      if (targets.length > 0) process.stdout.write(`${CLI_TEXTS[options.lang].wrote({ files: targets.map(terminalText).join(", ") })}\n`);
    }
    return result.summary.different ? EXIT.DIFFERENT : EXIT.OK;
  } catch (error) {
    process.stderr.write(`${formatError(error, options.lang)}\n`);
    return EXIT.ERROR;
  }
}
