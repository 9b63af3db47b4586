import { z } from "zod";
import { BreakdownError, detail } from "./errors.js";
import { parseFixes, type Fixes } from "./model/fixes.js";

/**
 * Limits that real breakdown tables never reach. Each can be raised by a caller
 * (CLI: --max-input-bytes, --max-unzipped-bytes, --max-zip-entries, --max-zip-ratio, --max-pages, --max-rows, --max-columns, --max-cell-chars).
 */
export const DEFAULT_LIMITS = {
  /**
   * Input file size. The largest real table seen is under 2 MB; a 17,000-row one is ~15 MB.
   * Twice that: a 50 MB text is refused before it is read (memory: scripts/measure-memory.mjs).
   */
  maxInputBytes: 32 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes of a .docx's entries. */
  maxUnzippedBytes: 256 * 1024 * 1024,
  /** Entries in a .docx archive (real ones have 10–40). */
  maxZipEntries: 2000,
  /** Compression ratio of any one entry (XML compresses ~10×; zip bombs ~1000×). */
  maxZipRatio: 200,
  /**
   * Pages of a PDF. The seed prints 17 tasks on 7 A4 pages and the bench's generated table 230 rows
   * on 107, so the largest real table (17,000 rows) would be about 7,000–8,000: room above that.
   */
  maxPages: 20_000,
  /**
   * Table rows: three times the largest real table (17,000 rows). Memory grows with rows
   * (about 15 KB a row for JSON and CSV, 60 KB with XLSX: scripts/measure-memory.mjs).
   */
  maxRows: 50_000,
  /**
   * Table columns, merges expanded. Word tables have at most 63 columns and the widest table in
   * the corpus has 12; the grid of a .docx table is rows × columns, so width is held as rows are
   * (issue 14: one row of 100,000 cells took 1 GB and 23 s before any limit was checked).
   */
  maxColumns: 100,
  /** Characters in one cell. */
  maxCellChars: 100_000,
} as const;

export const LimitsSchema = z
  .object({
    maxInputBytes: z.number().int().positive(),
    maxUnzippedBytes: z.number().int().positive(),
    maxZipEntries: z.number().int().positive(),
    maxZipRatio: z.number().positive(),
    maxPages: z.number().int().positive(),
    maxRows: z.number().int().positive(),
    maxColumns: z.number().int().positive(),
    maxCellChars: z.number().int().positive(),
  })
  .strict();
export type Limits = z.infer<typeof LimitsSchema>;

/** What a caller of `parse` may pass. */
export const ParseOptionsSchema = z
  .object({
    /** Force a text encoding (`utf8`, `utf16le`, `gb18030`…) instead of detecting it. */
    encoding: z.string().min(1).optional(),
    /** Force the input format instead of sniffing it. */
    format: z.enum(["docx", "pdf", "text"]).optional(),
    limits: LimitsSchema.partial().optional(),
    /** Manual fixes, keyed by task number then field (the `--fixes` file's content), checked by resolveParseOptions. */
    fixes: z.unknown().optional(),
    /** Other copies of the table (`--reference`), each a path or `{ data, fileName }`, to repair garbled, missing and partly read rows from. */
    references: z.array(z.union([z.string().min(1), z.object({ data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "expected a Uint8Array or Buffer"), fileName: z.string().min(1) }).strict()])).optional(),
  })
  .strict();
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

/** The same options, resolved once at the entry: past this point code trusts its types. */
export interface ResolvedParseOptions {
  encoding: string | undefined;
  format: "docx" | "pdf" | "text" | undefined;
  limits: Limits;
  fixes: Fixes | undefined;
  references: (string | { data: Uint8Array; fileName: string })[];
}

export function resolveParseOptions(options: ParseOptions = {}): ResolvedParseOptions {
  const parsed = ParseOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") || "options";
    throw new BreakdownError("USAGE", detail("badOption", { option: path, reason: issue?.message ?? "invalid" }));
  }
  const { encoding, format, limits, fixes, references } = parsed.data;
  return {
    encoding,
    format,
    limits: { ...DEFAULT_LIMITS, ...limits },
    // A fixes file of the wrong shape is FIXES_INVALID, said before anything is read.
    fixes: fixes === undefined ? undefined : parseFixes(fixes),
    references: references ?? [],
  };
}
