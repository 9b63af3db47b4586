import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { BreakdownError, detail } from "./errors.js";
import { applyFixes } from "./fixes/fixes.js";
import type { BreakdownDocument } from "./model/document.js";
import type { Message } from "./model/message.js";
import type { WorkDoc } from "./model/work.js";
import { resolveParseOptions, type ParseOptions, type ResolvedParseOptions } from "./options.js";
import { looksLikeJson, readDocumentJson } from "./read/document-json.js";
import { readGrid } from "./read/index.js";
import { applyReferences, type LoadedReference } from "./reference/index.js";
import { referenceReadings } from "./reference/readings.js";
import { repairDocument } from "./repair/index.js";
import { structureGrid } from "./structure/index.js";
import { finalizeDocument } from "./validate/finalize.js";
import { validateDocument } from "./validate/index.js";

/** What `parse` reads: a file path, or bytes with the name they came from. */
export type ParseInput = string | LoadedInput;

export interface ParseResult {
  document: BreakdownDocument;
  /** The document's messages (the same as document.messages), for callers that only want them. */
  messages: Message[];
}

/** What a library caller passed, for a USAGE message. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (value instanceof ArrayBuffer) return "an ArrayBuffer (wrap it: new Uint8Array(buffer))";
  return typeof value === "object" ? `an object with keys ${Object.keys(value as object).join(", ") || "(none)"}` : `${typeof value} ${String(value)}`;
}

/** Refuse bytes that are not a Uint8Array (a Buffer is one) with USAGE rather than a TypeError. */
function assertBytes(data: unknown, fileName: unknown): void {
  if (!(data instanceof Uint8Array)) throw new BreakdownError("USAGE", `The input's data must be a Uint8Array or Buffer; got ${describeValue(data)}.`);
  if (typeof fileName !== "string") throw new BreakdownError("USAGE", `The input's fileName must be a string; got ${describeValue(fileName)}.`);
}

/** The bytes of an input and the name they are reported under. */
export interface LoadedInput {
  data: Uint8Array;
  fileName: string;
}

/** Refuse bytes over the size limit, or none at all: what every entry point checks on what it loaded. */
function checkBytes({ data, fileName }: LoadedInput, options: ResolvedParseOptions): void {
  if (data.byteLength > options.limits.maxInputBytes) {
    throw new BreakdownError("INPUT_TOO_LARGE", detail("inputTooLarge", { size: data.byteLength, limit: options.limits.maxInputBytes }), { file: fileName });
  }
  if (data.byteLength === 0) throw new BreakdownError("INPUT_EMPTY", detail("emptyFile"), { file: fileName });
}

/** Load the input's bytes, refusing what is too large before reading it, and what is empty. */
export async function loadInput(input: ParseInput, options: ResolvedParseOptions): Promise<LoadedInput> {
  if (typeof input !== "string") {
    if (input === null || typeof input !== "object") throw new BreakdownError("USAGE", `The input must be a file path or { data, fileName }; got ${describeValue(input)}.`);
    assertBytes(input.data, input.fileName);
    checkBytes(input, options);
    return input;
  }
  let size: number;
  try {
    const s = statSync(input);
    if (s.isDirectory()) throw new BreakdownError("INPUT_NOT_FOUND", detail("folderIsNotFile"), { file: input });
    if (!s.isFile()) throw new BreakdownError("INPUT_NOT_FOUND", detail("notAFile"), { file: input });
    size = s.size;
  } catch (error) {
    if (error instanceof BreakdownError) throw error;
    throw new BreakdownError("INPUT_NOT_FOUND", detail("fileNotFound"), { file: input, cause: error });
  }
  if (size > options.limits.maxInputBytes) {
    throw new BreakdownError("INPUT_TOO_LARGE", detail("inputTooLarge", { size, limit: options.limits.maxInputBytes }), { file: input });
  }
  // Synchronous, as the outputs are written (write/atomic.ts): a thread-pool round trip per call
  // cost more than reading a breakdown table (500 files: 270–300 ms asynchronous, 70 ms not).
  let loaded: LoadedInput;
  try {
    loaded = { data: new Uint8Array(readFileSync(input)), fileName: input };
  } catch (error) {
    throw new BreakdownError("INPUT_NOT_FOUND", detail("fileNotFound"), { file: input, cause: error });
  }
  checkBytes(loaded, options);
  return loaded;
}

/** The file a coded error came from, when the stage that threw did not say. */
function withFile(error: unknown, fileName: string): unknown {
  if (error instanceof BreakdownError && !error.file) return new BreakdownError(error.code, error.detail ?? error.message, { file: fileName, details: error.details, cause: error });
  return error;
}

/**
 * Another copy of the table (`--reference`): read as any input is (a JSON `breakdown parse` wrote
 * is checked against the schema instead), with the input's limits but none of its fixes, forced
 * format or encoding. Any coded error becomes REFERENCE_UNREADABLE, naming the reference.
 */
async function loadReference(input: ParseInput, options: ResolvedParseOptions): Promise<LoadedReference> {
  const plain: ResolvedParseOptions = { ...options, encoding: undefined, format: undefined, fixes: undefined, references: [] };
  try {
    const loaded = await loadInput(input, plain);
    const document = looksLikeJson(loaded.data, loaded.fileName) ? readDocumentJson(loaded.data, loaded.fileName) : await parseLoaded(loaded, plain);
    return { fileName: basename(loaded.fileName), sha256: createHash("sha256").update(loaded.data).digest("hex"), document };
  } catch (error) {
    if (!(error instanceof BreakdownError)) throw error;
    const file = typeof input === "string" ? input : String((input as Partial<LoadedInput> | null)?.fileName);
    throw new BreakdownError("REFERENCE_UNREADABLE", detail("referenceUnreadable", { code: error.code, zh: error.text("zh"), en: error.text("en") }), { file, details: error.details, cause: error });
  }
}

/** A structured document repaired, a person's fixes applied, finalized. */
function repairAndFinalize(structured: WorkDoc, options: ResolvedParseOptions): BreakdownDocument {
  let doc = repairDocument(structured);
  if (options.fixes !== undefined) doc = applyFixes(doc, options.fixes);
  return finalizeDocument(doc);
}

/**
 * Loaded bytes → validated document: read, structure, repair, fixes, finalize, references,
 * validate. With references, the rows a copy of the same document reads are known only once the
 * input is read; the repairs are then made again with those readings as evidence (ocr-hanzi
 * weighs them above the document's own phrases), so that a reference's reading and a repair
 * never undo each other.
 */
export async function parseLoaded({ data, fileName }: LoadedInput, options: ResolvedParseOptions): Promise<BreakdownDocument> {
  try {
    // Each stage's output is passed on, not kept (a model no later stage needs can be collected),
    // but for the structured document when references will repair it again.
    const structured = structureGrid(await readGrid(data, fileName, options));
    let document = repairAndFinalize(structured, options);
    if (options.references.length > 0) {
      const references = await Promise.all(options.references.map((r) => loadReference(r, options)));
      const readings = referenceReadings(document, references);
      if (readings.size > 0) document = repairAndFinalize({ ...structured, references: readings }, options);
      document = applyReferences(document, references);
    }
    return validateDocument(document);
  } catch (error) {
    throw withFile(error, fileName);
  }
}

/** Any input, the way every entry point reads one: load it (size, empty), then parse it. */
export async function readInput(input: ParseInput, options: ResolvedParseOptions): Promise<BreakdownDocument> {
  return parseLoaded(await loadInput(input, options), options);
}

/** Bytes → validated document, for a library caller that has the bytes already. */
export async function parseBytes(data: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<BreakdownDocument> {
  return readInput({ data, fileName }, resolveParseOptions(options));
}

/**
 * Read a breakdown table (.docx or extracted text) into the JSON contract, every repair
 * recorded. Throws a BreakdownError (with a stable code) when the input cannot be used.
 */
export async function parse(input: ParseInput, options: ParseOptions = {}): Promise<ParseResult> {
  const document = await readInput(input, resolveParseOptions(options));
  return { document, messages: document.messages };
}
