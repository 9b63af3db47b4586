import { BreakdownError, ERROR_CODES, type ErrorCode, type ErrorDetail } from "../errors.js";
import type { Fixes } from "../fixes/fixes.js";
import type { BreakdownDocument } from "../model/document.js";
import type { ParseOptions } from "../options.js";
import type { Lang } from "../i18n/lang.js";
import type { Upload } from "./uploads.js";
import { stemOf } from "./uploads.js";

/** What one request asks of a parse worker: plain data, so it can cross to a child process. */
export type ServeWork =
  | { kind: "parse"; upload: Upload; fixes: unknown; maxUploadBytes: number; lang: Lang }
  | { kind: "export"; upload: Upload; fixes: unknown; maxUploadBytes: number; format: "xlsx" | "csv" | "units.csv" | "json" }
  | { kind: "diff"; old: Upload; new: Upload; maxUploadBytes: number }
  | { kind: "diff-export"; old: Upload; new: Upload; maxUploadBytes: number; format: "xlsx" | "json" };

/** A file to download: its name and bytes. */
export interface Download {
  name: string;
  data: string | Uint8Array;
}

/** An error as it crosses back from the worker: a BreakdownError's fields, or an unexpected error's. */
export type WorkError = { code: ErrorCode; message: string; detail?: ErrorDetail; file: string | undefined; details: string[] } | { code: "INTERNAL"; message: string; stack: string | undefined };

export type WorkReply = { ok: true; value: unknown } | { ok: false; error: WorkError };

export function serializeWorkError(error: unknown): WorkError {
  if (error instanceof BreakdownError) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}), file: error.file, details: error.details };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: "INTERNAL", message: e.message, stack: e.stack };
}

/** Back to the error `errorResponse` answers with (a coded error, or an internal one with its stack for the log). */
export function reviveWorkError(error: WorkError): Error {
  if (error.code !== "INTERNAL" && error.code in ERROR_CODES) return new BreakdownError(error.code, "detail" in error && error.detail ? error.detail : error.message, { ...(error.file ? { file: error.file } : {}), details: error.details });
  const e = new Error(error.message);
  if ("stack" in error && error.stack) e.stack = error.stack;
  return e;
}

function parseOptions(maxUploadBytes: number, fixes?: Fixes): ParseOptions {
  return { limits: { maxInputBytes: maxUploadBytes }, ...(fixes === undefined ? {} : { fixes }) };
}

/** A document and a person's fixes → the validated document, exactly as `breakdown parse --fixes` reads it. */
async function readDocument(upload: Upload, rawFixes: unknown, maxUploadBytes: number): Promise<{ document: BreakdownDocument; fixes: Fixes }> {
  const fixes = rawFixes === undefined ? undefined : (await import("../fixes/fixes.js")).parseFixes(rawFixes, "fixes");
  const { document } = await (await import("../pipeline.js")).parse(upload, parseOptions(maxUploadBytes, fixes));
  return { document, fixes: fixes ?? { fixes: {} } };
}

/** Two versions, each as `breakdown diff` reads it (.docx, text, or a JSON `breakdown parse` wrote), and their comparison. */
async function readComparison(work: { old: Upload; new: Upload; maxUploadBytes: number }) {
  const { loadDocument } = await import("../diff/load.js");
  const oldDoc = await loadDocument(work.old, parseOptions(work.maxUploadBytes));
  const newDoc = await loadDocument(work.new, parseOptions(work.maxUploadBytes));
  return { oldDoc, newDoc, result: (await import("../diff/index.js")).diff(oldDoc, newDoc) };
}

async function exportDocument(work: Extract<ServeWork, { kind: "export" }>): Promise<Download> {
  const { document } = await readDocument(work.upload, work.fixes, work.maxUploadBytes);
  const format = work.format === "units.csv" ? "csv" : work.format;
  const files = await (await import("../write/index.js")).renderDocument(document, stemOf(work.upload.fileName), [format], { headers: "printed" });
  const file = files.find((f) => f.name.endsWith(`.${work.format}`)) ?? files[0];
  if (!file) throw new BreakdownError("USAGE", `format: nothing was written for ${work.format}.`);
  return { name: file.name, data: file.data };
}

async function exportComparison(work: Extract<ServeWork, { kind: "diff-export" }>): Promise<Download> {
  const { oldDoc, newDoc, result } = await readComparison(work);
  if (work.format === "json") return { name: "diff.json", data: (await import("../write/json-writer.js")).diffToJson(result) };
  return { name: "diff.xlsx", data: await (await import("../diff/diff-xlsx.js")).diffToXlsx(result, oldDoc, newDoc) };
}

/**
 * Do what a request asks, in a parse worker: the review page's four endpoints call the library
 * the CLI calls (`parse` with fixes, `renderDocument`, `diff` and its writers).
 */
export async function doWork(work: ServeWork): Promise<unknown> {
  switch (work.kind) {
    case "parse": {
      const { document, fixes } = await readDocument(work.upload, work.fixes, work.maxUploadBytes);
      return { view: (await import("./review.js")).reviewView(document, work.lang), fixes };
    }
    case "export":
      return exportDocument(work);
    case "diff": {
      const { oldDoc, newDoc, result } = await readComparison(work);
      return { diff: result, labels: (await import("../diff/labels.js")).fieldLabels(oldDoc, newDoc) };
    }
    case "diff-export":
      return exportComparison(work);
  }
}
