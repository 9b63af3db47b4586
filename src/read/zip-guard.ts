import type { Limits } from "../options.js";

/**
 * Check a .docx archive before anything inflates it: refuse a zip bomb (declared sizes,
 * entry count, compression ratio beyond the limits), a truncated or non-zip file, an
 * archive without word/document.xml, and XML with a DTD or entity declarations.
 * Throws a BreakdownError (DOCX_UNREADABLE, DOCX_NO_DOCUMENT, DOCX_UNSAFE).
 */
export async function assertSafeDocx(_bytes: Uint8Array, _file: string, _limits: Limits): Promise<void> {
  // Placeholder: implemented with the input-safety work (issue 6).
}
