import { BreakdownError, detail } from "../../errors.js";
import { detailText } from "../../i18n/errors.js";
import type { Grid } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Place } from "../../model/place.js";
import type { ResolvedParseOptions } from "../../options.js";
import type { DocxBlock, DocxTree } from "../docx/html-tree.js";
import { gridFromTree } from "../docx/tree-grid.js";
import { sourceInfo } from "../source-info.js";
import { readPageContent, type PageContent } from "./page-content.js";
import { continueMergedCells, joinContinuedRows } from "./continued-rows.js";
import { latticePage, numberTables, type PageTable } from "./page-tree.js";
import { openPdf, pdfError } from "./pdfjs.js";
import { findStreamTable } from "./stream.js";
import { assertSafePdf, checkPageCount } from "./stream-guard.js";

/** Every page's text runs, rules and images; pdf.js's document closed after. */
async function readPages(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<PageContent[]> {
  const doc = await openPdf(bytes, file);
  try {
    checkPageCount(doc.numPages, options.limits, file);
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPageContent(page, n));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw pdfError(error, file);
  } finally {
    await doc.destroy();
  }
}

/** The page of every place that names a table of the tree (a cell, a row, a paragraph of a table). */
function addPages(grid: Grid, pageOf: (place: Place) => number | undefined): Grid {
  const withPage = (place: Place): Place => {
    if (place.page !== undefined || place.table === undefined) return place;
    const page = pageOf(place);
    return page === undefined ? place : { page, ...place };
  };
  return {
    ...grid,
    header: grid.header.map((c) => ({ ...c, place: withPage(c.place) })),
    rows: grid.rows.map((r) => ({ ...r, place: withPage(r.place), cells: r.cells.map((c) => ({ ...c, place: withPage(c.place) })) })),
    before: grid.before.map((p) => ({ ...p, place: withPage(p.place) })),
    after: grid.after.map((p) => ({ ...p, place: withPage(p.place) })),
    leftovers: grid.leftovers.map((l) => ({ ...l, where: withPage(l.where) })),
    messages: grid.messages.map((m) => ({ ...m, where: withPage(m.where) })),
  };
}

/** The table drawn with lines, read as the .docx reader reads a table (null: no drawn table has a breakdown header). */
function readLattice(pages: readonly PageContent[], bytes: Uint8Array, file: string, options: ResolvedParseOptions): Grid | null {
  const tables: PageTable[] = [];
  const body: DocxBlock[] = pages.flatMap((p) => latticePage(p, tables));
  const topLevel = tables.filter((t) => t.table.parent === null);
  const merges = continueMergedCells(topLevel);
  const joined = joinContinuedRows(topLevel);
  const tree: DocxTree = { body, tables: numberTables(body) };
  if (tree.tables.length === 0) return null;
  const pageOfTable = new Map(tables.map((t) => [t.table.index, t.page]));
  const source = sourceInfo(bytes, file, { format: "pdf", encoding: null, layout: "pdf-lattice", originalName: null, pageCount: pages.length });
  let grid: Grid;
  try {
    grid = gridFromTree(tree, file, options, source);
  } catch (error) {
    if (error instanceof BreakdownError && error.code === "NO_TABLE_FOUND") return null;
    throw error;
  }
  const messages: Message[] = joined.map((j) => ({
    ruleId: "pdf-row-continued",
    severity: "info",
    reason: `A row cut by the page break after page ${j.into.page} goes on at the top of page ${j.from.page}: its two halves were read as one row.`,
    seq: null,
    field: null,
    where: { page: j.from.page, table: j.from.table.index, row: j.fromRow },
  }));
  for (const m of merges) {
    messages.push({
      ruleId: "pdf-merge-continued",
      severity: "info",
      reason: `A cell merged down over the last rows of page ${m.into.page - 1} goes on, printed empty, at the top of page ${m.into.page}: its rows there were given its value, as the .docx's one merged cell gives it to every row under it.`,
      seq: null,
      field: null,
      where: { page: m.into.page, table: m.into.table.index, row: m.row, column: m.column },
    });
  }
  return addPages({ ...grid, messages: [...grid.messages, ...messages] }, (place) => pageOfTable.get(place.table as number));
}

/** The table laid out by alignment alone, or null when no line reads as its header. */
function readStream(pages: readonly PageContent[], bytes: Uint8Array, file: string, options: ResolvedParseOptions): Grid | null {
  const found = findStreamTable(pages);
  if (!found) return null;
  const body: DocxBlock[] = [...found.before, { kind: "table", table: found.table }, ...found.after];
  const tree: DocxTree = { body, tables: numberTables(body) };
  const source = sourceInfo(bytes, file, { format: "pdf", encoding: null, layout: "pdf-stream", originalName: null, pageCount: pages.length });
  const grid = gridFromTree(tree, file, options, source);
  return addPages({ ...grid, leftovers: [...grid.leftovers, ...found.leftovers] }, (place) => (place.table === found.table.index && place.row !== undefined ? found.rowPages[place.row] : undefined));
}

/**
 * Read a PDF with a text layer into a grid: pdf.js gives each page's runs of text with their
 * positions and the lines drawn on it; the lines cut the tables into cells, the runs fill them
 * (a cell's lines joined where they only wrapped), and the pages become the tree the .docx
 * reader reads, so that the breakdown table is chosen, joined across pages (its header
 * repeated on each page kept as a leftover) and read into rows the same way.
 */
export async function readPdf(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<Grid> {
  assertSafePdf(bytes, file, options.limits);
  const pages = await readPages(bytes, file, options);
  const characters = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.trim().length, 0), 0);
  if (characters === 0) {
    const images = pages.reduce((n, p) => n + p.images, 0);
    throw new BreakdownError("PDF_NO_TEXT", detail("pdfNoText", { pages: pages.length, images }), { file });
  }
  const grid = readLattice(pages, bytes, file, options) ?? readStream(pages, bytes, file, options);
  if (grid) return grid;
  // Neither way found a breakdown table: the drawn tables are listed as the .docx reader lists them,
  // and pages that are only images are named (the notice typed, the table attached as a scan).
  const tables: PageTable[] = [];
  const body: DocxBlock[] = pages.flatMap((p) => latticePage(p, tables));
  const tree: DocxTree = { body, tables: numberTables(body) };
  try {
    return gridFromTree(tree, file, options, sourceInfo(bytes, file, { format: "pdf", encoding: null, layout: "pdf-lattice", originalName: null, pageCount: pages.length }));
  } catch (error) {
    const scanned = pages.filter((p) => p.runs.length === 0 && p.images > 0).map((p) => p.page);
    if (!(error instanceof BreakdownError) || error.code !== "NO_TABLE_FOUND" || scanned.length === 0) throw error;
    const scannedLine = detailText(detail("pdfScannedPages", { pages: scanned.join(", "), count: scanned.length }), "en");
    throw new BreakdownError("NO_TABLE_FOUND", error.detail ?? error.message, { file, details: [...error.details, scannedLine] });
  }
}
