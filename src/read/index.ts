import { BreakdownError } from "../errors.js";
import type { Grid } from "../model/grid.js";
import type { ResolvedParseOptions } from "../options.js";
import { CONVERTED_TO_XLSX, sniffFormat, type ConvertedFormat } from "./sniff.js";
import { sourceInfo } from "./source-info.js";
import { readText } from "./text/index.js";

/**
 * Read the bytes of a document into a grid; the format is told by the bytes, not the name:
 * a .docx, an .xlsx, a PDF, a saved web page, text, or a format LibreOffice converts to .docx or .xlsx
 * first (.doc, .wps, .rtf, .odt; .xls, .et, .ods).
 */
export async function readGrid(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<Grid> {
  const format = options.format ?? sniffFormat(bytes, file);
  // Each reader's libraries load only when its format is read: the text path starts fast.
  switch (format) {
    case "docx": {
      const { readDocx } = await import("./docx/index.js");
      return readDocx(bytes, file, options);
    }
    case "xlsx": {
      const { readXlsx } = await import("./xlsx/index.js");
      return readXlsx(bytes, file, options);
    }
    case "html": {
      const { readHtmlPage } = await import("./html/index.js");
      return readHtmlPage(bytes, file, options);
    }
    case "pdf": {
      // pdf.js loads only when a PDF is read.
      const { readPdf } = await import("./pdf/index.js");
      return readPdf(bytes, file, options);
    }
    case "text":
      return readText(bytes, file, options);
    default:
      return readConverted(bytes, file, options, format);
  }
}

/**
 * A file LibreOffice converts, read as the .docx or .xlsx it becomes; its source block names the
 * original file (name, size, sha256) and says it was converted, by which LibreOffice.
 */
async function readConverted(bytes: Uint8Array, file: string, options: ResolvedParseOptions, from: ConvertedFormat): Promise<Grid> {
  // An OpenDocument file is a zip: LibreOffice would inflate a zip bomb as readily as mammoth would.
  if (from === "odt" || from === "ods") await (await import("./zip-guard.js")).assertSafeZip(bytes, file, options.limits);
  const { convertWithLibreOffice } = await import("./convert/libreoffice.js");
  const converted = await convertWithLibreOffice(bytes, file, from);
  const sheet = (CONVERTED_TO_XLSX as readonly string[]).includes(from);
  const grid = await (sheet ? (await import("./xlsx/index.js")).readXlsx(converted.bytes, file, options) : (await import("./docx/index.js")).readDocx(converted.bytes, file, options)).catch(
    (error: unknown) => {
      // What went wrong is in the converted file: the error says it was converted, so that a reader of it knows where to look.
      if (error instanceof BreakdownError) {
        throw new BreakdownError(error.code, error.detail ?? error.message, { file, details: [...error.details, `read as .${from}, converted to .${sheet ? "xlsx" : "docx"} by ${converted.converter}`], cause: error });
      }
      throw error;
    },
  );
  const { format, encoding, layout, originalName, pageCount } = grid.source;
  return { ...grid, source: sourceInfo(bytes, file, { format, encoding, layout, originalName, pageCount, convertedFrom: { format: from, converter: converted.converter } }) };
}
