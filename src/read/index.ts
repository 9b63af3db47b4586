import type { Grid } from "../model/grid.js";
import type { ResolvedParseOptions } from "../options.js";
import { sniffFormat } from "./sniff.js";
import { readText } from "./text/index.js";

/** Read the bytes of a .docx, a PDF or extracted text into a grid; the format is told by the bytes, not the name. */
export async function readGrid(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<Grid> {
  const format = options.format ?? sniffFormat(bytes, file);
  if (format === "docx") {
    // mammoth and cheerio load only when a .docx is read: the text path starts fast.
    const { readDocx } = await import("./docx/index.js");
    return readDocx(bytes, file, options);
  }
  if (format === "pdf") {
    // pdf.js loads only when a PDF is read.
    const { readPdf } = await import("./pdf/index.js");
    return readPdf(bytes, file, options);
  }
  return readText(bytes, file, options);
}
