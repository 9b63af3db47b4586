import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { BreakdownError } from "../errors.js";
import type { BreakdownDocument } from "../model/document.js";
import { loadInput, parseBytes } from "../pipeline.js";
import { resolveParseOptions, type ParseOptions } from "../options.js";
import { assertNotInput, writeFileAtomic } from "../write/atomic.js";
import { renderDocument, type OutputFormat, type WriteOptions } from "../write/index.js";
import { EXIT, formatError } from "./report.js";

export interface ParseCommandOptions {
  out: string;
  formats: OutputFormat[];
  fixes?: string;
  strict: boolean;
  quiet: boolean;
  write: WriteOptions;
  parse: ParseOptions;
}

export interface FileOutcome {
  input: string;
  document?: BreakdownDocument;
  outputs: string[];
  error?: unknown;
}

export function summarize(doc: BreakdownDocument): { tasks: number; ok: number; repaired: number; needsReview: number; missing: number } {
  const count = (s: string): number => doc.tasks.filter((t) => t.status === s).length;
  return { tasks: doc.tasks.length, ok: count("ok"), repaired: count("repaired"), needsReview: count("needs_review"), missing: count("missing") };
}

export function summaryLine(input: string, doc: BreakdownDocument, outputs: readonly string[]): string {
  const s = summarize(doc);
  return `${input}: ${s.tasks} tasks (${s.ok} ok, ${s.repaired} repaired, ${s.needsReview} need review, ${s.missing} missing) → ${outputs.join(", ")}`;
}

async function readFixes(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new BreakdownError("FIXES_INVALID", "The fixes file cannot be read.", { file: path, cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BreakdownError("FIXES_INVALID", `The fixes file is not valid JSON: ${(error as Error).message}.`, { file: path, cause: error });
  }
}

/** Convert one file: parse, render every format, then write them all (nothing is written if any step fails). */
export async function convertFile(input: string, options: ParseCommandOptions, allInputs: readonly string[], stem = basename(input, extname(input))): Promise<FileOutcome> {
  const parseOptions = resolveParseOptions({
    ...options.parse,
    ...(options.fixes ? { fixes: await readFixes(options.fixes) } : {}),
  });
  const { data } = await loadInput(input, parseOptions);
  const document = await parseBytes(data, input, parseOptions);
  const files = await renderDocument(document, stem, options.formats, options.write);
  const targets = files.map((f) => join(options.out, f.name));
  for (const t of targets) assertNotInput(t, allInputs);
  for (const [i, f] of files.entries()) await writeFileAtomic(targets[i] as string, f.data);
  return { input, document, outputs: targets };
}

/** `breakdown parse INPUT... -o DIR`: one summary line per file; exit 0, 2 if any failed, 3 under --strict if rows need review. */
export async function runParse(inputs: readonly string[], options: ParseCommandOptions): Promise<number> {
  let failed = 0;
  let review = 0;
  for (const input of inputs) {
    try {
      const outcome = await convertFile(input, options, inputs);
      const doc = outcome.document as BreakdownDocument;
      const s = summarize(doc);
      if (s.needsReview + s.missing > 0) review++;
      if (!options.quiet) process.stdout.write(`${summaryLine(input, doc, outcome.outputs)}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${formatError(error instanceof BreakdownError && !error.file ? new BreakdownError(error.code, error.message, { file: input, details: error.details }) : error)}\n`);
    }
  }
  if (failed > 0) return EXIT.ERROR;
  if (options.strict && review > 0) return EXIT.NEEDS_REVIEW;
  return EXIT.OK;
}
