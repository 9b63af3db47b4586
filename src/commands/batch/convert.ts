import { realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { BreakdownError, detail, ERROR_CODES, type ErrorCode, type ErrorDetail } from "../../errors.js";
import type { Fixes } from "../../fixes/fixes.js";
import type { BreakdownDocument } from "../../model/document.js";
import { resolveParseOptions, type ParseOptions } from "../../options.js";
import { readInput } from "../../pipeline.js";
import { writeFilesAtomic } from "../../write/atomic.js";
import { renderDocument, type OutputFormat, type WriteOptions } from "../../write/index.js";

/** What converting one file needs: plain data, so a worker thread can be given it. */
export interface ConvertOptions {
  out: string;
  formats: OutputFormat[];
  write: WriteOptions;
  parse: ParseOptions;
  /** The fixes file, read and checked once by the command. */
  fixes?: Fixes;
}

export interface TaskCounts {
  tasks: number;
  ok: number;
  repaired: number;
  needsReview: number;
  missing: number;
}

/** A file's result in a run: failed, or read with rows that need review, were repaired, or are all ok. */
export type FileStatus = "ok" | "repaired" | "needs_review" | "failed";

/** An error as it crosses from a worker thread: a BreakdownError's fields, or an unexpected error's message. */
export type SerializedError =
  | { code: ErrorCode; message: string; detail?: ErrorDetail; file: string | undefined; details: string[] }
  | { code: "INTERNAL"; message: string; stack: string | undefined };

export interface FileResult {
  input: string;
  stem: string;
  status: FileStatus;
  counts: TaskCounts | null;
  outputs: string[];
  error: SerializedError | null;
}

export function countTasks(doc: BreakdownDocument): TaskCounts {
  const counts: TaskCounts = { tasks: doc.tasks.length, ok: 0, repaired: 0, needsReview: 0, missing: 0 };
  for (const t of doc.tasks) {
    if (t.status === "ok") counts.ok++;
    else if (t.status === "repaired") counts.repaired++;
    else if (t.status === "needs_review") counts.needsReview++;
    else counts.missing++;
  }
  return counts;
}

export function statusOf(counts: TaskCounts): FileStatus {
  if (counts.needsReview + counts.missing > 0) return "needs_review";
  return counts.repaired > 0 ? "repaired" : "ok";
}

export function serializeError(error: unknown, input: string): SerializedError {
  if (error instanceof BreakdownError) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}), file: error.file ?? input, details: error.details };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: "INTERNAL", message: e.message, stack: e.stack };
}

/** Back to an error that `formatError` prints (code, file, what to do). */
export function reviveError(error: SerializedError): Error {
  if (error.code !== "INTERNAL" && error.code in ERROR_CODES) {
    return new BreakdownError(error.code, error.detail ?? error.message, { ...(error.file ? { file: error.file } : {}), details: error.details });
  }
  const e = new Error(error.message);
  if ("stack" in error && error.stack) e.stack = error.stack;
  return e;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

// The real path of every input, computed once per run (per worker): checking each output against
// each input with realpath was quadratic in a batch (500 files × 500 inputs × 4 outputs).
const realInputs = new WeakMap<readonly string[], Map<string, string>>();

/** Refuse to write over one of the inputs (as `assertNotInput` in write/atomic.ts, with the inputs' paths resolved once). */
function assertNotOverInput(target: string, allInputs: readonly string[]): void {
  let inputs = realInputs.get(allInputs);
  if (!inputs) {
    inputs = new Map(allInputs.map((input) => [real(input), input]));
    realInputs.set(allInputs, inputs);
  }
  const input = inputs.get(real(target));
  if (input !== undefined) throw new BreakdownError("OUTPUT_OVER_INPUT", detail("outputOverInput", { target, input }), { file: input });
}

/** Convert one file: parse, render every format, then write them all (nothing is written if any step fails). */
export async function convertFile(input: string, stem: string, options: ConvertOptions, allInputs: readonly string[]): Promise<{ document: BreakdownDocument; outputs: string[] }> {
  const document = await readInput(input, resolveParseOptions({ ...options.parse, ...(options.fixes !== undefined ? { fixes: options.fixes } : {}) }));
  const files = await renderDocument(document, stem, options.formats, options.write);
  const targets = files.map((f) => join(options.out, f.name));
  for (const t of targets) assertNotOverInput(t, allInputs);
  await writeFilesAtomic(files.map((f, i) => ({ target: targets[i] as string, data: f.data })));
  return { document, outputs: targets };
}

/** Convert one file and report it, never throwing: the result says what happened. */
export async function convertToResult(input: string, stem: string, options: ConvertOptions, allInputs: readonly string[]): Promise<FileResult> {
  try {
    const { document, outputs } = await convertFile(input, stem, options, allInputs);
    const counts = countTasks(document);
    return { input, stem, status: statusOf(counts), counts, outputs, error: null };
  } catch (error) {
    return { input, stem, status: "failed", counts: null, outputs: [], error: serializeError(error, input) };
  }
}
