import { BreakdownError, detail } from "../errors.js";
import type { GridCell, GridRow } from "../model/grid.js";
import type { Limits } from "../options.js";

/**
 * The table limits every reader holds its table to (rows, columns, characters in a cell), each
 * refused with LIMIT_EXCEEDED and a message that names the flag that raises it. One function per
 * limit, so that a reader can check one as soon as it knows the number (a row count while it
 * reads, a table's width before its grid is built) and the messages are written once.
 */

/** More rows than --max-rows. */
export function checkRowCount(rows: number, limits: Limits, file: string): void {
  if (rows > limits.maxRows) {
    throw new BreakdownError("LIMIT_EXCEEDED", detail("tooManyRows", { rows, limit: limits.maxRows }), { file });
  }
}

/** A table (or one of its rows) wider than --max-columns. */
export function checkColumnCount(columns: number, limits: Limits, file: string): void {
  if (columns > limits.maxColumns) {
    throw new BreakdownError("LIMIT_EXCEEDED", detail("tooManyColumns", { columns, limit: limits.maxColumns }), { file });
  }
}

/** A cell longer than --max-cell-chars. */
export function checkCellChars(cell: GridCell, limits: Limits, file: string): void {
  if (cell.text.length > limits.maxCellChars) {
    throw new BreakdownError("LIMIT_EXCEEDED", detail("cellTooLong", { chars: cell.text.length, limit: limits.maxCellChars }), { file });
  }
}

/** Every cell of a table: its header and its rows. */
export function checkCells(header: readonly GridCell[], rows: readonly GridRow[], limits: Limits, file: string): void {
  for (const cell of header) checkCellChars(cell, limits, file);
  for (const row of rows) for (const cell of row.cells) checkCellChars(cell, limits, file);
}

/** A reader's whole table: its rows, its width (the header and every row) and every cell. */
export function checkTableLimits(header: readonly GridCell[], rows: readonly GridRow[], limits: Limits, file: string): void {
  checkRowCount(rows.length, limits, file);
  let width = header.length;
  for (const row of rows) width = Math.max(width, row.cells.length);
  checkColumnCount(width, limits, file);
  checkCells(header, rows, limits, file);
}
