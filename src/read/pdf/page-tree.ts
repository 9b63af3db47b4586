import type { DocxBlock, DocxCell, DocxTable } from "../docx/html-tree.js";
import { findLatticeTables, type LatticeCell, type LatticeTable } from "./lattice.js";
import { groupLines, maxOf, minOf, paragraphsOf } from "./lines.js";
import type { PageContent, TextRun } from "./page-content.js";

/**
 * A page as the blocks the .docx reader reads (html-tree.ts): paragraphs and tables in reading
 * order, top to bottom, so that choosing the breakdown table, joining its parts across pages
 * and reading its rows is done once for both formats.
 */

// A cell's text starts this far at most from its left line (Word's and LibreOffice's cell margin is 5.4–5.8 pt).
const MAX_PADDING = 8;

/** A table of the tree and what it was read from. */
export interface PageTable {
  table: DocxTable;
  page: number;
  lattice: LatticeTable;
  /** The .docx cell each drawn cell became. */
  cells: Map<LatticeCell, DocxCell>;
}

type Positioned = { top: number; block: DocxBlock };

/** Paragraphs of runs in a box whose right edge (less its padding) is `right`. */
export function paragraphBlocks(runs: readonly TextRun[], right: number, page: number | null): Positioned[] {
  return paragraphsOf(groupLines(runs), right).map((p) => ({ top: p.top, block: { kind: "paragraph", text: p.text, ...(page === null ? {} : { place: { page } }) } }));
}

export function cellBlocks(cell: LatticeCell, page: number, tables: PageTable[]): DocxBlock[] {
  const lines = groupLines(cell.runs);
  // The padding on the right is the padding on the left: the smallest indent of a line, a centred line aside.
  const pad = lines.length === 0 ? 0 : Math.min(MAX_PADDING, Math.max(1, minOf(lines.map((l) => l.x0 - cell.x0))));
  const items: Positioned[] = paragraphsOf(lines, cell.x1 - pad).map((p) => ({ top: p.top, block: { kind: "paragraph", text: p.text } }));
  for (const nested of cell.nested) items.push({ top: nested.top, block: { kind: "table", table: docxTable(nested, page, null, tables) } });
  return items.sort((a, b) => a.top - b.top).map((i) => i.block);
}

/** A drawn table as a .docx table: each row's cells that start in it, with their spans. */
function docxTable(lattice: LatticeTable, page: number, parent: DocxTable | null, tables: PageTable[]): DocxTable {
  const table: DocxTable = { index: -1, parent, rows: lattice.slots.map(() => []) };
  const cells = new Map<LatticeCell, DocxCell>();
  tables.push({ table, page, lattice, cells });
  for (const cell of lattice.cells) {
    const docxCell: DocxCell = { blocks: [], colspan: cell.colspan, rowspan: cell.rowspan };
    cells.set(cell, docxCell);
    (table.rows[cell.row] as DocxCell[]).push(docxCell);
    docxCell.blocks = cellBlocks(cell, page, tables);
    for (const nested of cell.nested) {
      const found = tables.find((t) => t.lattice === nested);
      if (found) found.table.parent = table;
    }
  }
  return table;
}

/** A page's blocks from its drawn tables and the text outside them. */
export function latticePage(content: PageContent, tables: PageTable[]): DocxBlock[] {
  const { tables: drawn, outside } = findLatticeTables(content.rules, content.runs);
  const items: Positioned[] = drawn.map((t) => ({ top: t.top, block: { kind: "table", table: docxTable(t, content.page, null, tables) } }));
  // The page's text is as wide as its widest table or line: a line that reaches its right edge was wrapped.
  const right = Math.max(maxOf(outside.map((r) => r.x1), 0), maxOf(drawn.map((t) => t.x1 - MAX_PADDING), 0));
  // Text above a table and text below it are never one paragraph.
  const bands = new Map<number, TextRun[]>();
  for (const run of outside) {
    const band = drawn.filter((t) => t.top < run.top).length;
    const runs = bands.get(band) ?? [];
    runs.push(run);
    bands.set(band, runs);
  }
  for (const runs of bands.values()) items.push(...paragraphBlocks(runs, right, content.page));
  return items.sort((a, b) => a.top - b.top).map((i) => i.block);
}

/** Number the tables as the .docx reader does: in reading order, a nested table after the table it is in starts. */
export function numberTables(body: readonly DocxBlock[]): DocxTable[] {
  const out: DocxTable[] = [];
  const walk = (blocks: readonly DocxBlock[]): void => {
    for (const block of blocks) {
      if (block.kind !== "table") continue;
      block.table.index = out.length;
      out.push(block.table);
      for (const row of block.table.rows) for (const cell of row) walk(cell.blocks);
    }
  };
  walk(body);
  return out;
}
