import mammoth from "mammoth";
import { BreakdownError } from "../../errors.js";
import type { Message } from "../../model/message.js";

export interface Converted {
  html: string;
  /** mammoth's warnings and errors (an unknown style, an unsupported element), as warnings. */
  messages: Message[];
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
    const reason = error instanceof Error ? error.message.split("\n")[0]?.trim() || error.name : String(error);
    if (NO_DOCUMENT.test(reason)) {
      throw new BreakdownError("DOCX_NO_DOCUMENT", "The zip archive holds no Word document (no word/document.xml with a body): it is not a .docx.", { file, cause: error });
    }
    throw new BreakdownError("DOCX_UNREADABLE", `The .docx cannot be read (a damaged zip or XML), got: ${reason}.`, { file, cause: error });
  }
  return {
    html: result.value,
    messages: result.messages.map((m) => ({
      ruleId: "mammoth",
      severity: "warning" as const,
      reason: m.message,
      seq: null,
      field: null,
      where: {},
    })),
  };
}
