import { diffChars } from "diff";
import type { ReferenceRow } from "../model/message.js";
import type { ReferenceCells, WorkTask } from "../model/work.js";

/**
 * Of the longer reading, at most this share may be edited (a character replaced, dropped or
 * added counts one) for a reference's cell to count as the same cell read otherwise here and
 * there; more, and it is another text (reworded, or aligned with the wrong row), which says
 * nothing about single characters. The bound the reference stage uses for a damaged cell read
 * better (src/reference/damage.ts MAX_CHANGED_SHARE); a short title may take MIN_EDITS (seed
 * row 2, 黄物落实法规制度体系: two in ten), as long as less than half of it is edited.
 */
export const MAX_CHANGED_SHARE = 0.2;
const MIN_EDITS = 2;

/** Characters either side of another rule's recorded repair within which a difference is that repair's business (a page marker that ate a character), not a slip's. */
const SPOT_MARGIN = 2;

/** A place where a reference reads a field otherwise: [start, end) of the field's text, and the reference's text there. */
export interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** One reference's reading of one field: where it differs from the input's text. */
export interface ReferenceView {
  row: ReferenceRow;
  hunks: Hunk[];
}

/** Where `reference` reads `text` otherwise, or null when it differs too much to be the same cell. */
export function hunksOf(text: string, reference: string): Hunk[] | null {
  const out: Hunk[] = [];
  let at = 0;
  let edits = 0;
  let cur: Hunk | null = null;
  const close = (h: Hunk): void => {
    edits += Math.max(h.end - h.start, h.text.length);
    out.push(h);
  };
  for (const part of diffChars(text, reference)) {
    if (!part.added && !part.removed) {
      if (cur) close(cur);
      cur = null;
      at += part.value.length;
      continue;
    }
    cur ??= { start: at, end: at, text: "" };
    if (part.removed) {
      at += part.value.length;
      cur.end = at;
    } else cur.text += part.value;
  }
  if (cur) close(cur);
  const longer = Math.max(text.length, reference.length);
  return edits <= Math.max(MIN_EDITS, MAX_CHANGED_SHARE * longer) && 2 * edits < longer ? out : null;
}

/**
 * Spans of `text` where rules other than `ruleId` recorded a repair on `field` (found by the
 * repair's `after`, as the reference stage finds damaged spots): differences there are left to
 * the reference stage, which reads damaged cells from a reference.
 */
function repairedSpans(task: WorkTask, field: string, text: string, ruleId: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const r of task.repairs) {
    if (r.field !== field || r.ruleId === ruleId || r.after === "") continue;
    for (let at = text.indexOf(r.after); at !== -1; at = text.indexOf(r.after, at + 1)) spans.push([at, at + r.after.length]);
  }
  return spans;
}

/**
 * How each reference that has the field reads it: its differences from `text` outside the spots
 * other rules repaired. A reference whose cell differs too much is left out.
 */
export function referenceViews(task: WorkTask, field: string, text: string, references: readonly ReferenceCells[] | undefined, ruleId: string): ReferenceView[] {
  if (!references) return [];
  const views: ReferenceView[] = [];
  let spans: Array<[number, number]> | null = null;
  for (const ref of references) {
    const reading = ref.cells.get(field);
    if (reading === undefined) continue;
    const hunks = hunksOf(text, reading);
    if (hunks === null) continue;
    spans ??= repairedSpans(task, field, text, ruleId);
    const open = spans;
    views.push({ row: ref.row, hunks: hunks.filter((h) => !open.some(([s, e]) => h.start >= s - SPOT_MARGIN && h.end <= e + SPOT_MARGIN)) });
  }
  return views;
}
