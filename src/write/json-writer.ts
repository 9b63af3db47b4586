import type { BreakdownDocument } from "../model/document.js";

/** The document as JSON text: two-space indent, keys in schema order, a final newline. Same input, same bytes. */
export function toJson(doc: BreakdownDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
