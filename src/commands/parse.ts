import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { BreakdownError, detail } from "../errors.js";
import { parseFixes, type Fixes } from "../fixes/fixes.js";
import { LimitsSchema, type Limits, type ParseOptions } from "../options.js";
import { OUTPUT_FORMATS, type OutputFormat, type WriteOptions } from "../write/index.js";
import { terminalText } from "../write/terminal-text.js";
import { convertToResult, reviveError, serializeError, type ConvertOptions, type FileResult } from "./batch/convert.js";
import { expandInputs } from "./batch/inputs.js";
import { defaultJobs } from "./batch/jobs.js";
import { outputStems } from "./batch/names.js";
import { Progress, type ProgressMode } from "./batch/progress.js";
import { summaryTable } from "./batch/summary.js";
import { CLI_TEXTS } from "../i18n/cli.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { checkFlags } from "./flags.js";
import { EXIT, formatError } from "./report.js";

export interface ParseCommandOptions {
  out: string;
  formats: OutputFormat[];
  fixes?: string;
  strict: boolean;
  quiet: boolean;
  write: WriteOptions;
  parse: ParseOptions;
  /** Files converted at once, each on its own worker thread (default: `defaultJobs`, from the machine and the batch). */
  jobs?: number;
  /** A worker's heap limit in MB (default WORKER_HEAP_MB); a developer's option, hidden from --help, for testing a worker's death. */
  workerHeapMb?: number;
  /** `auto`: a bar when stderr is a terminal, else a line per file. */
  progress?: "auto" | "bar" | "lines";
  /** The language of what is printed (the workbook's and the CSV's is `write.lang`). */
  lang: Lang;
}

/** What commander hands the `parse` action: its option names, as program.ts declares them. */
const ParseFlagsSchema = z
  .object({
    out: z.string(),
    format: z.array(z.enum(OUTPUT_FORMATS)),
    fixes: z.string().optional(),
    reference: z.array(z.string().min(1)).default([]),
    strict: z.boolean(),
    headers: z.enum(["printed", "canonical"]),
    encoding: z.string().optional(),
    ...LimitsSchema.partial().shape,
    quiet: z.boolean(),
    jobs: z.number().int().positive().optional(),
    workerHeapMb: z.number().int().positive().optional(),
    progress: z.enum(["auto", "bar", "lines"]),
    lang: z.enum(LANGS),
  })
  .strict();

const LIMIT_KEYS = Object.keys(LimitsSchema.shape) as (keyof Limits)[];

/** `breakdown parse`'s flags, checked with zod, as the command's options. */
export function parseCommandOptions(flags: unknown): ParseCommandOptions {
  const f = checkFlags(ParseFlagsSchema, flags);
  const limits = Object.fromEntries(LIMIT_KEYS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]]));
  return {
    out: f.out,
    formats: f.format,
    ...(f.fixes ? { fixes: f.fixes } : {}),
    strict: f.strict,
    quiet: f.quiet,
    ...(f.jobs !== undefined ? { jobs: f.jobs } : {}),
    ...(f.workerHeapMb !== undefined ? { workerHeapMb: f.workerHeapMb } : {}),
    progress: f.progress,
    lang: f.lang,
    write: { headers: f.headers, lang: f.lang },
    parse: { ...(f.encoding ? { encoding: f.encoding } : {}), limits, ...(f.reference.length > 0 ? { references: f.reference } : {}) },
  };
}

/** The per-file report line: what was read and written, or the error's code (file names escaped, `terminalText`). */
function describe(r: FileResult, lang: Lang): string {
  const input = terminalText(r.input);
  const colon = lang === "zh" ? "：" : ": ";
  if (r.status === "failed" || !r.counts) return `${input}${colon}${CLI_TEXTS[lang].failed({ code: r.error?.code ?? "INTERNAL" })}`;
  return `${input}${colon}${CLI_TEXTS[lang].counts(r.counts)} → ${r.outputs.map(terminalText).join(", ")}`;
}

function describeError(r: FileResult, lang: Lang): string {
  return formatError(r.error ? reviveError(r.error) : new Error(CLI_TEXTS[lang].unknownFailure), lang);
}

/** The fixes file, read and checked against its schema once, before any document is read. */
async function readFixes(path: string): Promise<Fixes> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
        // A fixes file that is not there is not an invalid one.
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR";
    throw new BreakdownError(missing ? "INPUT_NOT_FOUND" : "FIXES_INVALID", missing ? detail("fixesNotFound") : detail("fixesUnreadable"), { file: path, cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BreakdownError("FIXES_INVALID", detail("fixesNotJson", { reason: (error as Error).message }), { file: path, cause: error });
  }
  return parseFixes(json);
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/**
 * `breakdown parse INPUT... -o DIR`: files, folders (their .docx and .txt files) and glob
 * patterns. One file is converted in this process with one summary line; many are converted
 * on `--jobs` worker threads with a progress bar (a terminal) or a line per file, going on past
 * a file that fails, and end with a summary table. Exit 0 when every file was read, 2 if any
 * failed, 3 under --strict when rows need review.
 */
export async function runParse(inputs: readonly string[], options: ParseCommandOptions): Promise<number> {
  const started = Date.now();
  // `breakdown parse … | head`: the reader went away; the files are still converted and written.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  let fixes: Fixes | undefined;
  try {
    if (options.fixes) fixes = await readFixes(options.fixes);
  } catch (error) {
    process.stderr.write(`${formatError(error, options.lang)}\n`);
    return EXIT.ERROR;
  }
  const convert: ConvertOptions = { out: options.out, formats: options.formats, write: options.write, parse: options.parse, ...(fixes !== undefined ? { fixes } : {}) };

  const { files, problems, expanded } = await expandInputs(inputs, { skipFolders: [options.out] });
  const stems = outputStems(files);
  // No output may overwrite an input, nor a --reference (a JSON written by an earlier run, say).
  const kept = [...files, ...(options.parse.references ?? []).filter((r): r is string => typeof r === "string")];
  const batch = expanded || files.length + problems.length > 1;
  if (batch && options.fixes) {
    // A fixes file names tasks by their number in one document: it means nothing to the others.
    process.stderr.write(`${formatError(new BreakdownError("USAGE", detail("fixesForOne", { inputs: inputs.length }), { file: options.fixes }), options.lang)}\n`);
    return EXIT.ERROR;
  }
  const results: FileResult[] = problems.map(({ input, error }) => ({ input, stem: "", status: "failed", counts: null, outputs: [], error: serializeError(error, input) }));

  if (!batch) {
    // One file: in this process, one line (the common case must start fast).
    const input = files[0];
    if (input !== undefined) {
      const r = await convertToResult(input, stems[0] as string, convert, kept);
      results.push(r);
      if (r.status === "failed") process.stderr.write(`${describeError(r, options.lang)}\n`);
      else if (!options.quiet) process.stdout.write(`${describe(r, options.lang)}\n`);
    } else {
      for (const r of results) process.stderr.write(`${describeError(r, options.lang)}\n`);
    }
    return exitStatus(results, options.strict);
  }

  const total = files.length + problems.length;
  const mode: ProgressMode = options.quiet ? "none" : options.progress === "bar" || options.progress === "lines" ? options.progress : process.stderr.isTTY ? "bar" : "lines";
  const progress = new Progress(
    mode,
    total,
    {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      columns: () => process.stderr.columns || 80,
    },
    (r) => describe(r, options.lang),
    (r) => describeError(r, options.lang),
    options.lang,
  );
  for (const r of results) progress.done(r);

  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(files.length), files.length));
  // Every file of a batch is read on a worker thread, even with one job: a file that exhausts
  // a worker's memory or crashes it fails alone, and the run goes on (issue 14).
  const order = files.map((input, index) => ({ index, input, stem: stems[index] as string }));
  if (jobs > 1) {
    // Largest files first, so that no large file is left to finish alone at the end.
    const sizes = await Promise.all(files.map(sizeOf));
    order.sort((a, b) => (sizes[b.index] as number) - (sizes[a.index] as number) || a.index - b.index);
  }
  const { runPool } = await import("./batch/pool.js");
  const events = { start: (job: { input: string }) => progress.start(job.input), done: (r: FileResult) => progress.done(r) };
  results.push(...(await runPool(order, jobs, { options: convert, allInputs: kept }, events, options.workerHeapMb)));
  progress.finish();
  if (!options.quiet) process.stdout.write(`${summaryTable(results, (Date.now() - started) / 1000, jobs, options.lang)}\n`);
  return exitStatus(results, options.strict);
}

function exitStatus(results: readonly FileResult[], strict: boolean): number {
  if (results.length === 0 || results.some((r) => r.status === "failed")) return EXIT.ERROR;
  if (strict && results.some((r) => r.status === "needs_review")) return EXIT.NEEDS_REVIEW;
  return EXIT.OK;
}
