import { BreakdownError } from "../errors.js";

/** One uploaded file, in memory: its bytes and its name without any directory. */
export interface Upload {
  data: Uint8Array;
  fileName: string;
}

type FormValue = string | File | (string | File)[] | undefined;

/**
 * The name a browser sent, reduced to a bare file name: it labels the document and the
 * downloads, and never reaches the file system.
 */
export function safeFileName(name: string, fallback = "upload"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean === "" || clean === "." || clean === ".." ? fallback : clean;
}

/** The file name without its extension (`table.docx` → `table`), for naming downloads. */
export function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** A file field of the form, refused when absent or over the upload limit. */
export async function readUpload(form: Record<string, FormValue>, field: string, label: string, maxBytes: number): Promise<Upload> {
  const value = form[field];
  if (!(value instanceof File)) {
    throw new BreakdownError("USAGE", `Choose ${label} to upload (.docx, PDF, .doc/.wps, .xlsx, a saved web page or .txt), got ${value === undefined ? "no file" : "text instead of a file"}.`);
  }
  const fileName = safeFileName(value.name);
  if (value.size > maxBytes) {
    throw new BreakdownError("INPUT_TOO_LARGE", `The file is ${value.size} bytes, over the upload limit of ${maxBytes} (breakdown serve --max-upload-bytes).`, { file: fileName });
  }
  return { data: new Uint8Array(await value.arrayBuffer()), fileName };
}

/**
 * The fixes sent with a document: the text of a fixes file (as `breakdown parse --fixes`
 * reads it) or the page's own edits, as a form field or a file. Undefined when none.
 */
export async function readFixesField(form: Record<string, FormValue>, maxBytes: number): Promise<unknown> {
  const value = form.fixes;
  if (value === undefined || Array.isArray(value)) return undefined;
  const name = value instanceof File ? safeFileName(value.name, "fixes") : "fixes";
  if (value instanceof File && value.size > maxBytes) {
    throw new BreakdownError("INPUT_TOO_LARGE", `The fixes file is ${value.size} bytes, over the upload limit of ${maxBytes}.`, { file: name });
  }
  const text = (value instanceof File ? await value.text() : value).replace(/^\uFEFF/, "");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BreakdownError("FIXES_INVALID", `The fixes file is not valid JSON: ${(error as Error).message}.`, { file: name, cause: error });
  }
}
