/**
 * Column widths and row heights for wrapped Chinese text. Excel measures a column in characters
 * of the default font (Calibri 11: 7 px a digit, +5 px padding); the cells use 宋体 11, where a
 * Chinese character is a full em (~14.7 px, two half-width cells) and Latin text half of that.
 * Heights are set explicitly: Excel does not fit a row to wrapped text when it opens a file.
 */

// East Asian Wide and Fullwidth characters, and the punctuation CJK fonts draw full width
// (“ ” ‘ ’ … — ① ■ ★ in 宋体), count two half-width cells: U+1100–115F, 2010–2027, 2460–24FF,
// 25A0–25FF, 2605–2606, 2E80–303E, 3041–33FF, 3400–4DBF, 4E00–9FFF, A000–A4CF, AC00–D7A3,
// F900–FAFF, FE30–FE4F, FF00–FF60, FFE0–FFE6 and U+20000–3FFFD. Compared by code unit, not with a
// regular expression per character: every cell of every sheet is measured to set its row's height.
function wideUnit(c: number): boolean {
  if (c >= 0x4e00) {
    return c <= 0x9fff || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xffe0 && c <= 0xffe6);
  }
  if (c >= 0x2e80) return c <= 0x303e || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf);
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x25a0 && c <= 0x25ff) || c === 0x2605 || c === 0x2606 || (c >= 0x1100 && c <= 0x115f);
}

// The width of each UTF-16 code unit, made once: 1 or 2, and 0 for the two that need a second
// look, a line break and the first half of a surrogate pair.
let unitWidths: Uint8Array | null = null;
function widthTable(): Uint8Array {
  if (unitWidths === null) {
    unitWidths = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) unitWidths[c] = wideUnit(c) ? 2 : 1;
    unitWidths[10] = 0;
    unitWidths.fill(0, 0xd800, 0xdc00);
  }
  return unitWidths;
}

/** Where the last `widthUntilBreak` stopped: the index of the line break, or the text's length. */
let stoppedAt = 0;

/** Width of `text` from `start` to the next line break (or the end), in half-width cells; `stoppedAt` says where it stopped. */
function widthUntilBreak(text: string, start: number): number {
  const table = widthTable();
  let width = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = table[c] as number;
    if (w !== 0) {
      width += w;
      continue;
    }
    if (c === 10) break;
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      // A supplementary character: wide in planes 2 and 3 (CJK Extension B and after).
      const point = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      width += point >= 0x20000 && point <= 0x3fffd ? 2 : 1;
      i++;
    } else width += 1; // a lone surrogate
  }
  stoppedAt = i;
  return width;
}

/** Width of one line of text in half-width cells (a Chinese character is 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let start = 0; start <= text.length; ) {
    width += widthUntilBreak(text, start);
    if (stoppedAt < text.length) width += 1; // a line break counts as one cell
    start = stoppedAt + 1;
  }
  return width;
}

/** Half-width cells that fit on one line of a column `width` Excel units wide (conservative). */
export function capacityOf(width: number): number {
  return Math.max(1, Math.floor((width * 7) / 7.6));
}

/** Excel width units for a column that holds `halfWidths` on a line. */
export function widthFor(halfWidths: number): number {
  return Math.ceil(((halfWidths * 7.6) / 7) * 10) / 10 + 1;
}

/** Widths of a text's paragraphs (its lines before wrapping), in half-width cells. */
export function paragraphWidths(text: string): number[] {
  const widths: number[] = [];
  for (let start = 0; start <= text.length; ) {
    widths.push(widthUntilBreak(text, start));
    start = stoppedAt + 1;
  }
  return widths;
}

/** Lines that paragraphs of these widths take in a column `width` Excel units wide, wrapping at any character. */
export function linesOf(widths: readonly number[], width: number): number {
  const cap = capacityOf(width);
  let lines = 0;
  for (const w of widths) lines += Math.max(1, Math.ceil(w / cap));
  return lines;
}

/** Lines a text takes in a column `width` Excel units wide. */
export function linesIn(text: string, width: number): number {
  const cap = capacityOf(width);
  // No character is wider than two cells: a short text without a line break is one line, unmeasured.
  if (text.length * 2 <= cap && !text.includes("\n")) return 1;
  let lines = 0;
  for (let start = 0; start <= text.length; ) {
    lines += Math.max(1, Math.ceil(widthUntilBreak(text, start) / cap));
    start = stoppedAt + 1;
  }
  return lines;
}

/** Row height in points for `lines` lines of 11 pt text (line height fits 宋体 and Noto CJK). */
export function heightFor(lines: number, fontSize = 11): number {
  return Math.ceil(lines * fontSize * 1.4 + 6);
}

/** A column whose longest line is at most this (half-width cells, 15 Chinese characters) is kept on one line when the page allows. */
const SHORT_TEXT = 30;

export interface ColumnFit {
  /** Narrowest the column may be, in half-width cells (its header, its longest list item). */
  min: number;
  /** Widest the column is worth making, in half-width cells. */
  max: number;
}

/**
 * Widths (Excel units) that share `budget` among columns so the table is as short as possible:
 * every column starts at its minimum, short columns get their full width, then the width goes,
 * two cells at a time, to the column whose widening saves the most lines over the sample rows
 * (ties: fewest lines in all cells).
 */
export function fitColumnWidths(rows: readonly (readonly string[])[], fits: readonly ColumnFit[], budget: number): number[] {
  const measured = rows.map((row) => fits.map((_, j) => paragraphWidths(row[j] ?? "")));
  const natural = naturalWidths(measured, fits);
  if (totalWidth(natural) <= budget) return natural.map(widthFor);
  const half = fits.map((f) => f.min);
  fitShortColumns(natural, half, budget);
  widenColumns(measured, natural, half, budget);
  return half.map(widthFor);
}

/** Half-width cells a column is widened by at each step of the search. */
const WIDEN_STEP = 2;

/** Gains closer than this are equal: far below the 1 / (n·m + 1) that tells two real gains apart, far above rounding. */
const GAIN_TOLERANCE = 1e-9;

/** Paragraph widths (half-width cells) of each sample row, column by column: measured[row][column][paragraph]. */
type Measured = readonly (readonly (readonly number[])[])[];

/** Excel units taken by columns of these widths in half-width cells. */
function totalWidth(halfWidths: readonly number[]): number {
  return halfWidths.reduce((s, w) => s + widthFor(w), 0);
}

/** Each column's longest line (half-width cells), at least its minimum and at most its maximum. */
function naturalWidths(measured: Measured, fits: readonly ColumnFit[]): number[] {
  return fits.map((fit, j) => {
    let w = fit.min;
    for (const row of measured) for (const p of row[j] as number[]) w = Math.max(w, p);
    return Math.min(w, Math.max(fit.max, fit.min));
  });
}

// Short columns (a deadline, a task name, two contacts) first get room for their longest text:
// a wrapped 2024年12月底前 reads worse than one more line of a long paragraph.
function fitShortColumns(natural: readonly number[], half: number[], budget: number): void {
  const byNatural = [...natural.keys()].sort((a, b) => (natural[a] as number) - (natural[b] as number));
  for (const j of byNatural) {
    const w = natural[j] as number;
    if (w > SHORT_TEXT) break;
    if (totalWidth(half) - widthFor(half[j] as number) + widthFor(w) <= budget) half[j] = w;
  }
}

/** Lines column `j` takes in each sample row at `halfWidth` half-width cells. */
function columnLines(measured: Measured, j: number, halfWidth: number): number[] {
  return measured.map((row) => linesOf(row[j] as number[], widthFor(halfWidth)));
}

/** The search for widths: the columns' widths now and at most, and the lines they take in the sample rows. */
interface Widening {
  measured: Measured;
  natural: readonly number[];
  half: number[];
  /** Lines of each column in each sample row at its width now. */
  current: number[][];
  /** Lines of each column one step wider: valid until its column is widened. */
  widened: (number[] | null)[];
  /** n·m + 1: the lines in all cells, divided by it, break ties between layouts of the same height. */
  share: number;
  /** Per sample row: the tallest cell's lines, its column, and the lines of the tallest cell outside that column. */
  top: number[];
  topColumn: number[];
  second: number[];
}

// The cost of a layout is its height in lines (each row as tall as its tallest cell), ties broken
// by the lines in all cells: tall + all / (n·m + 1). Widening one column changes only that
// column's lines, so each candidate's gain is worked out from it and, per row, the tallest cell
// outside it: O(rows) per candidate instead of O(rows × columns). Gains differ by at least
// 1 / (n·m + 1), far more than rounding, so the choices are those of the full sum.
function widenColumns(measured: Measured, natural: readonly number[], half: number[], budget: number): void {
  const m = measured.length;
  const search: Widening = {
    measured,
    natural,
    half,
    current: half.map((w, j) => columnLines(measured, j, w)),
    widened: half.map(() => null),
    share: half.length * m + 1,
    top: new Array<number>(m).fill(1),
    topColumn: new Array<number>(m).fill(-1),
    second: new Array<number>(m).fill(1),
  };
  while (totalWidth(half) + widthFor(WIDEN_STEP) - widthFor(0) <= budget) {
    rankCells(search);
    const choice = bestWidening(search) ?? plateauWidening(search);
    if (choice === null) break;
    half[choice.column] = oneStepWider(search, choice.column);
    search.current[choice.column] = choice.lines;
    search.widened[choice.column] = null;
  }
}

/** Column `j`'s width one step wider, at most its natural width. */
function oneStepWider(search: Widening, j: number): number {
  return Math.min((search.half[j] as number) + WIDEN_STEP, search.natural[j] as number);
}

/** For each sample row, the tallest cell, its column, and the tallest cell outside that column. */
function rankCells(search: Widening): void {
  const { current, top, topColumn, second } = search;
  for (let i = 0; i < top.length; i++) {
    let first = 1;
    let firstColumn = -1;
    let next = 1;
    for (let j = 0; j < current.length; j++) {
      const l = (current[j] as number[])[i] as number;
      if (l > first) {
        next = first;
        first = l;
        firstColumn = j;
      } else if (l > next) next = l;
    }
    top[i] = first;
    topColumn[i] = firstColumn;
    second[i] = next;
  }
}

/** The column whose widening by one step saves the most, with its lines then; null when none saves anything. */
function bestWidening(search: Widening): { column: number; lines: number[] } | null {
  let best = -1;
  let bestGain = 0;
  let bestLines: number[] = [];
  for (let j = 0; j < search.half.length; j++) {
    if ((search.half[j] as number) >= (search.natural[j] as number)) continue;
    const next = (search.widened[j] ??= columnLines(search.measured, j, oneStepWider(search, j)));
    const gain = widenGain(search, j, next);
    if (gain > bestGain + GAIN_TOLERANCE) {
      best = j;
      bestGain = gain;
      bestLines = next;
    }
  }
  return best < 0 ? null : { column: best, lines: bestLines };
}

/** What column `j` taking `next` lines in each row saves: lines of height, plus lines in all cells over `share`. */
function widenGain(search: Widening, j: number, next: readonly number[]): number {
  const { top, topColumn, second } = search;
  const now = search.current[j] as number[];
  let tall = 0;
  let all = 0;
  for (let i = 0; i < top.length; i++) {
    const l = next[i] as number;
    const others = topColumn[i] === j ? (second[i] as number) : (top[i] as number);
    tall += (l > others ? l : others) - (top[i] as number);
    all += l - (now[i] as number);
  }
  return -(tall + all / search.share);
}

// A plateau (no line saved by two more cells): widen the column furthest from its natural width.
function plateauWidening(search: Widening): { column: number; lines: number[] } | null {
  const { half, natural } = search;
  let best = -1;
  for (let j = 0; j < half.length; j++) {
    const room = (natural[j] as number) - (half[j] as number);
    if (room > 0 && (best < 0 || room > (natural[best] as number) - (half[best] as number))) best = j;
  }
  if (best < 0) return null;
  return { column: best, lines: search.widened[best] ?? columnLines(search.measured, best, oneStepWider(search, best)) };
}
