import { BreakdownDocumentSchema, type BreakdownDocument } from "../model/document.js";

/**
 * Check a document against the published schema. A failure here is a bug in breakdown,
 * not in the input: it is thrown as a plain Error with every issue listed.
 */
export function validateDocument(doc: BreakdownDocument): BreakdownDocument {
  const result = BreakdownDocumentSchema.safeParse(doc);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`internal error: the document does not match schema ${doc.schemaVersion}: ${issues}`);
  }
  return result.data;
}
