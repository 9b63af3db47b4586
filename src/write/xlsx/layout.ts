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
  const n = fits.length;
  const measured = rows.map((row) => fits.map((_, j) => paragraphWidths(row[j] ?? "")));
  const natural = fits.map((fit, j) => {
    let w = fit.min;
    for (const row of measured) for (const p of row[j] as number[]) w = Math.max(w, p);
    return Math.min(w, Math.max(fit.max, fit.min));
  });
  if (natural.reduce((s, w) => s + widthFor(w), 0) <= budget) return natural.map(widthFor);
  const half = fits.map((f) => f.min);
  const total = (): number => half.reduce((s, w) => s + widthFor(w), 0);
  // Short columns (a deadline, a task name, two contacts) first get room for their longest text:
  // a wrapped 2024年12月底前 reads worse than one more line of a long paragraph.
  const byNatural = [...natural.keys()].sort((a, b) => (natural[a] as number) - (natural[b] as number));
  for (const j of byNatural) {
    const w = natural[j] as number;
    if (w > SHORT_TEXT) break;
    if (total() - widthFor(half[j] as number) + widthFor(w) <= budget) half[j] = w;
  }
  const lines = (j: number, hw: number): number[] => measured.map((row) => linesOf(row[j] as number[], widthFor(hw)));
  const current = fits.map((_, j) => lines(j, half[j] as number));
  const m = measured.length;
  // The cost of a layout is its height in lines (each row as tall as its tallest cell), ties broken
  // by the lines in all cells: tall + all / (n·m + 1). Widening one column changes only that
  // column's lines, so each candidate's gain is worked out from it and, per row, the tallest cell
  // outside it: O(rows) per candidate instead of O(rows × columns). Gains differ by at least
  // 1 / (n·m + 1), far more than rounding, so the choices are those of the full sum.
  const share = n * m + 1;
  const top = new Array<number>(m).fill(1);
  const topColumn = new Array<number>(m).fill(-1);
  const second = new Array<number>(m).fill(1);
  // A candidate's lines stay valid until its column is widened.
  const widened: (number[] | null)[] = fits.map(() => null);
  const STEP = 2;
  while (total() + widthFor(STEP) - widthFor(0) <= budget) {
    for (let i = 0; i < m; i++) {
      let first = 1;
      let firstColumn = -1;
      let next = 1;
      for (let j = 0; j < n; j++) {
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
    let best = -1;
    let bestGain = 0;
    let bestLines: number[] = [];
    for (let j = 0; j < n; j++) {
      if ((half[j] as number) >= (natural[j] as number)) continue;
      const next = (widened[j] ??= lines(j, Math.min((half[j] as number) + STEP, natural[j] as number)));
      const now = current[j] as number[];
      let tall = 0;
      let all = 0;
      for (let i = 0; i < m; i++) {
        const l = next[i] as number;
        const others = topColumn[i] === j ? (second[i] as number) : (top[i] as number);
        tall += (l > others ? l : others) - (top[i] as number);
        all += l - (now[i] as number);
      }
      const gain = -(tall + all / share);
      if (gain > bestGain + 1e-9) {
        best = j;
        bestGain = gain;
        bestLines = next;
      }
    }
    if (best < 0) {
      // A plateau (no line saved by two more cells): widen the column furthest from its natural width.
      for (let j = 0; j < n; j++) {
        const room = (natural[j] as number) - (half[j] as number);
        if (room > 0 && (best < 0 || room > (natural[best] as number) - (half[best] as number))) best = j;
      }
      if (best < 0) break;
      bestLines = widened[best] ?? lines(best, Math.min((half[best] as number) + STEP, natural[best] as number));
    }
    half[best] = Math.min((half[best] as number) + STEP, natural[best] as number);
    current[best] = bestLines;
    widened[best] = null;
  }
  return half.map(widthFor);
}
