import { z } from "zod";
import { BreakdownError } from "../errors.js";

/**
 * Upload limit per document. Real breakdown tables are under 2 MB; the 17,000-row bench table
 * is ~15 MB. A request carries at most two documents and a fixes file.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * How long one request's parse may take. Uploaded to /api/parse on the shared 2-core machine
 * under load (load average 13), the 17,000-row bench tables took 50.5 s as .docx (1.4 MB) and
 * 9.7 s as text (9.9 MB), the 1,700-row .docx 3.9 s; about twice the slowest.
 */
export const DEFAULT_PARSE_TIMEOUT_SECONDS = 120;

/** Parses at once: the 2-core machine the bench runs on; each is a worker process of its own. */
export const DEFAULT_MAX_PARSES = 2;

/**
 * A parse worker's heap, in MB: as a batch's worker (commands/batch/pool.ts, WORKER_HEAP_MB), where
 * the 17,000-row .docx with all formats passes at 320 MB and dies at 160.
 */
export const DEFAULT_WORKER_HEAP_MB = 640;

/** What `breakdown serve` and `createServeApp` accept (CLI flags arrive as strings). */
export const ServeOptionsSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(5173),
    host: z.string().min(1).default("127.0.0.1"),
    maxUploadBytes: z.coerce.number().int().positive().default(DEFAULT_MAX_UPLOAD_BYTES),
    parseTimeout: z.coerce.number().positive().default(DEFAULT_PARSE_TIMEOUT_SECONDS),
    maxParses: z.coerce.number().int().positive().default(DEFAULT_MAX_PARSES),
    workerHeapMb: z.coerce.number().int().positive().default(DEFAULT_WORKER_HEAP_MB),
  })
  .strict();
export type ServeOptions = z.input<typeof ServeOptionsSchema>;
export type ResolvedServeOptions = z.output<typeof ServeOptionsSchema>;

const FLAGS: Record<string, { flag: string; expected: string }> = {
  port: { flag: "--port", expected: "a port number from 0 to 65535" },
  host: { flag: "--host", expected: "an address to listen on" },
  maxUploadBytes: { flag: "--max-upload-bytes", expected: "a positive whole number of bytes" },
  parseTimeout: { flag: "--parse-timeout", expected: "a positive number of seconds" },
  maxParses: { flag: "--max-parses", expected: "a positive whole number" },
  workerHeapMb: { flag: "--worker-heap-mb", expected: "a positive whole number of MB" },
};

/** Normalize the options once, at the entry; past this point the server trusts its types. */
export function resolveServeOptions(options: ServeOptions = {}): ResolvedServeOptions {
  const parsed = ServeOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? "");
  const known = FLAGS[key];
  if (!known) throw new BreakdownError("USAGE", `Invalid serve option: ${issue?.message ?? "invalid"}.`);
  throw new BreakdownError("USAGE", `${known.flag}: expected ${known.expected}, got ${String((options as Record<string, unknown>)[key])}.`);
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
