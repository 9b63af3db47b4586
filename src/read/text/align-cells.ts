import { cellKind, expectedKind, fitScore, sameFamily, type CellKind } from "../../genre/cell-types.js";
import type { ColumnField } from "../../model/fields.js";

/**
 * A row printed one cell per line with fewer (merged cells) or more (a cell wrapped over lines)
 * lines than the header has columns: each line goes to the column it reads like, in order. Every
 * column takes a run of consecutive lines (none when its cell is merged or empty); the runs that
 * fit their columns best win (dynamic programming over lines × columns).
 */
export interface AlignColumn {
  field: ColumnField;
  header: string;
}

export interface Alignment {
  /** For each column, the [start, end) run of lines it takes (start === end: none). */
  runs: Array<[number, number]>;
  /** Sum of fits. */
  score: number;
  /** The worst fit of a run that took lines (below 0: a line that does not look like its column). */
  worst: number;
  /** Moving one line across a border between two columns reads almost as well: which column it is in is a guess. */
  ambiguous: boolean;
}

// Two readings closer than this are a guess between them.
const AMBIGUOUS_MARGIN = 0.5;

// Joining lines into one cell costs a little: a wrapped cell must read better joined than apart;
// lines of different kinds (a figure and a unit) joined cost more: they are rarely one cell.
const WRAP_COST = 0.35;
const MIXED_COST = 1;
const WRAPPED_NAME = 0.5;
// A column with no line: a merged or empty cell. Cheaper for the columns tables merge most.
const EMPTY_COST = 0.6;
const EMPTY_COST_MERGED = 0.25;
const OFTEN_MERGED: ReadonlySet<ColumnField> = new Set(["category", "title", "leaders", "target", "deadline", "note", "extra"]);
// A cell of more lines than this is not looked for (a list of units one per line stays within it).
const MAX_LINES_PER_CELL = 8;

export function alignRow(lines: readonly string[], columns: readonly AlignColumn[]): Alignment {
  const n = lines.length;
  const m = columns.length;
  const kinds: CellKind[] = columns.map((c) => expectedKind(c.field, c.header));
  const lineKinds = lines.map((l) => cellKind(l));
  /** What lines [i, k) score in column j (no lines: the cost of an empty cell). */
  const runScore = (j: number, i: number, k: number): number => {
    const col = columns[j] as AlignColumn;
    if (k === i) return -(OFTEN_MERGED.has(col.field) ? EMPTY_COST_MERGED : EMPTY_COST);
    const run = lines.slice(i, k);
    const fit = k - i === 1 ? fitScore(kinds[j] as CellKind, run[0] as string) : Math.max(fitScore(kinds[j] as CellKind, run.join("\n")), fitScore(kinds[j] as CellKind, run.join("")));
    let changes = 0;
    for (let q = i + 1; q < k; q++) if (!sameFamily(lineKinds[q] as CellKind, lineKinds[q - 1] as CellKind)) changes++;
    const wrapped = k - i > 1 && cellKind(run.join("")) === kinds[j] && run.some((l) => cellKind(l) !== kinds[j]);
    return fit - WRAP_COST * (k - i - 1) - (wrapped ? -WRAPPED_NAME : MIXED_COST * changes);
  };
  const NEG = Number.NEGATIVE_INFINITY;
  // best[j][i]: the best score placing lines [0, i) in columns [0, j).
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  const worst: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
  (best[0] as number[])[0] = 0;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i <= n; i++) {
      const here = (best[j] as number[])[i] as number;
      if (here === NEG) continue;
      // No line for this column.
      const none = here + runScore(j, i, i);
      if (none > ((best[j + 1] as number[])[i] as number)) {
        (best[j + 1] as number[])[i] = none;
        (from[j + 1] as number[])[i] = i;
        (worst[j + 1] as number[])[i] = (worst[j] as number[])[i] as number;
      }
      // Lines [i, k) for this column.
      for (let k = i + 1; k <= Math.min(n, i + MAX_LINES_PER_CELL); k++) {
        const runFit = runScore(j, i, k);
        const score = here + runFit;
        if (score > ((best[j + 1] as number[])[k] as number)) {
          (best[j + 1] as number[])[k] = score;
          (from[j + 1] as number[])[k] = i;
          (worst[j + 1] as number[])[k] = Math.min((worst[j] as number[])[i] as number, runFit + WRAP_COST * (k - i - 1));
        }
      }
    }
  }
  const runs: Array<[number, number]> = new Array(m);
  let i = n;
  for (let j = m; j > 0; j--) {
    const f = (from[j] as number[])[i] as number;
    runs[j - 1] = [f, i];
    i = f;
  }
  const score = (best[m] as number[])[n] as number;
  // Move each border between two columns by one line, either way: a reading almost as good is a guess.
  let ambiguous = false;
  if (score > NEG) {
    for (let j = 0; j + 1 < m && !ambiguous; j++) {
      const [a, b] = runs[j] as [number, number];
      const [, c] = runs[j + 1] as [number, number];
      const here = runScore(j, a, b) + runScore(j + 1, b, c);
      for (const moved of [b - 1, b + 1]) {
        if (moved < a || moved > c || moved === b) continue;
        if (here - (runScore(j, a, moved) + runScore(j + 1, moved, c)) < AMBIGUOUS_MARGIN) ambiguous = true;
      }
    }
  }
  return { runs, score, worst: (worst[m] as number[])[n] as number, ambiguous };
}

/** One line per column, in order (as many lines as columns): its total fit and its worst line's. */
export function oneToOne(lines: readonly string[], columns: readonly AlignColumn[]): { score: number; worst: number } {
  const fits = lines.map((line, k) => fitScore(expectedKind((columns[k] as AlignColumn).field, (columns[k] as AlignColumn).header), line));
  return { score: fits.reduce((a, b) => a + b, 0), worst: Math.min(...fits) };
}
