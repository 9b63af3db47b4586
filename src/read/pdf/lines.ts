import type { TextRun } from "./page-content.js";

/**
 * Runs of text into printed lines, and lines into paragraphs. A PDF keeps no paragraphs: a
 * line that stops short of the right edge ends one, a line the next line's first word would not
 * have fitted on was wrapped there (how a word processor breaks lines).
 */

/** A line of text: its runs joined, with the box and size of a run. */
export interface Line extends TextRun {
  runs: TextRun[];
}

// Runs whose baselines are closer than this part of the font size are on one line.
const SAME_LINE = 0.5;
// A gap wider than this part of the font size between two runs is a space (between Latin words).
const SPACE_GAP = 0.2;
// Two lines of one paragraph are closer than this part of the font size (between the bottom of one and the top of the next).
const LINE_GAP = 0.8;
// Wide characters (CJK, full-width punctuation): no space is printed between them and anything.
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u201f\u2026]/;
// Opening punctuation a line may not end with.
const OPENING = /^[(（《「『【“‘[]+/;
// Closing punctuation a line may not start with: it stays on the line before with the character before it.
const CLOSING = /^[，。、；：！？）》」』】,.;:!?)\]’”%]+/;

/**
 * The largest and smallest of many values. A loop, not Math.max(...values): a hostile page can put
 * more runs on one line than a call takes arguments.
 */
export function maxOf(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let out = start;
  for (const v of values) if (v > out) out = v;
  return out;
}

export function minOf(values: Iterable<number>, start = Number.POSITIVE_INFINITY): number {
  let out = start;
  for (const v of values) if (v < out) out = v;
  return out;
}

/** Runs on one line as that line: its text (a space where a gap parts two Latin words), its box. */
export function lineOf(runs: TextRun[]): Line {
  runs.sort((a, b) => a.x0 - b.x0);
  let text = "";
  let prev: TextRun | null = null;
  for (const run of runs) {
    if (prev) {
      const gap = run.x0 - prev.x1;
      const a = prev.text.trimEnd().slice(-1);
      const b = run.text.trimStart().slice(0, 1);
      if (gap > SPACE_GAP * Math.max(prev.size, run.size) && !WIDE.test(a) && !WIDE.test(b) && !/\s$/.test(text)) text += " ";
    }
    text += prev ? run.text : run.text.trimStart();
    prev = run;
  }
  text = text.trimEnd();
  return {
    runs,
    text,
    x0: minOf(runs.map((r) => r.x0)),
    x1: maxOf(runs.map((r) => r.x1)),
    top: minOf(runs.map((r) => r.top)),
    bottom: maxOf(runs.map((r) => r.bottom)),
    baseline: runs.reduce((n, r) => n + r.baseline, 0) / runs.length,
    size: maxOf(runs.map((r) => r.size)),
  };
}

/** Runs grouped into lines by their baselines, top to bottom, each line's runs left to right. */
export function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.baseline - baseline) > SAME_LINE * run.size) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) baseline = run.baseline;
    current.push(run);
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf);
}

/** The width the first word (or wide character, with the marks that must stay with it) of a line takes. */
function firstWordWidth(line: Line): number {
  const text = line.text;
  // Opening marks may not end a line: they go down with the character after them.
  const opening = OPENING.exec(text)?.[0] ?? "";
  const rest = text.slice(opening.length);
  const latin = /^[A-Za-z0-9][A-Za-z0-9.\-/%]*/.exec(rest);
  const word = opening.length + (latin ? latin[0].length : Math.min(rest.length, 1) + (CLOSING.exec(rest.slice(1))?.[0].length ?? 0));
  // The word's characters across the line's runs, each as wide as its run's characters on average.
  let width = 0;
  let left = word;
  for (const run of line.runs) {
    const chars = run.text.trim().length;
    if (chars === 0) continue;
    const take = Math.min(left, chars);
    width += (take * (run.x1 - run.x0)) / chars;
    left -= take;
    if (left === 0) break;
  }
  return width;
}

/** A paragraph of a box: its text and where its first line is. */
export interface PdfParagraph {
  text: string;
  top: number;
  x0: number;
}

/**
 * The lines of one box (a cell, a column's part of a row, the page outside the tables) as
 * paragraphs: a line is joined to the one before when the line before was wrapped, that is
 * when the first word of this one would not have fitted after it before `right` (the box's
 * right edge, less the padding).
 */
export function paragraphsOf(lines: readonly Line[], right: number): PdfParagraph[] {
  const out: PdfParagraph[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const last = out[out.length - 1];
    // A gap of more than a line between two lines is a paragraph's spacing: no wrap.
    const wrapped = prev !== null && line.top - prev.bottom < LINE_GAP * line.size && prev.x1 + firstWordWidth(line) > right + 0.5;
    if (wrapped && last) {
      const space = /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text) ? " " : "";
      last.text += space + line.text;
    } else {
      out.push({ text: line.text, top: line.top, x0: line.x0 });
    }
    prev = line;
  }
  return out;
}
