import { readItemNumber } from "../../genre/numbering.js";
import { closesDocument } from "../../genre/site-chrome.js";

/** A line this long is a page flattened into one (its line breaks lost or printed as spaces), not a paragraph. */
export const FLAT_LINE = 600;

/** Two pipes on a line: a pipe table's cells, whose line is a row (or rows run on), never prose. */
export const PIPE_ROW = /\|[^|]*\|/;

// A shorter line is a flattened page too when its lost breaks show as spaces between sentences' words
// (…10件实事 一、解决…问题。 二、新建…): this many such spaces, in a line at least this long.
const SPACED_BREAKS = 3;
const SPACED_LINE = 120;
const SPACED_BREAK = /[\u4e00-\u9fa5。；;：:)）”」][ \u3000]+(?=[\u4e00-\u9fa5(（“「\d])/g;

// …or when headings of an outline are run on inside it after the sentences before them (…制定本方案。一、指导思想…。
// 二、整治范围…, a sharing site's preview cut into chunks of a few hundred characters): this many.
const RUN_IN_HEADINGS = 2;
const RUN_IN_HEADING = /[。；;！？!?][ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(\uff08][一二三四五六七八九十]{1,3}[)\uff09])/g;

/** Whether text[start, end) is one line of a page that lost its line breaks (long, spaced where its lines broke, or holding run-in headings). */
export function isFlatLine(text: string, start: number, end: number): boolean {
  if (end - start >= FLAT_LINE) return true;
  if (end - start < SPACED_LINE) return false;
  const line = text.slice(start, end);
  let breaks = 0;
  SPACED_BREAK.lastIndex = 0;
  while (SPACED_BREAK.exec(line) && ++breaks < SPACED_BREAKS);
  if (breaks >= SPACED_BREAKS) return true;
  let headings = 0;
  RUN_IN_HEADING.lastIndex = 0;
  while (RUN_IN_HEADING.exec(line) && ++headings < RUN_IN_HEADINGS);
  return headings >= RUN_IN_HEADINGS;
}

/** A line (or a cell) whose sentence ended: a stop or a question's, exclamation's or clause's mark at its end. */
export const SENTENCE_CLOSED = /[。；;!！?？]\s*$/;

/** A line of a text, [start, end) without its line break, and its text as printed. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Does the line open with an item's number (1. 一、 (一)), its indent aside? */
export function opensWithItemNumber(text: string, line: TextLine): boolean {
  return readItemNumber(text, line.start + (line.text.length - line.text.trimStart().length)) !== null;
}

/**
 * The lines of text[from, to), each without its "\n" (a "\r" before it stays in the line); lines
 * with nothing but white space left out unless `keepBlank`.
 */
export function textLines(text: string, from = 0, to = text.length, keepBlank = false): TextLine[] {
  const out: TextLine[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === "\n") {
      const line = text.slice(s, i);
      if (keepBlank || line.trim() !== "") out.push({ start: s, end: i, text: line });
      s = i + 1;
    }
  }
  return out;
}

/** A run of non-space characters of a text, [start, end). */
export interface TextWord {
  start: number;
  end: number;
  text: string;
}

/** The words of text[from, to): runs of non-space, the last one cut at `to`. */
export function textWords(text: string, from: number, to: number): TextWord[] {
  const out: TextWord[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ start: m.index, end: Math.min(to, m.index + m[0].length), text: m[0] });
  return out;
}

/**
 * Where the lines that close the document (footer, signature, date; or what `closes` says) begin in
 * text[from, to), after `from`'s own line; `to` when none does.
 */
export function closingLinesStart(text: string, from: number, to = text.length, closes: (line: string) => boolean = closesDocument): number {
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) {
    const lineEnd = text.indexOf("\n", i + 1);
    if (closes(text.slice(i + 1, lineEnd < 0 || lineEnd > to ? to : lineEnd))) return i + 1;
  }
  return to;
}
