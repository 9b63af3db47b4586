import { cellKind, expectedKind, fitScore, sameFamily, type CellKind } from "../../genre/cell-types.js";
import type { ColumnField } from "../../model/fields.js";
import { MIN_UNIT_AFTER_PERSON } from "../../genre/line-breaks.js";
import { personAlone } from "../../genre/people.js";

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
export const AMBIGUOUS_MARGIN = 0.5;

// Joining lines into one cell costs a little: a wrapped cell must read better joined than apart;
// lines of different kinds (a figure and a unit) joined cost more: they are rarely one cell.
const WRAP_COST = 0.35;
const MIXED_COST = 1;
const WRAPPED_NAME = 0.5;
// Names are what a line's end cuts in two (市生态 / 环境局); figures and text are not joined for it.
const NAME_KINDS: ReadonlySet<CellKind> = new Set(["units", "people"]);
// A column with no line: a merged or empty cell. Cheaper for the columns tables merge most.
const EMPTY_COST = 0.6;
const EMPTY_COST_MERGED = 0.25;
const OFTEN_MERGED: ReadonlySet<ColumnField> = new Set(["category", "title", "leaders", "target", "deadline", "extra"]);
// A column usually left empty (备注): no cost for leaving it so.
const EMPTY_COST_USUALLY_EMPTY = 0.05;
// Units one per line under 牵头单位 | 配合单位: the lead is most often one unit, the rest support. Each
// further line kept in the lead costs this much (a small push; units in the lead column's own words win).
const LEAD_LIST_COST = 0.2;
// A line opening with an outline number (一、 (一) 1、): in a numbered row, never a wrapped line of the
// task's name above it (see alignRow).
const OUTLINE_POINT = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{0,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d))/;
const NUMBERED_IN_NAME = -3;
// A cell of more lines than this is not looked for (a list of units one per line stays within it).
const MAX_LINES_PER_CELL = 8;
// Units or people listed one per line (协同单位 printed a unit a line): a list may run longer, and
// each further name is an item of the list, not a wrap of one value.
const MAX_LIST_LINES = 30;
const LIST_ITEM_COST = 0.1;

// Units the row above named in the same column (牵头单位 | 配合单位 with one of them merged): where they go again.
const SAME_AS_ABOVE = 0.4;

/** A run of unit lines naming a unit the cell above in its column named too: the table keeps its columns. */
function sameAsAbove(kind: CellKind, run: readonly string[], above: string | undefined): number {
  if (kind !== "units" || !above) return 0;
  const named = new Set(above.split(/[、,，;；\s]+/).filter((u) => u.length >= 2));
  // Every line of the run units (a deadline after them is no part of it), one of them named above.
  if (!run.every((line) => cellKind(line) === "units")) return 0;
  return run.some((line) => line.split(/[、,，;；\s]+/).some((u) => named.has(u))) ? SAME_AS_ABOVE : 0;
}

// Leaving the one column of wording empty in a row of its own: as costly as a line far from its column.
const OWN_WORDING_EMPTY = 3;

// A task numbered as the genre numbers them (14.改扩建…, 2、按照…): a category groups tasks under a name,
// numbered in Chinese if at all (四、教育文化); a line so numbered is the task's, in the column after it.
const TASK_NUMBERED = /^\s*\d{1,3}\s*[.\uff0e、](?!\d)/;
const NUMBERED_CATEGORY = 2;

/** What placing a line opening with a task's number in a column of categories costs. */
function numberedCategory(field: ColumnField, first: string): number {
  return field === "category" && TASK_NUMBERED.test(first) ? NUMBERED_CATEGORY : 0;
}

/** What leaving a column of this field empty in a row costs. */
export function emptyCost(field: ColumnField): number {
  return field === "note" ? EMPTY_COST_USUALLY_EMPTY : OFTEN_MERGED.has(field) ? EMPTY_COST_MERGED : EMPTY_COST;
}

/**
 * How well a run of lines fits a column expecting `expected`, as one cell: each line apart or joined
 * (with its breaks, or without: a value cut by the line's end). Lines of other kinds joined cost more,
 * unless only joined they read as the column's kind (市生态 / 环境局, 7月底前制定 / 扬尘治理方案): a
 * value wrapped, and for a name a little evidence of the wrap.
 */
function scoreRun(expected: CellKind, run: readonly string[], runKinds: readonly CellKind[], glue: boolean, numbered = false): number {
  if (run.length === 1) return fitScore(expected, run[0] as string, numbered);
  if (NAME_KINDS.has(expected) && runKinds.every((k) => k === expected)) return fitScore(expected, run.join("\n")) - LIST_ITEM_COST * (run.length - 1);
  const fit = Math.max(fitScore(expected, run.join("\n")), glue ? fitScore(expected, run.join("")) : Number.NEGATIVE_INFINITY);
  let changes = 0;
  for (let q = 1; q < run.length; q++) if (!sameFamily(runKinds[q] as CellKind, runKinds[q - 1] as CellKind)) changes++;
  // Any lines joined read as text: a unit's line after a line that closes its sentence (…2万平方米。 /
  // 区教育局) is the next column's, not the text's.
  const unitAfterStop = (expected === "text" || expected === "heading") && run.some((_, q) => q > 0 && runKinds[q] === "units" && /[。！？!?]\s*$/.test(run[q - 1] as string));
  // A person's line over a whole unit's name (陈夏林 / 未来科技城(海创园)) is no name wrapped: a leader's line.
  const personOverUnit = run.some((line, q) => q > 0 && personAlone((run[q - 1] as string).trim()) && line.trim().length >= MIN_UNIT_AFTER_PERSON && runKinds[q] === "units");
  const joinedReads = glue && !unitAfterStop && !personOverUnit && cellKind(run.join("")) === expected && runKinds.some((k) => k !== expected);
  const bonus = joinedReads && NAME_KINDS.has(expected) ? WRAPPED_NAME : 0;
  return fit - WRAP_COST * (run.length - 1) + bonus - (joinedReads ? 0 : MIXED_COST * changes);
}

/**
 * `glue`: pieces may be one value cut in two (市生态 / 环境局, a line's end); false where the pieces
 * were cut at spaces the table printed between its cells, which never cut a name.
 */
export function alignRow(lines: readonly string[], columns: readonly AlignColumn[], glue = true, ownWording = false, above: readonly string[] = []): Alignment {
  const n = lines.length;
  const m = columns.length;
  const kinds: CellKind[] = columns.map((c) => expectedKind(c.field, c.header));
  const lineKinds = lines.map((l) => cellKind(l));
  // A row of its own (its own number) in a table with one column of wording has its wording: never merged from above.
  const wording = kinds.filter((k) => k === "heading" || k === "text").length === 1 ? kinds.findIndex((k) => k === "heading" || k === "text") : -1;
  /** What lines [i, k) score in column j (no lines: the cost of an empty cell). */
  const runScore = (j: number, i: number, k: number): number => {
    const col = columns[j] as AlignColumn;
    if (k === i) return ownWording && j === wording ? -OWN_WORDING_EMPTY : -emptyCost(col.field);
    const listed = col.field === "leadUnits" && columns[j + 1]?.field === "supportUnits" ? LEAD_LIST_COST * (k - i - 1) : 0;
    // A numbered row's name is never more than one numbered point: a line opening with an outline
    // number (一、 (一) 1、) under the name's first line begins the next column's paragraphs.
    if (kinds[j] === "heading" && lines.slice(i + 1, k).some((line) => OUTLINE_POINT.test(line))) return NUMBERED_IN_NAME;
    return scoreRun(kinds[j] as CellKind, lines.slice(i, k), lineKinds.slice(i, k), glue, true) - listed - numberedCategory(col.field, lines[i] as string) + sameAsAbove(kinds[j] as CellKind, lines.slice(i, k), above[j]);
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
      const longest = NAME_KINDS.has(kinds[j] as CellKind) ? MAX_LIST_LINES : MAX_LINES_PER_CELL;
      for (let k = i + 1; k <= Math.min(n, i + longest); k++) {
        if (k - i > MAX_LINES_PER_CELL && lineKinds[k - 1] !== kinds[j]) break;
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
  const score = nestFromLeft(runs, columns, runScore, (best[m] as number[])[n] as number);
  const ambiguous = score > NEG && borderIsGuess(runs, columns, runScore);
  return { runs, score, worst: (worst[m] as number[])[n] as number, ambiguous };
}

// Sub-rows are looked for in a row of at least this many lines more than it has columns.
const MIN_EXTRA_LINES_FOR_SUBROWS = 2;
// Each sub-row costs this, and the cut must read this much better than one row.
const SUBROW_COST = 1.5;
const SUBROW_MARGIN = 1.5;
// Every line fitting its column at least this well: the row reads clearly as one.
const CLEAR_FIT = 0.5;
// A row of more lines than this is not cut into sub-rows (the search is quadratic in its lines).
const MAX_SUBROW_SEARCH_LINES = 60;

/**
 * A numbered row whose number and first cells are merged over sub-rows, one per unit, each with its
 * own content, figures and target (序号 and 项目 printed once): the row's lines cut where each
 * sub-row reads as a row of its own, the merged columns left empty (carried down). Null when the
 * lines read as well as one row.
 */
export function subRows(lines: readonly string[], columns: readonly AlignColumn[]): Array<[number, number]> | null {
  const n = lines.length;
  const m = columns.length;
  if (n < m + MIN_EXTRA_LINES_FOR_SUBROWS || n > MAX_SUBROW_SEARCH_LINES) return null;
  const single = alignRow(lines, columns);
  // A row whose lines read clearly as one row is not cut (and the search is not paid for).
  if (!single.ambiguous && single.worst >= CLEAR_FIT) return null;
  const whole = single.score;
  const kinds = lines.map((l) => cellKind(l));
  const longest = 2 * m + MAX_LINES_PER_CELL;
  const best = new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let k = 1; k <= n; k++) {
    for (let p = Math.max(0, k - longest); p < k; p++) {
      if ((best[p] as number) === Number.NEGATIVE_INFINITY) continue;
      // A sub-row has words or figures of its own, not only the names of its units.
      if (p > 0 && kinds.slice(p, k).every((kind) => NAME_KINDS.has(kind))) continue;
      // The whole row as one (its alignment known already) or a first sub-row, then the sub-rows after it.
      const run = p > 0 ? alignSubRow(lines.slice(p, k), columns) : k === n ? single : alignRow(lines.slice(0, k), columns);
      const score = (best[p] as number) + run.score - SUBROW_COST;
      if (score > (best[k] as number)) {
        best[k] = score;
        from[k] = p;
      }
    }
  }
  const cuts: Array<[number, number]> = [];
  for (let k = n; k > 0; k = from[k] as number) cuts.unshift([from[k] as number, k]);
  return cuts.length > 1 && (best[n] as number) >= whole + SUBROW_MARGIN ? cuts : null;
}

type RunScore = (j: number, i: number, k: number) => number;

/**
 * Merged cells nest from the left: a category printed over a title left empty is the title printed
 * under a merged category (the group spans at least the rows its tasks do). Fixes `runs` in place;
 * returns the score after.
 */
function nestFromLeft(runs: Array<[number, number]>, columns: readonly AlignColumn[], runScore: RunScore, score: number): number {
  let out = score;
  for (let j = 0; j + 1 < runs.length; j++) {
    const [a, b] = runs[j] as [number, number];
    const [c, d] = runs[j + 1] as [number, number];
    if (!nestsWrongly(columns, j, b - a, d - c)) continue;
    out += runScore(j, a, a) + runScore(j + 1, a, b) - (runScore(j, a, b) + runScore(j + 1, c, d));
    runs[j] = [a, a];
    runs[j + 1] = [a, b];
  }
  return out;
}

/** Each border between two columns moved by one line, either way: a reading almost as good makes the border a guess. */
function borderIsGuess(runs: ReadonlyArray<[number, number]>, columns: readonly AlignColumn[], runScore: RunScore): boolean {
  for (let j = 0; j + 1 < runs.length; j++) {
    const [a, b] = runs[j] as [number, number];
    const [, c] = runs[j + 1] as [number, number];
    const here = runScore(j, a, b) + runScore(j + 1, b, c);
    // One unit a line under 牵头单位 | 配合单位: the lead's one unit and the rest support it is the genre's
    // way, not a guess; a second lead unit would be.
    const oneLead = columns[j]?.field === "leadUnits" && columns[j + 1]?.field === "supportUnits" && b - a === 1;
    for (const moved of [b - 1, b + 1]) {
      if (moved < a || moved > c || moved === b || nestsWrongly(columns, j, moved - a, c - moved)) continue;
      if (oneLead && moved === b + 1) continue;
      if (here - (runScore(j, a, moved) + runScore(j + 1, moved, c)) < AMBIGUOUS_MARGIN) return true;
    }
  }
  return false;
}

// A piece that closes a sentence, or opens an item's number or a section's: a border between two cells of text there is printed, not guessed.
const CLOSES_SENTENCE = /[。；;!！?？]\s*$/;
const OPENS_ITEM = /^\s*(?:\d{1,2}[.\uff0e、]|[(\uff08]\d{1,2}[)\uff09]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473])/;

/**
 * Two columns of text side by side (具体措施 | 进展情况), both given pieces cut at the page's spaces, and
 * the border between them inside a sentence (…梳理年内在建项目 | 计划新开工项目清单按月…): nothing printed
 * says where the first cell ends, as a stop or the next cell's item number would. `cells`: each column's
 * pieces, in order.
 */
export function textBorderInSentence(cells: ReadonlyArray<readonly string[]>, columns: readonly AlignColumn[]): boolean {
  for (let j = 0; j + 1 < cells.length; j++) {
    const here = cells[j] as readonly string[];
    const next = cells[j + 1] as readonly string[];
    if (here.length === 0 || next.length === 0) continue;
    const a = columns[j] as AlignColumn;
    const b = columns[j + 1] as AlignColumn;
    if (expectedKind(a.field, a.header) !== "text" || expectedKind(b.field, b.header) !== "text") continue;
    if (!CLOSES_SENTENCE.test(here[here.length - 1] as string) && !OPENS_ITEM.test(next[0] as string)) return true;
  }
  return false;
}

// A piece that ends so goes on in the next: a list's comma, a clause's.
const LIST_GOES_ON = /[、,，;；]\s*$/;

/** Pieces joined into one cell where nothing printed says they are one (加强水资源保 护; not 各区教育局、 市局直属单位). */
export function joinedByGuess(cells: ReadonlyArray<readonly string[]>): boolean {
  return cells.some((parts) => parts.slice(0, -1).some((part) => !LIST_GOES_ON.test(part)));
}

/** A sub-row's lines placed as a row's are, its first column (merged over the sub-rows) left empty. */
export function alignSubRow(lines: readonly string[], columns: readonly AlignColumn[]): Alignment {
  const first = columns[0];
  if (!first) return alignRow(lines, columns);
  const rest = alignRow(lines, columns.slice(1));
  return { ...rest, runs: [[0, 0], ...rest.runs], score: rest.score - emptyCost(first.field) };
}

/** A category column given lines while the title beside it is left empty: merged cells that do not nest. */
function nestsWrongly(columns: readonly AlignColumn[], j: number, linesHere: number, linesNext: number): boolean {
  return linesHere > 0 && linesNext === 0 && columns[j]?.field === "category" && columns[j + 1]?.field === "title";
}

/**
 * One line per column, in order (as many lines as columns): its total fit, its worst line's, and
 * whether it puts a unit's or a person's name in a column of wording.
 */
export function oneToOne(lines: readonly string[], columns: readonly AlignColumn[]): { score: number; worst: number; nameInWording: boolean } {
  const expected = columns.map((c) => expectedKind(c.field, c.header));
  const fits = lines.map((line, k) => fitScore(expected[k] as CellKind, line));
  const nameInWording = lines.some((line, k) => NAME_KINDS.has(cellKind(line)) && WORDING_KINDS.has(expected[k] as CellKind));
  return { score: fits.reduce((a, b) => a + b, 0), worst: Math.min(...fits), nameInWording };
}
const WORDING_KINDS: ReadonlySet<CellKind> = new Set(["text", "heading"]);

/** A table's rows found in a stream of cells with no row numbers: each row the columns in order. */
export interface StreamRow {
  /** For each column, the [start, end) run of atoms it takes. */
  runs: Array<[number, number]>;
  /** A row the reading is not sure of (a cell that does not look like its column). */
  unsure: boolean;
}

export interface StreamReading {
  /** Rows and the group headings between them (an atom alone before a row: 宏观调控), in order. */
  items: Array<{ kind: "row"; row: StreamRow } | { kind: "heading"; atom: number }>;
  score: number;
}

// A group's name printed alone before its first row (a merged first column): it costs a little, so
// that a line is taken for a heading only when it fits no row.
const HEADING_ATOM = 0.3;
const TIE_BREAK = 0.01;
// A column filled in fewer rows than this is one the table leaves empty; in more than this, one it fills.
const RARELY_FILLED = 0.3;
const NEARLY_ALWAYS_FILLED = 0.8;
const RARE_FILL_COST = 3;
// Each row costs this: lines are not cut into more rows than their cells need (a unit wrapped onto a
// line of its own is not a row of its own).
const ROW_COST = 0;
// A row with no text in it (only units, a date) is rarely a row: most likely the end of the row above.
const NO_WORDING_COST = 2;
const MAX_HEADING_ATOM = 16;
// A part's heading numbered 一、 on its own line, however long (一、加强安全生产专项整治三年行动安排部署);
// not (一), which heads a task as often as a part.
const SECTION_POINT = /^\s*[一二三四五六七八九十]{1,3}\s*、[^\n。；;]{2,60}$/;

/**
 * Rows of a table printed with no row numbers (项目 | 分值 | 目标任务 | 监考单位, one cell per line,
 * merged cells missing; or cells separated by single spaces): the atoms are cut into rows, each
 * taking the columns in order, every atom in the column it reads like, by dynamic programming over
 * atoms × columns. A column with no atom in a row is merged from above or empty.
 */
export function alignStream(atoms: readonly string[], columns: readonly AlignColumn[]): StreamReading | null {
  const first = readStream(atoms, columns, null);
  if (!first) return null;
  // A table keeps its habits: a column left empty in most rows (配合单位 never filled) is read as
  // empty again rather than given a line that fits the column before it as well; a column filled
  // in nearly every row is not left empty lightly. Read again with what the first reading showed.
  const rows = first.items.filter((it) => it.kind === "row");
  if (rows.length < MIN_ROWS_FOR_HABITS) return first;
  const filled = columns.map((_, j) => rows.filter((r) => r.kind === "row" && (r.row.runs[j] as [number, number])[1] > (r.row.runs[j] as [number, number])[0]).length / rows.length);
  return readStream(atoms, columns, filled) ?? first;
}

// Habits are learned from a table of at least this many rows.
const MIN_ROWS_FOR_HABITS = 4;

function readStream(atoms: readonly string[], columns: readonly AlignColumn[], filled: readonly number[] | null): StreamReading | null {
  const n = atoms.length;
  const m = columns.length;
  if (n === 0 || m === 0) return null;
  const kinds: CellKind[] = columns.map((c) => expectedKind(c.field, c.header));
  const atomKinds = atoms.map((a) => cellKind(a));
  const runFitOf = (j: number, i: number, k: number): number => scoreRun(kinds[j] as CellKind, atoms.slice(i, k), atomKinds.slice(i, k), true) - numberedCategory((columns[j] as AlignColumn).field, atoms[i] as string);

  const habit = (j: number): number => {
    const f = filled?.[j];
    return f === undefined ? 1 : f < RARELY_FILLED ? 0 : f > NEARLY_ALWAYS_FILLED ? 1.5 : 1;
  };
  // A table with one column of wording (工作任务和内容) has it in every row: never merged, a row without it is lost.
  const wordingColumns = kinds.filter((k) => k === "heading" || k === "text").length;
  const costOfEmpty = (j: number): number => (wordingColumns === 1 && (kinds[j] === "heading" || kinds[j] === "text") ? EMPTY_COST : emptyCost((columns[j] as AlignColumn).field));
  // Of two columns a cell fits as well, it goes to the earlier: merged cells run down the later ones.
  const empty = (j: number): number => -costOfEmpty(j) * habit(j) - TIE_BREAK * (m - j);
  // Filling a column the table leaves empty must beat joining the line to the column before it.
  const fillCost = (j: number): number => (habit(j) === 0 ? RARE_FILL_COST : 0);
  // State (i, j, took): atoms [0, i) read, column j next in the current row; took: 0 no atom in the
  // row yet, 1 atoms but none in a column of text, 2 text too (a row has a task's wording).
  const prose = kinds.map((k) => k === "heading" || k === "text");
  const size = (n + 1) * (m + 1) * 3;
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const back = new Int32Array(size).fill(-1);
  const how = new Int8Array(size); // 0 fill, 1 skip, 2 new row, 3 heading
  const id = (i: number, j: number, took: number): number => (i * (m + 1) + j) * 3 + took;
  best[id(0, 0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    // Twice over the columns: a row that ends at atom i starts the next at the same atom (column m back to 0).
    for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j <= m; j++) {
      for (let took = 0; took < 3; took++) {
        const here = best[id(i, j, took)] as number;
        if (here === Number.NEGATIVE_INFINITY) continue;
        const relax = (to: number, score: number, kind: number): void => {
          if (score > (best[to] as number)) {
            best[to] = score;
            back[to] = id(i, j, took);
            how[to] = kind;
          }
        };
        if (j === m) {
          // The row ends; the next begins (a row takes at least one atom).
          if (took > 0 && i < n) relax(id(i, 0, 0), here - ROW_COST - (took === 1 ? NO_WORDING_COST : 0), 2);
          continue;
        }
        if (j === 0 && took === 0 && i < n && ((atomKinds[i] === "heading" && (atoms[i] as string).length <= MAX_HEADING_ATOM) || SECTION_POINT.test(atoms[i] as string))) relax(id(i + 1, 0, 0), here + HEADING_ATOM, 3);
        relax(id(i, j + 1, took), here + empty(j), 1);
        const after = prose[j] ? 2 : Math.max(took, 1);
        for (let k = i + 1; k <= Math.min(n, i + MAX_LINES_PER_CELL); k++) relax(id(k, j + 1, after), here + runFitOf(j, i, k) - fillCost(j), 0);
      }
    }
  }
  // The reading ends after the last atom, at the end of a row (the last row may stop early: cut).
  let end = -1;
  let endScore = Number.NEGATIVE_INFINITY;
  for (let j = 1; j <= m; j++) {
    for (const took of [1, 2]) {
      const s = (best[id(n, j, took)] as number) + (m - j) * -EMPTY_COST_MERGED - (took === 1 ? NO_WORDING_COST : 0);
      if (s > endScore) {
        endScore = s;
        end = id(n, j, took);
      }
    }
  }
  if (end < 0) return null;
  const steps = walkBack(back, how, end, m);
  return { items: itemsOf(steps, n, columns.length, runFitOf), score: endScore };
}

interface Step {
  i: number;
  j: number;
  /** 0 fill, 1 skip, 2 new row, 3 heading */
  kind: number;
}

/** The steps of the best reading, first to last, from its end state back. */
function walkBack(back: Int32Array, how: Int8Array, end: number, m: number): Step[] {
  const steps: Step[] = [];
  for (let s = end; back[s] !== -1; s = back[s] as number) {
    const prev = back[s] as number;
    steps.push({ i: Math.floor(prev / 3 / (m + 1)), j: Math.floor(prev / 3) % (m + 1), kind: how[s] as number });
  }
  return steps.reverse();
}

/** Rows (each column's run of atoms) and headings from the steps; a row is unsure when a cell fits poorly. */
function itemsOf(steps: readonly Step[], n: number, m: number, runFitOf: (j: number, i: number, k: number) => number): StreamReading["items"] {
  const items: StreamReading["items"] = [];
  let runs: Array<[number, number]> = Array.from({ length: m }, () => [0, 0] as [number, number]);
  let worst = Number.POSITIVE_INFINITY;
  const flush = (): void => {
    items.push({ kind: "row", row: { runs, unsure: worst < CONFIDENT_RUN } });
    runs = Array.from({ length: m }, () => [0, 0] as [number, number]);
    worst = Number.POSITIVE_INFINITY;
  };
  steps.forEach((step, q) => {
    const toI = steps[q + 1]?.i ?? n;
    if (step.kind === 3) items.push({ kind: "heading", atom: step.i });
    else if (step.kind === 2) flush();
    else if (step.kind === 1) runs[step.j] = [step.i, step.i];
    else {
      runs[step.j] = [step.i, toI];
      worst = Math.min(worst, runFitOf(step.j, step.i, toI) + WRAP_COST * (toI - step.i - 1));
    }
  });
  flush();
  return items;
}

// A row is taken as read only when each of its cells fits its column at least this well.
const CONFIDENT_RUN = 0.5;

