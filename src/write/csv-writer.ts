import type { BreakdownDocument } from "../model/document.js";
import type { WriteOptions } from "./index.js";

// Placeholder until the CSV writer lands (issue 4): one row per task, the document's headers.
export function toCsv(_doc: BreakdownDocument, _options: WriteOptions): string {
  throw new Error("CSV output is not built yet");
}

export function toUnitsCsv(_doc: BreakdownDocument, _options: WriteOptions): string {
  throw new Error("CSV output is not built yet");
}
