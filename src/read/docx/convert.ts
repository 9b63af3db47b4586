import mammoth from "mammoth";
import { BreakdownError, detail } from "../../errors.js";
import type { Message } from "../../model/message.js";

/** A message as mammoth gives it: two with the same type and text are one message (mammoth's lib/results.js). */
export interface MammothMessage {
  type: "warning" | "error";
  message: string;
}

export interface Converted {
  html: string;
  /** mammoth's warnings and errors (an unknown style, an unsupported element). */
  messages: MammothMessage[];
}

// mammoth's words when the zip has no Word document in it: no main part (a plain zip), or a
// main part without a body (an .xlsx or .pptx renamed: its officeDocument is a workbook).
const NO_DOCUMENT = /could not find main document part|could not find the body element|could not find file/i;

/** The .docx as HTML (mammoth), or a BreakdownError saying why it cannot be read. */
export async function convertDocx(bytes: Uint8Array, file: string): Promise<Converted> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images carry no text: skip reading and inlining them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    throw mammothError(error, file);
  }
  return { html: result.value, messages: result.messages.map((m) => ({ type: m.type, message: m.message })) };
}

/** What mammoth threw, as a BreakdownError: no Word document in the zip, or a damaged zip or XML. */
export function mammothError(error: unknown, file: string): BreakdownError {
  const reason = error instanceof Error ? error.message.split("\n")[0]?.trim() || error.name : String(error);
  if (NO_DOCUMENT.test(reason)) {
    return new BreakdownError("DOCX_NO_DOCUMENT", detail("noWordDocument"), { file, cause: error });
  }
  return new BreakdownError("DOCX_UNREADABLE", detail("docxDamaged", { reason }), { file, cause: error });
}

// The messages mammoth makes while it writes HTML (lib/document-to-html.js: a style the style map
// does not name; an image it could not convert, type error) rather than while it reads the XML.
const WHILE_WRITING = /^Unrecognised (?:paragraph|run) style: /;

/**
 * The messages of a document converted in pieces, as mammoth gives them for the whole: those
 * met reading the XML first, then those met writing HTML (mammoth reads the whole body before
 * it writes any of it), each piece in document order, a message repeated kept once.
 */
export function combineMessages(pieces: readonly (readonly MammothMessage[])[]): MammothMessage[] {
  const reading: MammothMessage[] = [];
  const writing: MammothMessage[] = [];
  for (const messages of pieces) for (const m of messages) (m.type === "error" || WHILE_WRITING.test(m.message) ? writing : reading).push(m);
  const seen = new Set<string>();
  return [...reading, ...writing].filter((m) => {
    const key = `${m.type}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** mammoth's messages as the document's warnings. */
export function toMessages(messages: readonly MammothMessage[]): Message[] {
  return messages.map((m) => ({ ruleId: "mammoth", severity: "warning" as const, reason: m.message, seq: null, field: null, where: {} }));
}
