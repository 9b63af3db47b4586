/**
 * breakdown's library API: the same stages the CLI chains.
 *
 *     import { parse, toJson } from "breakdown";
 *     const { document } = await parse("table.docx");
 */
export { parse, parseBytes, type ParseInput, type ParseResult } from "./pipeline.js";
export { BreakdownError, ERROR_CODES, isBreakdownError, type ErrorCode } from "./errors.js";
export { DEFAULT_LIMITS, type ParseOptions, type Limits } from "./options.js";
export {
  BreakdownDocumentSchema,
  TaskSchema,
  SCHEMA_VERSION,
  documentJsonSchema,
  type BreakdownDocument,
  type Task,
  type TaskStatus,
  type Column,
  type Section,
} from "./model/document.js";
export type { Repair, Message, Leftover } from "./model/message.js";
export type { Place } from "./model/place.js";
export { FixesSchema, type Fixes } from "./model/fixes.js";
export { RULES } from "./repair/index.js";
export { renderDocument, OUTPUT_FORMATS, type OutputFormat, type WriteOptions } from "./write/index.js";
export { toJson } from "./write/json-writer.js";
export { restoreCell } from "./write/cell-guard.js";
export { TOOL_VERSION } from "./version.js";
export {
  diff,
  DiffResultSchema,
  DIFF_SCHEMA_VERSION,
  diffJsonSchema,
  type DiffOptions,
  type DiffResult,
  type TaskEntry,
  type SectionEntry,
  type FieldChange,
  type TextPart,
  type TaskChangeKind,
} from "./diff/index.js";
export { loadDocument } from "./diff/load.js";
