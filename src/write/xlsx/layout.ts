/**
 * Column widths and row heights for wrapped Chinese text. Excel measures a column in characters
 * of the default font (Calibri 11: 7 px a digit, +5 px padding); the cells use 宋体 11, where a
 * Chinese character is a full em (~14.7 px, two half-width cells) and Latin text half of that.
 * Heights are set explicitly: Excel does not fit a row to wrapped text when it opens a file.
 */

// East Asian Wide and Fullwidth characters, and the punctuation CJK fonts draw full width
// (“ ” ‘ ’ … — ① ■ ★ in 宋体), count two half-width cells.
const WIDE =
  /^[\u1100-\u115f\u2010-\u2027\u2460-\u24ff\u25a0-\u25ff\u2605\u2606\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

/** Width of one line of text in half-width cells (a Chinese character is 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
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
  return text.split("\n").map(displayWidth);
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
  return linesOf(paragraphWidths(text), width);
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
  const cost = (cols: readonly number[][]): number => {
    let tall = 0;
    let all = 0;
    for (let i = 0; i < measured.length; i++) {
      let max = 1;
      for (let j = 0; j < n; j++) {
        const l = (cols[j] as number[])[i] as number;
        all += l;
        if (l > max) max = l;
      }
      tall += max;
    }
    return tall + all / (n * measured.length + 1);
  };
  const STEP = 2;
  while (total() + widthFor(STEP) - widthFor(0) <= budget) {
    const base = cost(current);
    let best = -1;
    let bestGain = 0;
    let bestLines: number[] = [];
    for (let j = 0; j < n; j++) {
      if ((half[j] as number) >= (natural[j] as number)) continue;
      const next = lines(j, Math.min((half[j] as number) + STEP, natural[j] as number));
      const trial = current.slice();
      trial[j] = next;
      const gain = base - cost(trial);
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
      bestLines = lines(best, Math.min((half[best] as number) + STEP, natural[best] as number));
    }
    half[best] = Math.min((half[best] as number) + STEP, natural[best] as number);
    current[best] = bestLines;
  }
  return half.map(widthFor);
}
