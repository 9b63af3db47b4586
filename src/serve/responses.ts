import type { Context } from "hono";
import { isBreakdownError, type ErrorCode } from "../errors.js";
import { errorText, type PageError } from "./error-text.js";
import { detailLineText } from "../i18n/errors.js";
import { pageLang } from "./page-lang.js";

/**
 * What the page shows for an error: the same code, file, sentence and remedy the CLI prints,
 * in the page's language (the code stays English: it is the contract).
 */
export interface ErrorBody {
  error: PageError;
}

/** An error body in the language of the request's page. */
export function errorBody(c: Context, error: PageError): ErrorBody {
  return { error: errorText(pageLang(c), error) };
}

function statusOf(code: ErrorCode): 400 | 413 | 422 | 503 {
  if (code === "INPUT_TOO_LARGE") return 413;
  if (code === "SERVER_BUSY") return 503;
  if (code === "USAGE") return 400;
  return 422;
}

/** A coded error as JSON; anything else as INTERNAL, its stack kept on the server's stderr. */
export function errorResponse(c: Context, error: unknown): Response {
  if (isBreakdownError(error)) {
    const lang = pageLang(c);
    const body = errorBody(c, { code: error.code, message: error.message, file: error.file ?? null, details: error.details, remedy: error.remedy });
    // The error's own sentence in the page's language, from the catalogue, where the throw site gave one.
    if (lang === "zh" && error.detail !== undefined) body.error.details = [error.text("zh"), ...error.details.map((d) => detailLineText(d, "zh"))];
    return c.json(body, statusOf(error.code));
  }
  process.stderr.write(`breakdown serve: internal error on ${c.req.method} ${c.req.path}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  const body = errorBody(c, { code: "INTERNAL", message: "Something went wrong inside breakdown while handling this file.", file: null, details: [], remedy: "This is a bug in breakdown. Please report it with the input file." });
  return c.json(body, 500);
}

export function notFoundResponse(c: Context): Response {
  return c.json(errorBody(c, { code: "NOT_FOUND", message: "There is nothing at this address.", file: null, details: [], remedy: "Open the page at /." }), 404);
}

/**
 * `attachment` with the name in both forms (RFC 6266): an ASCII fallback, and the UTF-8 name
 * (RFC 8187) that browsers use, so a Chinese file name survives.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
