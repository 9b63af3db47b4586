import type { DocxBlock, DocxCell } from "../docx/html-tree.js";
import type { LatticeCell, LatticeTable } from "./lattice.js";
import { maxOf, minOf } from "./lines.js";
import { cellBlocks, type PageTable } from "./page-tree.js";

/**
 * A row that a page break cut in two: Word and LibreOffice let a row break across pages, so its
 * cells go on at the top of the next page's table, below the header repeated there, with the
 * number cell empty. The two halves are joined into the row on the first page.
 */

/** Where a row was joined: the table its second half was on, and the row there. */
export interface JoinedRow {
  from: PageTable;
  into: PageTable;
  /** Row of `from` (before it was removed) and of `into` the halves were. */
  fromRow: number;
  intoRow: number;
}

// Rows at the top of a page's table compared with the first table's header rows.
const HEADER_ROWS = 5;
// Between the last line of a row's first half and the first of its second (points): as between two lines of a paragraph.
const GAP = 3;
// Column lines of two parts of one table differ by less than this (points).
const SAME_COLUMN = 2;

function blocksText(blocks: readonly DocxBlock[]): string {
  return blocks.map((b) => (b.kind === "paragraph" ? b.text : "\u0000table")).join("\n").replace(/\s+/g, "");
}

function rowKey(table: PageTable, r: number): string {
  return JSON.stringify((table.lattice.slots[r] ?? []).map((cell) => (cell.row === r ? blocksText(docxCell(table, cell).blocks) : "")));
}

function docxCell(table: PageTable, cell: LatticeCell): DocxCell {
  return table.cells.get(cell) as DocxCell;
}

function sameColumns(a: LatticeTable, b: LatticeTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - (b.xs[i] as number)) <= SAME_COLUMN);
}

/** The first row of `table` that is not a header row of `first` printed again. */
function firstBodyRow(first: PageTable, table: PageTable): number {
  const header = new Set<string>();
  for (let r = 0; r < Math.min(HEADER_ROWS, first.lattice.slots.length); r++) header.add(rowKey(first, r));
  let r = 0;
  while (r < table.lattice.slots.length && header.has(rowKey(table, r))) r++;
  return r;
}

/** Row `r` of `next` is the rest of the last row of `prev`: its number cell empty, the one above printed, other text in it. */
function goesOn(prev: PageTable, next: PageTable, r: number): boolean {
  const seqCell = next.lattice.slots[r]?.[0];
  const prevSeq = prev.lattice.slots[prev.lattice.slots.length - 1]?.[0];
  if (!seqCell || !prevSeq || seqCell.row !== r) return false;
  if (blocksText(docxCell(next, seqCell).blocks) !== "" || blocksText(docxCell(prev, prevSeq).blocks) === "") return false;
  const starts = (next.lattice.slots[r] ?? []).filter((cell, c) => cell.row === r && cell.column === c);
  return starts.some((cell) => blocksText(docxCell(next, cell).blocks) !== "");
}

/** Cell lists of the .docx table rebuilt from the lattice cells (after a row was taken out). */
function rebuildRows(table: PageTable): void {
  const rows: DocxCell[][] = table.lattice.slots.map(() => []);
  for (const cell of [...table.lattice.cells].sort((a, b) => a.row - b.row || a.column - b.column)) (rows[cell.row] as DocxCell[]).push(docxCell(table, cell));
  table.table.rows = rows;
}

/** Take row `r` out of a table: cells starting in it and only in it are gone, cells over it lose a row. */
function removeRow(table: PageTable, r: number): void {
  const { lattice } = table;
  lattice.cells = lattice.cells.filter((cell) => !(cell.row === r && cell.rowspan === 1));
  for (const cell of lattice.cells) {
    if (cell.row > r) cell.row--;
    else if (cell.row + cell.rowspan > r) cell.rowspan--;
    docxCell(table, cell).rowspan = cell.rowspan;
  }
  lattice.slots.splice(r, 1);
  lattice.ys.splice(r + 1, 1);
  rebuildRows(table);
}

/**
 * Each table that goes on from the one before it on the page before (the next page, the same
 * column lines), with the first row of its body (`r`, past a repeated header) and the last row
 * of the part above.
 */
function* continuations(tables: readonly PageTable[]): Generator<{ prev: PageTable; next: PageTable; r: number; lastRow: number }> {
  let first: PageTable | null = null;
  for (let i = 1; i < tables.length; i++) {
    const prev = tables[i - 1] as PageTable;
    const next = tables[i] as PageTable;
    if (next.page !== prev.page + 1 || !sameColumns(prev.lattice, next.lattice)) {
      first = null;
      continue;
    }
    first ??= prev;
    yield { prev, next, r: firstBodyRow(first, next), lastRow: prev.lattice.slots.length - 1 };
  }
}

/**
 * Join each row a page break cut in two. `tables` are the top-level tables of the pages in
 * reading order; a table is the next part of the one before when it is the first on its page,
 * the one before is the last on its page, and their column lines are the same.
 */
export function joinContinuedRows(tables: readonly PageTable[]): JoinedRow[] {
  const joined: JoinedRow[] = [];
  for (const { prev, next, r, lastRow } of continuations(tables)) {
    if (!goesOn(prev, next, r)) continue;
    const starts = (next.lattice.slots[r] ?? []).filter((cell, c) => cell.row === r && cell.column === c);
    for (const cell of starts) {
      if (cell.rowspan > 1) continue;
      const above = prev.lattice.slots[lastRow]?.[cell.column];
      if (!above) continue;
      if (above.nested.length > 0 || cell.nested.length > 0) {
        docxCell(prev, above).blocks.push(...docxCell(next, cell).blocks);
        continue;
      }
      // The second half's lines follow the first half's, as if the page went on: a line the page
      // break cut in the middle of a sentence is joined as any wrapped line is.
      const bottom = maxOf(above.runs.map((run) => run.bottom), above.top);
      const top = minOf(cell.runs.map((run) => run.top));
      const dy = bottom + GAP - top;
      above.runs.push(...cell.runs.map((run) => ({ ...run, top: run.top + dy, bottom: run.bottom + dy, baseline: run.baseline + dy })));
      docxCell(prev, above).blocks = cellBlocks(above, prev.page, []);
    }
    joined.push({ from: next, into: prev, fromRow: r, intoRow: lastRow });
    removeRow(next, r);
  }
  return joined;
}

/** A cell merged down over the rows at the foot of a page whose value goes on under the next page's header. */
export interface ContinuedMerge {
  into: PageTable;
  row: number;
  column: number;
}

/**
 * A cell merged down over several rows that a page break cut: Word and LibreOffice print its
 * text once, in its part on the first page, and draw its part on the next page empty. The .docx
 * holds one cell, whose value every row under it takes; so the empty part is given the text of
 * the part above, when either part spans more than one row (a merge, not two cells). Run before
 * joinContinuedRows, which forgets that a part on the new page spanned the row it joins.
 */
export function continueMergedCells(tables: readonly PageTable[]): ContinuedMerge[] {
  const continued: ContinuedMerge[] = [];
  for (const { prev, next, r, lastRow } of continuations(tables)) {
    for (let c = 0; c < (prev.lattice.slots[lastRow] ?? []).length; c++) {
      const above = prev.lattice.slots[lastRow]?.[c];
      const below = next.lattice.slots[r]?.[c];
      if (!above || !below || above.column !== c || below.column !== c || below.row !== r || above.colspan !== below.colspan) continue;
      // Merged (a part over more than one row), printed in its first part, empty in its second: one cell cut by the page.
      if ((above.rowspan < 2 && below.rowspan < 2) || blocksText(docxCell(next, below).blocks) !== "" || blocksText(docxCell(prev, above).blocks) === "") continue;
      // A one-row part in a row that goes on is joined to the part above: nothing to give it.
      if (below.rowspan < 2 && goesOn(prev, next, r)) continue;
      if (above.nested.length > 0) continue;
      docxCell(next, below).blocks = docxCell(prev, above).blocks.map((b) => ({ ...b }));
      continued.push({ into: next, row: r, column: c });
    }
  }
  return continued;
}
