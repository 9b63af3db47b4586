import { fieldForHeader, headerScore, normalizeHeader } from "../../genre/headers.js";
import type { ColumnField } from "../../model/fields.js";
import { cellLines, joinLines } from "./cell-text.js";
import { rowSlots, type DenseTable, type Slot } from "./dense-grid.js";

/** Rows searched for the header: a title row or two may sit above it inside the table. */
export const HEADER_SEARCH_ROWS = 5;
/** A header row needs this many distinct known headers… */
const MIN_HEADER_SCORE = 2;
/** …and at least one that says what the task is or who does it (序号 + 备注 is an attachment list). */
const CORE_FIELDS = new Set<ColumnField>(["title", "content", "units", "leadUnits", "supportUnits"]);
/** Header rows deeper than this are not a header (a two-level header has 2). */
const MAX_HEADER_DEPTH = 3;

/** A header cell's printed text: its lines joined (序 / 号 is 序号). */
export function headerText(slot: Slot | null): string {
  return slot ? joinLines(cellLines(slot.cell.blocks).lines, "header") : "";
}

/** The printed text of each column of a row (a cell spanning columns gives its text to the first). */
export function rowHeaderTexts(dense: DenseTable, r: number): string[] {
  return (dense.slots[r] ?? []).map((s, c) => (s && s.column === c && s.row === r ? headerText(s) : ""));
}

export interface HeaderChoice {
  dense: DenseTable;
  /** First header row. */
  row: number;
  /** Header rows (2 for a two-level header: 责任单位 over 牵头单位 / 配合单位). */
  depth: number;
  score: number;
}

/** The row of a table most like a header, among its first rows; null if none is. */
export function findHeaderRow(dense: DenseTable): HeaderChoice | null {
  let best: HeaderChoice | null = null;
  const rows = Math.min(dense.slots.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const texts = rowHeaderTexts(dense, r);
    const score = headerScore(texts);
    if (score < MIN_HEADER_SCORE || (best && score <= best.score)) continue;
    if (!texts.some((t) => CORE_FIELDS.has(fieldForHeader(t)))) continue;
    const depth = Math.min(MAX_HEADER_DEPTH, dense.slots.length - r, Math.max(1, ...rowSlots(dense, r).filter((s) => s.row === r).map((s) => s.cell.rowspan)));
    best = { dense, row: r, depth, score };
  }
  return best;
}

/** Every table with a breakdown header row, in document order. */
export function headerCandidates(tables: readonly DenseTable[]): HeaderChoice[] {
  return tables.flatMap((dense) => findHeaderRow(dense) ?? []);
}

/** Per-column header texts, normalized, of each header row: a row equal to one of them is a repeated header. */
export function headerSignatures(h: HeaderChoice): string[] {
  const out: string[] = [];
  for (let r = h.row; r < h.row + h.depth; r++) out.push(signature(h.dense, r));
  return out;
}

/** A row's per-column texts, normalized, as one string (for comparing rows with header rows). */
export function signature(dense: DenseTable, r: number): string {
  return JSON.stringify((dense.slots[r] ?? []).map((s) => (s ? normalizeHeader(headerText(s)) : "")));
}

/** One line naming a table and its header row (or first row with text), for NO_TABLE_FOUND. */
export function describeTable(dense: DenseTable): string {
  let row = -1;
  let bestScore = -1;
  for (let r = 0; r < Math.min(dense.slots.length, HEADER_SEARCH_ROWS); r++) {
    const texts = rowHeaderTexts(dense, r);
    if (texts.every((t) => t === "")) continue;
    const score = headerScore(texts);
    if (score > bestScore) {
      bestScore = score;
      row = r;
    }
  }
  const size = `${dense.slots.length} row${dense.slots.length === 1 ? "" : "s"} × ${dense.width} column${dense.width === 1 ? "" : "s"}`;
  const where = `table ${dense.table.index + 1}${dense.table.parent ? ` (inside table ${dense.table.parent.index + 1})` : ""}, ${size}`;
  if (row < 0) return `${where}: no text`;
  const cells = rowHeaderTexts(dense, row).filter((t) => t !== "").map((t) => (t.length > 24 ? `${t.slice(0, 24)}…` : t));
  return `${where}: ${row === 0 ? "first row" : `row ${row + 1}`}: ${cells.join(" | ")}`;
}
