import type { DiffResult } from "../diff/schema.js";
import type { BreakdownDocument } from "../model/document.js";

/** The document as JSON text: two-space indent, keys in schema order, a final newline. Same input, same bytes. */
export function toJson(doc: BreakdownDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A comparison as diff.json: the same layout as a document's JSON. */
export function diffToJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
