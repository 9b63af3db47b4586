import type { DocxCell, DocxTable } from "./html-tree.js";

/** The cell that covers a slot of the dense grid, and where that cell starts. */
export interface Slot {
  cell: DocxCell;
  /** Row and column where the cell starts (its text is printed there in Word). */
  row: number;
  column: number;
}

export interface DenseTable {
  table: DocxTable;
  /** Columns of the widest row, merges expanded. */
  width: number;
  /** slots[row][column]: the cell covering it, or null where a short row has no cell. */
  slots: (Slot | null)[][];
}

const CACHE = new WeakMap<DocxTable, DenseTable>();

/**
 * Expand colspan and rowspan into a dense grid (the HTML table model, which is how
 * mammoth writes Word's w:gridSpan and w:vMerge): every row gets a slot for every column,
 * a cell merged over three rows covers its column in all three.
 */
export function denseGrid(table: DocxTable, checkWidth: (columns: number) => void = () => undefined): DenseTable {
  const cached = CACHE.get(table);
  if (cached) return cached;
  const slots: (Slot | null)[][] = table.rows.map(() => []);
  let width = 0;
  table.rows.forEach((cells, r) => {
    const row = slots[r] as (Slot | null)[];
    // The row's width is checked before its slots are filled: a hostile row of 100,000 cells is
    // refused before the grid pads every row to it.
    checkWidth(rowWidth(row, cells));
    let c = 0;
    for (const cell of cells) {
      while (row[c]) c++;
      const slot: Slot = { cell, row: r, column: c };
      const lastRow = Math.min(r + cell.rowspan, table.rows.length);
      for (let rr = r; rr < lastRow; rr++) {
        const target = slots[rr] as (Slot | null)[];
        for (let cc = c; cc < c + cell.colspan; cc++) target[cc] = slot;
      }
      c += cell.colspan;
      width = Math.max(width, c);
    }
  });
  for (const row of slots) {
    width = Math.max(width, row.length);
  }
  for (const row of slots) for (let c = 0; c < width; c++) row[c] ??= null;
  const dense = { table, width, slots };
  CACHE.set(table, dense);
  return dense;
}

/** Columns a row reaches once placed: its cells' spans, past the slots rows above cover (rowspan). */
function rowWidth(row: readonly (Slot | null)[], cells: readonly DocxCell[]): number {
  let c = 0;
  for (const cell of cells) {
    while (row[c]) c++;
    c += cell.colspan;
  }
  return Math.max(c, row.length);
}

/** The distinct cells of a row, left to right (a cell spanning columns counted once). */
export function rowSlots(dense: DenseTable, r: number): Slot[] {
  const out: Slot[] = [];
  for (const s of dense.slots[r] ?? []) if (s && out[out.length - 1] !== s) out.push(s);
  return out;
}
