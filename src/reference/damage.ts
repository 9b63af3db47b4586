import { diffChars } from "diff";
import type { BreakdownDocument, Task } from "../model/document.js";
import { displayOf, type FieldValue, keyOf, valueKey } from "./fields.js";

/** Rules whose change is a person's or a reference's word, not a sign that the reader struggled. */
const NOT_DAMAGE = new Set(["manual", "reference"]);

/**
 * Characters either side of a damaged spot within which the reference may read otherwise. A
 * repair's before and after already carry six characters of context each side (repair/rule.ts
 * `context`); two more allow for a character the reader dropped next to it.
 */
const SPOT_MARGIN = 2;

/**
 * Of the longer reading, at most this share may differ for the reference's reading to count as
 * the same cell read better. Measured on nothing beyond the fixtures: a page marker that ate a
 * character, a misplaced quote, an OCR letter change a character or two in a cell of 30–200.
 */
export const MAX_CHANGED_SHARE = 0.2;

interface Span {
  start: number;
  end: number;
}

/**
 * Where in the input's cell the reader struggled, as spans of its key (keyOf): each place a
 * recorded repair's `after` stands, and the whole cell where a repair or a message covers it
 * (cells put back together around the number, a field-check warning). Empty: nothing recorded.
 */
export function damagedSpans(doc: BreakdownDocument, task: Task, field: string, value: FieldValue): Span[] {
  const cell = valueKey(value, field);
  const spans: Span[] = [];
  const whole = { start: 0, end: cell.length };
  for (const r of task.repairs) {
    if (r.field !== field || NOT_DAMAGE.has(r.ruleId)) continue;
    const after = keyOf(r.after, field);
    if (after.length === 0 || after.length >= cell.length) {
      spans.push(whole);
      continue;
    }
    for (let at = cell.indexOf(after); at !== -1; at = cell.indexOf(after, at + 1)) spans.push({ start: at, end: at + after.length });
  }
  if (doc.messages.some((m) => m.seq === task.seq && m.field === field)) spans.push(whole);
  return spans;
}

/**
 * The reference's reading of a cell is the better one when the input's cell is damaged (a
 * recorded repair or message on it), the two read the same but for a few characters, and every
 * place they differ lies at a damaged spot: what the reference says elsewhere in the cell is then
 * no evidence, and a cell of another version that was reworded is left alone.
 */
export function readsBetter(doc: BreakdownDocument, task: Task, field: string, input: FieldValue, reference: FieldValue): boolean {
  const spans = damagedSpans(doc, task, field, input);
  if (spans.length === 0) return false;
  const a = valueKey(input, field);
  const b = valueKey(reference, field);
  // The same characters: better only as a list split otherwise (names run together in the input).
  if (a === b) return typeof input !== "string" && typeof reference !== "string" && displayOf(input) !== displayOf(reference);
  let at = 0;
  let changed = 0;
  for (const part of diffChars(a, b)) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      at += length;
      continue;
    }
    changed += length;
    const end = part.removed ? at + length : at;
    if (!spans.some((s) => at >= s.start - SPOT_MARGIN && end <= s.end + SPOT_MARGIN)) return false;
    if (part.removed) at += length;
  }
  return changed <= MAX_CHANGED_SHARE * Math.max(a.length, b.length);
}
