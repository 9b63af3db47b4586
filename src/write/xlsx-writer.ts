import type { BreakdownDocument } from "../model/document.js";

// Placeholder until the XLSX writer lands (issue 4).
export async function toXlsx(_doc: BreakdownDocument): Promise<Uint8Array> {
  throw new Error("XLSX output is not built yet");
}
