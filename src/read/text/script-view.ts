import type { GridCell, GridRow, Paragraph, ReaderEdit, Span } from "../../model/grid.js";
import type { Leftover } from "../../model/message.js";
import type { TextTable } from "./text-table.js";

/**
 * The text reader reads a simplified view of a traditional-script text (genre/script.ts), offset
 * for offset the same as the source; what it read is then given back the characters as printed.
 * A cell's text is its spans' characters in order, with line breaks or spaces a reader put
 * between them: each character from a span is put back from the source at the same offset.
 */
function restore(text: string, positions: Iterable<number>, view: string, source: string): string {
  const out = text.split("");
  const ps = [...positions];
  let i = 0;
  let k = 0;
  // Walk the text and the positions together: equal characters pair up; a character only one side
  // has (a line break a reader dropped or put in, spaces trimmed) is stepped over on that side.
  while (i < out.length && k < ps.length) {
    const p = ps[k] as number;
    const want = view[p] as string;
    if (out[i] === want) {
      out[i] = source[p] as string;
      i++;
      k++;
    } else if (SKIPPABLE.test(want)) k++;
    else if (SKIPPABLE.test(out[i] as string)) i++;
    else k++;
  }
  return out.join("");
}

// What a reader drops from or puts into a cell's text: white space and the separators it joins with.
const SKIPPABLE = /[\s、，,；;。]/;

function* spanPositions(spans: readonly Span[]): Generator<number> {
  for (const s of spans) for (let p = s.start; p < s.end; p++) yield p;
}

function* range(start: number, end: number): Generator<number> {
  for (let p = start; p < end; p++) yield p;
}

function restoreCell<T extends GridCell | Paragraph>(cell: T, view: string, source: string): T {
  if (!cell.spans || cell.spans.length === 0) {
    const { offset, end } = cell.place;
    return offset !== undefined && end !== undefined ? { ...cell, text: restore(cell.text, range(offset, end), view, source) } : cell;
  }
  return { ...cell, text: restore(cell.text, spanPositions(cell.spans), view, source) };
}

function restoreRow(row: GridRow, view: string, source: string): GridRow {
  const cells = row.cells.map((c) => restoreCell(c, view, source));
  const { offset, end } = row.place;
  const raw = offset !== undefined && end !== undefined ? restore(row.raw, range(offset, end), view, source) : row.raw;
  return { ...row, cells, raw };
}

/** The table read from the view, with the source's characters in every cell, paragraph and raw text. */
export function restoreTable(table: TextTable, view: string, source: string): TextTable {
  if (view === source) return table;
  return {
    ...table,
    header: table.header.map((c) => restoreCell(c, view, source)),
    rows: table.rows.map((r) => restoreRow(r, view, source)),
    before: table.before.map((p) => restoreCell(p, view, source)),
    after: table.after.map((p) => restoreCell(p, view, source)),
  };
}

export function restoreEdits(edits: readonly ReaderEdit[], view: string, source: string): ReaderEdit[] {
  if (view === source) return [...edits];
  return edits.map((e) => (view.slice(e.offset, e.offset + e.before.length) === e.before ? { ...e, before: source.slice(e.offset, e.offset + e.before.length) } : e));
}

export function restoreLeftovers(leftovers: readonly Leftover[], view: string, source: string): Leftover[] {
  if (view === source) return [...leftovers];
  return leftovers.map((l) => {
    const { offset, end } = l.where;
    return offset !== undefined && end !== undefined ? { ...l, text: restore(l.text, range(offset, end), view, source) } : l;
  });
}
