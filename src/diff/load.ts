import type { BreakdownDocument } from "../model/document.js";
import { resolveParseOptions, type ParseOptions } from "../options.js";
import { loadInput, parseLoaded, type ParseInput } from "../pipeline.js";
import { looksLikeJson, readDocumentJson } from "../read/document-json.js";

export { looksLikeJson, readDocumentJson };

/**
 * One side of a diff: a .docx, extracted text, or a JSON written by `breakdown parse` (a path, or
 * bytes with their name). The same limits as `parse` apply (size, zip safety); a JSON is validated
 * with the document schema.
 */
export async function loadDocument(input: ParseInput, options: ParseOptions = {}): Promise<BreakdownDocument> {
  const resolved = resolveParseOptions(options);
  const loaded = await loadInput(input, resolved);
  if (looksLikeJson(loaded.data, loaded.fileName)) return readDocumentJson(loaded.data, loaded.fileName);
  return parseLoaded(loaded, resolved);
}
