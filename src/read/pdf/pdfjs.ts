import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BreakdownError, detail } from "../../errors.js";

/** The parts of pdf.js this reader uses (its legacy build, which runs on Node 20 with no DOM). */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

let loaded: PdfJs | null = null;

/** pdf.js, loaded once and only when a PDF is read: the text and .docx paths do not pay for it. */
export async function pdfjs(): Promise<PdfJs> {
  loaded ??= await import("pdfjs-dist/legacy/build/pdf.mjs");
  return loaded;
}

/**
 * The package's own folders of CJK character maps, standard fonts and decoders, as file paths:
 * pdf.js reads them from disk in Node (fs.readFile), never from the network.
 */
function packageDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return { cMapUrl: `${join(root, "cmaps")}/`, standardFontDataUrl: `${join(root, "standard_fonts")}/`, wasmUrl: `${join(root, "wasm")}/` };
}

/** Open a PDF: a wrong or missing password, or bytes that are no PDF, end in a coded error. */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    // pdf.js may take the buffer over: it gets a copy.
    data: new Uint8Array(bytes),
    ...packageDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(error, file);
  }
}

/** A pdf.js failure as the error the user sees. */
export function pdfError(error: unknown, file: string): BreakdownError {
  if (error instanceof BreakdownError) return error;
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") {
    return new BreakdownError("PDF_ENCRYPTED", detail("pdfEncrypted"), { file, cause: error });
  }
  return new BreakdownError("PDF_UNREADABLE", detail("pdfUnreadable", { reason: message.replace(/\.$/, "") }), { file, cause: error });
}
