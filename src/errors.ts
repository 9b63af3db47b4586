/**
 * Every way an input can be unusable, with a stable code (csv-stringify's CsvError style).
 * The CLI prints the code, the file and the remedy; the README's error table is checked
 * against this list by a test.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: {
    meaning: "The input path does not exist or cannot be read.",
    remedy: "Check the path; quote it if it contains spaces.",
  },
  INPUT_EMPTY: {
    meaning: "The input file is empty (0 bytes, or only whitespace).",
    remedy: "Download or export the document again.",
  },
  INPUT_TOO_LARGE: {
    meaning: "The input is larger than the size limit.",
    remedy: "Raise the limit with --max-input-bytes if the file is genuine.",
  },
  UNSUPPORTED_FORMAT: {
    meaning: "The file is none of the formats read (.docx, .doc, .wps, .rtf, .odt, .xlsx, .xls, .et, .ods, a saved web page, text): for example a PDF, an image or a presentation.",
    remedy: "Open it in Word or WPS and save it as .docx, or copy its text into a .txt file.",
  },
  LEGACY_DOC: {
    meaning: "The file is an old binary Word .doc, a WPS .wps, an RTF or OpenDocument file, or an Excel .xls / WPS .et / .ods workbook, which breakdown reads by converting it with LibreOffice, and LibreOffice is not installed (or BREAKDOWN_SOFFICE names a missing program); or it is a .doc's bytes shown as text.",
    remedy: "Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui, and libreoffice-calc-nogui for spreadsheets) or set BREAKDOWN_SOFFICE to its soffice; or open the file in Word, WPS or LibreOffice and save it as .docx (.xlsx).",
  },
  CONVERSION_FAILED: {
    meaning: "LibreOffice ran but wrote no .docx (.xlsx) from the file: it is damaged, or not the format its bytes suggest.",
    remedy: "Open the file in Word, WPS or LibreOffice; if it opens, save it as .docx (.xlsx) and read that.",
  },
  CONVERSION_TIMEOUT: {
    meaning: "LibreOffice took longer than the time limit (120 s; BREAKDOWN_CONVERT_TIMEOUT_MS) to convert the file and was stopped.",
    remedy: "Save the file as .docx (.xlsx) in Word, WPS or LibreOffice and read that, or raise BREAKDOWN_CONVERT_TIMEOUT_MS on a slow machine.",
  },
  DOCX_ENCRYPTED: {
    meaning: "The .docx is password-protected (encrypted).",
    remedy: "Open it in Word with the password and save an unprotected copy.",
  },
  DOCX_UNREADABLE: {
    meaning: "The .docx (or .xlsx) is not a valid zip archive: truncated, damaged, or another file renamed to .docx.",
    remedy: "Download the file again; if it opens in Word, save it again as .docx.",
  },
  DOCX_NO_DOCUMENT: {
    meaning: "The zip archive has no word/document.xml, so it is not a Word document.",
    remedy: "Check that the file is a Word document and not another Office or zip file.",
  },
  DOCX_UNSAFE: {
    meaning: "The archive (.docx or .xlsx) looks like a zip bomb (declared size, entry count or compression ratio beyond the limits, or an entry that inflates past its declared size), an entry's path leaves the archive, or its XML declares a DTD or entities.",
    remedy: "Do not open the file in other tools either; if it is genuine, raise --max-unzipped-bytes / --max-zip-entries / --max-zip-ratio.",
  },
  DOCX_TOO_DEEP: {
    meaning: "The .docx's XML nests elements deeper than any Word document does (more than 256 levels), or a saved page's HTML more than 512 levels, which would overflow the reader's stack.",
    remedy: "Open the file in Word and save it again as .docx; if it is genuine, report it with the file.",
  },
  ENCODING_UNKNOWN: {
    meaning: "The text is in an encoding that could not be identified (not UTF-8, UTF-16 or GB18030/GBK, e.g. Big5), or UTF-8 damaged inside the text.",
    remedy: "Save the text as UTF-8, or name the encoding with --encoding (e.g. --encoding big5; --encoding utf-8 keeps damaged UTF-8 and lists the bad bytes).",
  },
  NO_TABLE_FOUND: {
    meaning: "No breakdown table was recognised: no header row with the vocabulary (序号, 重点任务, 责任单位…) and no numbered tasks.",
    remedy: "Check that this is a breakdown table; the message lists the tables or lines that were seen.",
  },
  LIMIT_EXCEEDED: {
    meaning: "The table has more rows or columns, or a cell more characters, than the limits allow.",
    remedy: "Raise --max-rows, --max-columns or --max-cell-chars if the document is genuine.",
  },
  FIXES_INVALID: {
    meaning: "The fixes file is not valid JSON of the expected shape, or names a task or field that does not exist.",
    remedy: "Correct the fixes file; `breakdown schema --fixes` prints its JSON Schema.",
  },
  JSON_INVALID: {
    meaning: "A .json input is not a document written by `breakdown parse` (it fails the schema).",
    remedy: "Give the .docx or text instead, or re-run `breakdown parse` to write the JSON again.",
  },
  REFERENCE_UNREADABLE: {
    meaning: "A file given with --reference cannot be read (missing, empty, too large, not a breakdown table, or a JSON that fails the schema).",
    remedy: "Check the reference's path and that it is a .docx, text or JSON of the same kind of table; the message gives the reason it could not be read.",
  },
  OUTPUT_OVER_INPUT: {
    meaning: "An output file would overwrite one of the inputs.",
    remedy: "Choose another output folder with -o.",
  },
  OUTPUT_UNWRITABLE: {
    meaning: "The output folder cannot be created or written.",
    remedy: "Check the folder's permissions and free disk space.",
  },
  WORKER_DIED: {
    meaning: "The worker process reading the file was lost: it ran out of its memory limit (a heap of 640 MB), or crashed. The other files of a batch are still read, and the review page goes on answering.",
    remedy: "The file is far larger or more deeply built than a real table; check it, and if it is genuine, read it alone (`breakdown parse FILE`) and report it.",
  },
  TIME_LIMIT: {
    meaning: "Reading the uploaded file took longer than the review page allows (`breakdown serve --parse-timeout`, 120 s).",
    remedy: "Read the file with `breakdown parse FILE` instead, or restart the page with a longer --parse-timeout if it is genuine.",
  },
  SERVER_BUSY: {
    meaning: "The review page is already reading as many files as it allows at once.",
    remedy: "Try again in a few seconds.",
  },
  USAGE: {
    meaning: "The command line is not valid (unknown option, missing argument, bad value).",
    remedy: "Run `breakdown --help` or `breakdown <command> --help`.",
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class BreakdownError extends Error {
  readonly code: ErrorCode;
  /** The file the error is about, if any. */
  readonly file: string | undefined;
  /** Extra lines for the user (for NO_TABLE_FOUND: the tables that were seen). */
  readonly details: string[];

  constructor(code: ErrorCode, message: string, options: { file?: string; details?: string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "BreakdownError";
    this.code = code;
    this.file = options.file;
    this.details = options.details ?? [];
  }

  get remedy(): string {
    return ERROR_CODES[this.code].remedy;
  }
}

export function isBreakdownError(error: unknown): error is BreakdownError {
  return error instanceof BreakdownError;
}
