import { DEFAULT_LANG, type Lang } from "../i18n/lang.js";
import type { BreakdownDocument } from "../model/document.js";
import { toJson } from "./json-writer.js";

export const OUTPUT_FORMATS = ["json", "csv", "xlsx"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface WriteOptions {
  /** CSV header row: the document's own headers (default) or the canonical field names. */
  headers: "printed" | "canonical";
  /** The language of the workbook and of the CSV's header row (default Chinese); JSON keys stay English. */
  lang?: Lang;
}

/** One file to write: its name relative to the output folder, and its bytes. */
export interface RenderedFile {
  name: string;
  format: OutputFormat;
  data: string | Uint8Array;
}

/**
 * Render a document in the given formats, named after `stem` (`stem.json`, `stem.csv`,
 * `stem.units.csv`, `stem.xlsx`). Writers load only when asked for (a `--format json` run loads neither).
 */
export async function renderDocument(doc: BreakdownDocument, stem: string, formats: readonly OutputFormat[], options: WriteOptions): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  for (const format of formats) {
    if (format === "json") files.push({ name: `${stem}.json`, format, data: toJson(doc) });
    else if (format === "csv") {
      const { toCsv, toUnitsCsv } = await import("./csv-writer.js");
      files.push({ name: `${stem}.csv`, format, data: toCsv(doc, options) });
      files.push({ name: `${stem}.units.csv`, format, data: toUnitsCsv(doc, options) });
    } else {
      const { toXlsx } = await import("./xlsx-writer.js");
      files.push({ name: `${stem}.xlsx`, format, data: await toXlsx(doc, { lang: options.lang ?? DEFAULT_LANG }) });
    }
  }
  return files;
}
