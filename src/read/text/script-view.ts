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

/**
 * The offsets where the view and the source differ, sorted: a cell none of whose characters is among
 * them is given back as it is, without walking it (a long OCR'd text has a few o read as 。, not one
 * per cell: npm run bench, read stage).
 */
class Differences {
  private readonly at: number[] = [];

  constructor(view: string, source: string) {
    for (let i = 0; i < view.length; i++) if (view.charCodeAt(i) !== source.charCodeAt(i)) this.at.push(i);
  }

  /** Whether an offset in [start, end) differs. */
  within(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.at[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.at.length && (this.at[lo] as number) < end;
  }
}

interface Script {
  view: string;
  source: string;
  differences: Differences;
}

function restoreCell<T extends GridCell | Paragraph>(cell: T, script: Script): T {
  const { view, source, differences } = script;
  if (!cell.spans || cell.spans.length === 0) {
    const { offset, end } = cell.place;
    return offset !== undefined && end !== undefined && differences.within(offset, end) ? { ...cell, text: restore(cell.text, range(offset, end), view, source) } : cell;
  }
  if (!cell.spans.some((s) => differences.within(s.start, s.end))) return cell;
  return { ...cell, text: restore(cell.text, spanPositions(cell.spans), view, source) };
}

function restoreRow(row: GridRow, script: Script): GridRow {
  const cells = row.cells.map((c) => restoreCell(c, script));
  const { offset, end } = row.place;
  const raw = offset !== undefined && end !== undefined && script.differences.within(offset, end) ? restore(row.raw, range(offset, end), script.view, script.source) : row.raw;
  return { ...row, cells, raw };
}

/** The table read from the view, with the source's characters in every cell, paragraph and raw text. */
export function restoreTable(table: TextTable, view: string, source: string): TextTable {
  if (view === source) return table;
  const script: Script = { view, source, differences: new Differences(view, source) };
  return {
    ...table,
    header: table.header.map((c) => restoreCell(c, script)),
    rows: table.rows.map((r) => restoreRow(r, script)),
    before: table.before.map((p) => restoreCell(p, script)),
    after: table.after.map((p) => restoreCell(p, script)),
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
