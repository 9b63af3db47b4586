import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { BreakdownError } from "../errors.js";
import { isLang } from "../i18n/lang.js";
import { ASSETS, loadAsset } from "./assets.js";
import { isLoopback, resolveServeOptions, type ResolvedServeOptions, type ServeOptions } from "./options.js";
import { attachment, errorBody, errorResponse, notFoundResponse } from "./responses.js";
import { renderIndex, statusCss, textsJson } from "./page.js";
import { pageLang, rememberLang } from "./page-lang.js";
import { ParseRunner } from "./runner.js";
import { readFixesField, readUpload } from "./uploads.js";
import type { Download, ServeWork } from "./work.js";

/** Room in a request for two documents, a fixes file and the form's own bytes. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** Documents one request may carry, each up to the upload limit: the two versions a comparison reads. */
const DOCUMENTS_PER_REQUEST = 2;

/** The status of an answer refused to a request for another host's name. */
const HTTP_FORBIDDEN = 403;

/** Seconds a refused request is told to wait: about what a real table takes to read. */
const RETRY_AFTER_SECONDS = 5;

/** Requests waiting for a parse worker, per worker: each holds its upload in memory meanwhile. */
const WAITING_PER_PARSE = 2;

const ExportFormatSchema = z.enum(["xlsx", "csv", "units.csv", "json"]);
const DiffExportFormatSchema = z.enum(["xlsx", "json"]);

// The parse workers of each app, stopped when its server closes (commands/serve.ts).
const runners = new WeakMap<Hono, ParseRunner>();

/** Stop the app's parse workers. */
export function stopParseWorkers(app: Hono): void {
  runners.get(app)?.close();
}

const CONTENT_TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  "units.csv": "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

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

function formatParam<T extends string>(c: Context, schema: z.ZodEnum<Record<T, T>>): T {
  const format = c.req.query("format");
  const parsed = schema.safeParse(format);
  if (!parsed.success) throw new BreakdownError("USAGE", `format: expected one of ${schema.options.join(", ")}, got ${format ?? "nothing"}.`);
  return parsed.data as T;
}

function download(c: Context, file: Download, type: string): Response {
  c.header("Content-Type", type);
  c.header("Content-Disposition", attachment(file.name));
  return c.body(typeof file.data === "string" ? file.data : new Uint8Array(file.data));
}

/** A parse request's work: the document and the fixes sent with it. */
async function documentWork(c: Context, options: ResolvedServeOptions) {
  const form = await formOf(c);
  const upload = await readUpload(form, "document", "a document", options.maxUploadBytes);
  return { upload, fixes: await readFixesField(form, options.maxUploadBytes), maxUploadBytes: options.maxUploadBytes };
}

/** A comparison's work: the two versions. */
async function comparisonWork(c: Context, options: ResolvedServeOptions) {
  const form = await formOf(c);
  const old = await readUpload(form, "old", "the earlier version", options.maxUploadBytes);
  return { old, new: await readUpload(form, "new", "the later version", options.maxUploadBytes), maxUploadBytes: options.maxUploadBytes };
}

/**
 * The review page's server: its static files, and four endpoints that call the library the
 * CLI calls (`parse` with fixes, `renderDocument`, `diff` and its writers). Uploads are read
 * into memory, answered and dropped; nothing is written to disk.
 */
export function createServeApp(input: ServeOptions = {}): Hono {
  const options = resolveServeOptions(input);
  const app = new Hono();
  const runner = new ParseRunner({ heapMb: options.workerHeapMb, timeoutMs: options.parseTimeout * 1000, maxParses: options.maxParses, maxWaiting: WAITING_PER_PARSE * options.maxParses });
  runners.set(app, runner);
  const work = (w: ServeWork): Promise<unknown> => runner.run(w);
  useSecureHeaders(app);
  useOneHost(app);
  // Bound to this machine, answer only names of this machine: a page elsewhere cannot
  // reach the server by pointing its own domain at 127.0.0.1 (DNS rebinding).
  if (isLoopback(options.host)) useLoopbackHosts(app);
  useSameOrigin(app);
  useApiLimits(app, options);
  routeAssets(app);
  routeParse(app, options, work);
  routeExport(app, options, work);
  routeDiff(app, options, work);
  routeDiffExport(app, options, work);
  app.notFound(notFoundResponse);
  app.onError((error, c) => {
    if (error instanceof BreakdownError && error.code === "SERVER_BUSY") c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return errorResponse(c, error);
  });
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

/** A refusal before any route: the page shows it as it shows an error. */
function refuse(c: Context, status: 400 | 403, message: string, remedy: string): Response {
  return c.json(errorBody(c, { code: "USAGE", message, file: null, details: [], remedy }), status);
}

/** The request's Host: its one value, or the URL's host when a test calls the app without one. */
function hostOf(c: Context): string {
  return c.req.header("host") ?? new URL(c.req.url).host;
}

/**
 * A request whose Host is empty, repeated (sent twice, joined with a comma) or not a host is
 * refused with 400 before anything reads it (it made `new URL` throw: a 500).
 */
function useOneHost(app: Hono): void {
  app.use("*", async (c, next) => {
    const host = hostOf(c);
    let valid = /^[^\s,/?#@]+$/.test(host);
    if (valid) {
      try {
        valid = new URL(`http://${host}`).hostname !== "";
      } catch {
        valid = false;
      }
    }
    if (!valid) return refuse(c, 400, `The request must name one host in its Host header, got ${JSON.stringify(host)}.`, "Open the address `breakdown serve` printed.");
    await next();
  });
}

/**
 * A request that changes something (every POST: the uploads) is answered only for the page's
 * own origin: a page on another site could otherwise post a form to this server (a multipart
 * POST needs no preflight). Browsers send `Sec-Fetch-Site`, and `Origin` on every POST.
 */
function useSameOrigin(app: Hono): void {
  app.use("*", async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    let from: string | null = null;
    if (site !== undefined && site !== "same-origin" && site !== "none") from = `a ${site} page`;
    else if (origin !== undefined && !sameHost(origin, hostOf(c))) from = origin;
    if (from !== null) return refuse(c, HTTP_FORBIDDEN, `This server answers only its own page, got a request from ${from}.`, "Open the address `breakdown serve` printed and upload there.");
    await next();
  });
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

/** Requests whose Host is not a name of this machine are refused. */
function useLoopbackHosts(app: Hono): void {
  app.use("*", async (c, next) => {
    const host = new URL(`http://${hostOf(c)}`).hostname.replace(/^\[|\]$/g, "");
    if (!isLoopback(host)) return refuse(c, HTTP_FORBIDDEN, `This server answers only for this machine, got host ${host}.`, "Open the address `breakdown serve` printed.");
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

/**
 * The page's static files; the page itself in the language of the request (`pageLang`), its
 * texts for the page's language switch, and the status colours from the one palette.
 */
function routeAssets(app: Hono): void {
  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, async (c) => {
      c.header("Content-Type", asset.type);
      c.header("Cache-Control", "no-cache");
      const bytes = await loadAsset(asset.file);
      if (path !== "/") return c.body(new Uint8Array(bytes));
      rememberLang(c);
      c.header("Vary", "Accept-Language, Cookie");
      return c.body(renderIndex(bytes.toString("utf8"), pageLang(c)));
    });
  }
  app.get("/i18n/:file", (c) => {
    const lang = /^(zh|en)\.json$/.exec(c.req.param("file"))?.[1];
    if (!isLang(lang)) return notFoundResponse(c);
    c.header("Content-Type", "application/json; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return c.body(textsJson(lang));
  });
  app.get("/status.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return c.body(statusCss());
  });
}

type Work = (work: ServeWork) => Promise<unknown>;

/** POST /api/parse: a document and fixes → the review view and the fixes as read. */
function routeParse(app: Hono, options: ResolvedServeOptions, work: Work): void {
  app.post("/api/parse", async (c) => c.json((await work({ kind: "parse", lang: pageLang(c), ...(await documentWork(c, options)) })) as object));
}

/** POST /api/export?format=: a document and fixes → the file `breakdown parse` writes in that format. */
function routeExport(app: Hono, options: ResolvedServeOptions, work: Work): void {
  app.post("/api/export", async (c) => {
    const format = formatParam(c, ExportFormatSchema);
    const file = (await work({ kind: "export", format, ...(await documentWork(c, options)) })) as Download;
    return download(c, file, CONTENT_TYPES[format] as string);
  });
}

/** POST /api/diff: two versions → the comparison and the labels of its fields. */
function routeDiff(app: Hono, options: ResolvedServeOptions, work: Work): void {
  app.post("/api/diff", async (c) => c.json((await work({ kind: "diff", ...(await comparisonWork(c, options)) })) as object));
}

/** POST /api/diff/export?format=: two versions → the comparison as JSON or a workbook. */
function routeDiffExport(app: Hono, options: ResolvedServeOptions, work: Work): void {
  app.post("/api/diff/export", async (c) => {
    const format = formatParam(c, DiffExportFormatSchema);
    const file = (await work({ kind: "diff-export", format, ...(await comparisonWork(c, options)) })) as Download;
    return download(c, file, CONTENT_TYPES[format] as string);
  });
}
