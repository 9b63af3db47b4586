import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { BreakdownError } from "../errors.js";
import type { Fixes } from "../fixes/fixes.js";
import type { BreakdownDocument } from "../model/document.js";
import type { ParseOptions } from "../options.js";
import { ASSETS, loadAsset } from "./assets.js";
import { isLoopback, resolveServeOptions, type ResolvedServeOptions, type ServeOptions } from "./options.js";
import { attachment, errorResponse, notFoundResponse } from "./responses.js";
import { readFixesField, readUpload, stemOf, type Upload } from "./uploads.js";

/** Room in a request for two documents, a fixes file and the form's own bytes. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** Documents one request may carry, each up to the upload limit: the two versions a comparison reads. */
const DOCUMENTS_PER_REQUEST = 2;

/** The status of an answer refused to a request for another host's name. */
const HTTP_FORBIDDEN = 403;

const ExportFormatSchema = z.enum(["xlsx", "csv", "units.csv", "json"]);
const DiffExportFormatSchema = z.enum(["xlsx", "json"]);

const CONTENT_TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  "units.csv": "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

// The reader, the writers and the diff load on the first request that needs them, so that
// `breakdown serve` starts at once (exceljs and mammoth alone take longer than the server).
const pipeline = () => import("../pipeline.js");
const fixesModule = () => import("../fixes/fixes.js");
const writers = () => import("../write/index.js");
const review = () => import("./review.js");
const diffModule = () => import("../diff/index.js");
const diffLoad = () => import("../diff/load.js");

/** The request's form fields and files; anything but a form upload is a usage error. */
async function formOf(c: Context): Promise<Awaited<ReturnType<Context["req"]["parseBody"]>>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) {
    throw new BreakdownError("USAGE", `Send the files as a form upload (multipart/form-data), got ${type === "" ? "no content type" : type}.`);
  }
  try {
    return await c.req.parseBody();
  } catch (error) {
    throw new BreakdownError("USAGE", `The upload could not be read as a form: ${(error as Error).message}.`, { cause: error });
  }
}

function formatParam(c: Context, schema: z.ZodEnum): string {
  const format = c.req.query("format");
  const parsed = schema.safeParse(format);
  if (!parsed.success) throw new BreakdownError("USAGE", `format: expected one of ${schema.options.join(", ")}, got ${format ?? "nothing"}.`);
  return parsed.data as string;
}

function parseOptions(options: ResolvedServeOptions, fixes?: Fixes): ParseOptions {
  return { limits: { maxInputBytes: options.maxUploadBytes }, ...(fixes === undefined ? {} : { fixes }) };
}

/** A document and a person's fixes → the validated document, exactly as `breakdown parse --fixes` reads it. */
async function readDocument(upload: Upload, rawFixes: unknown, options: ResolvedServeOptions): Promise<{ document: BreakdownDocument; fixes: Fixes }> {
  const fixes = rawFixes === undefined ? undefined : (await fixesModule()).parseFixes(rawFixes, "fixes");
  const { document } = await (await pipeline()).parse(upload, parseOptions(options, fixes));
  return { document, fixes: fixes ?? { fixes: {} } };
}

/** One side of a comparison: a .docx, text, or a JSON `breakdown parse` wrote, as `breakdown diff` reads it. */
async function readDiffSide(upload: Upload, options: ResolvedServeOptions): Promise<BreakdownDocument> {
  return (await diffLoad()).loadDocument(upload, parseOptions(options));
}

async function readComparison(c: Context, options: ResolvedServeOptions) {
  const form = await formOf(c);
  const oldUpload = await readUpload(form, "old", "the earlier version", options.maxUploadBytes);
  const newUpload = await readUpload(form, "new", "the later version", options.maxUploadBytes);
  const oldDoc = await readDiffSide(oldUpload, options);
  const newDoc = await readDiffSide(newUpload, options);
  return { oldDoc, newDoc, result: (await diffModule()).diff(oldDoc, newDoc) };
}

function download(c: Context, name: string, type: string, data: string | Uint8Array): Response {
  c.header("Content-Type", type);
  c.header("Content-Disposition", attachment(name));
  return c.body(typeof data === "string" ? data : new Uint8Array(data));
}

/**
 * The review page's server: its static files, and four endpoints that call the library the
 * CLI calls (`parse` with fixes, `renderDocument`, `diff` and its writers). Uploads are read
 * into memory, answered and dropped; nothing is written to disk.
 */
export function createServeApp(input: ServeOptions = {}): Hono {
  const options = resolveServeOptions(input);
  const app = new Hono();
  useSecureHeaders(app);
  // Bound to this machine, answer only names of this machine: a page elsewhere cannot
  // reach the server by pointing its own domain at 127.0.0.1 (DNS rebinding).
  if (isLoopback(options.host)) useLoopbackHosts(app);
  useApiLimits(app, options);
  routeAssets(app);
  routeParse(app, options);
  routeExport(app, options);
  routeDiff(app, options);
  routeDiffExport(app, options);
  app.notFound(notFoundResponse);
  app.onError((error, c) => errorResponse(c, error));
  return app;
}

function useSecureHeaders(app: Hono): void {
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        // Text can only reach the page as text: assigning a string to innerHTML throws.
        requireTrustedTypesFor: ["'script'"],
        trustedTypes: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      xFrameOptions: "DENY",
      // Served over plain http on this machine: no HSTS.
      strictTransportSecurity: false,
    }),
  );
}

/** Requests whose Host is not a name of this machine are refused. */
function useLoopbackHosts(app: Hono): void {
  app.use("*", async (c, next) => {
    const host = new URL(`http://${c.req.header("host") ?? new URL(c.req.url).host}`).hostname.replace(/^\[|\]$/g, "");
    if (!isLoopback(host)) return c.json({ error: { code: "USAGE", message: `This server answers only for this machine, got host ${host}.`, file: null, details: [], remedy: "Open the address `breakdown serve` printed." } }, HTTP_FORBIDDEN);
    await next();
  });
}

/** API answers are not cached, and a request over the upload limit is refused before it is read. */
function useApiLimits(app: Hono, options: ResolvedServeOptions): void {
  app.use("/api/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: DOCUMENTS_PER_REQUEST * options.maxUploadBytes + FORM_OVERHEAD_BYTES,
      onError: (c) =>
        errorResponse(c, new BreakdownError("INPUT_TOO_LARGE", `The upload is over the limit of ${options.maxUploadBytes} bytes per file (breakdown serve --max-upload-bytes).`)),
    }),
  );
}

/** The page's static files. */
function routeAssets(app: Hono): void {
  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, async (c) => {
      c.header("Content-Type", asset.type);
      c.header("Cache-Control", "no-cache");
      return c.body(new Uint8Array(await loadAsset(asset.file)));
    });
  }
}

/** POST /api/parse: a document and fixes → the review view and the fixes as read. */
function routeParse(app: Hono, options: ResolvedServeOptions): void {
  app.post("/api/parse", async (c) => {
    const form = await formOf(c);
    const upload = await readUpload(form, "document", "a document", options.maxUploadBytes);
    const { document, fixes } = await readDocument(upload, await readFixesField(form, options.maxUploadBytes), options);
    return c.json({ view: (await review()).reviewView(document), fixes });
  });
}

/** POST /api/export?format=: a document and fixes → the file `breakdown parse` writes in that format. */
function routeExport(app: Hono, options: ResolvedServeOptions): void {
  app.post("/api/export", async (c) => {
    const format = formatParam(c, ExportFormatSchema);
    const form = await formOf(c);
    const upload = await readUpload(form, "document", "a document", options.maxUploadBytes);
    const { document } = await readDocument(upload, await readFixesField(form, options.maxUploadBytes), options);
    const files = await (await writers()).renderDocument(document, stemOf(upload.fileName), [format === "units.csv" ? "csv" : (format as "xlsx" | "csv" | "json")], { headers: "printed" });
    const file = files.find((f) => f.name.endsWith(`.${format}`)) ?? files[0];
    if (!file) throw new BreakdownError("USAGE", `format: nothing was written for ${format}.`);
    return download(c, file.name, CONTENT_TYPES[format] as string, file.data);
  });
}

/** POST /api/diff: two versions → the comparison and the labels of its fields. */
function routeDiff(app: Hono, options: ResolvedServeOptions): void {
  app.post("/api/diff", async (c) => {
    const { oldDoc, newDoc, result } = await readComparison(c, options);
    const { fieldLabels } = await import("../diff/labels.js");
    return c.json({ diff: result, labels: fieldLabels(oldDoc, newDoc) });
  });
}

/** POST /api/diff/export?format=: two versions → the comparison as JSON or a workbook. */
function routeDiffExport(app: Hono, options: ResolvedServeOptions): void {
  app.post("/api/diff/export", async (c) => {
    const format = formatParam(c, DiffExportFormatSchema);
    const { oldDoc, newDoc, result } = await readComparison(c, options);
    if (format === "json") {
      const { diffToJson } = await import("../write/json-writer.js");
      return download(c, "diff.json", CONTENT_TYPES.json as string, diffToJson(result));
    }
    const { diffToXlsx } = await import("../diff/diff-xlsx.js");
    return download(c, "diff.xlsx", CONTENT_TYPES.xlsx as string, await diffToXlsx(result, oldDoc, newDoc));
  });
}
