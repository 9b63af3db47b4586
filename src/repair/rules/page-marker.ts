import type { Located } from "../../model/located.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { context, type RepairRule } from "../rule.js";

interface Range {
  start: number;
  end: number;
  task: number;
  field: string;
  value: Located;
  fragment: boolean;
}

/** Index in `value` of the first character at or after source offset `offset`. */
function indexAfter(value: Located, offset: number): number {
  for (let i = 0; i < value.text.length; i++) {
    const o = value.sourceOffset(i);
    if (o !== null && o >= offset) return i;
  }
  return value.text.length;
}

/**
 * Sharing sites print `N、` at the start of each page, glued into the sentence the page
 * broke (seed, page 2: a marker in the middle of a sentence of row 2). The reader cut them out; this rule records
 * each cut on the task and field it fell in, with the sentence around it.
 */
export const pageMarker: RepairRule = readerEditRule("page-marker", "Page markers (N、) of a document-sharing site removed from inside cells.");

/** A rule that only records the cuts the reader made under its id (page markers, glosses, a site's noise). */
export function readerEditRule(id: string, description: string): RepairRule {
  return { id, description, apply: (doc: WorkDoc): WorkDoc => recordReaderEdits(doc, id) };
}

/** Record each cut the reader made with rule `ruleId` on the task and field it fell in (or as a message between cells). */
export function recordReaderEdits(doc: WorkDoc, ruleId: string): WorkDoc {
    if (!doc.edits.some((e) => e.ruleId === ruleId)) return doc;
    const ranges: Range[] = [];
    doc.tasks.forEach((task, i) => {
      const add = (field: string, value: Located, fragment: boolean): void => {
        const start = value.firstSourceOffset();
        const end = value.lastSourceEnd();
        if (start !== null && end !== null) ranges.push({ start, end, task: i, field, value, fragment });
      };
      for (const [field, value] of task.cells) add(field, value, false);
      for (const [header, value] of task.extra) add(`extra.${header}`, value, false);
      if (task.fragment) for (const [field, value] of task.fragment.cells) add(field, value, true);
    });
    ranges.sort((a, b) => a.start - b.start);
    const tasks: WorkTask[] = [...doc.tasks];
    const messages = [...doc.messages];
    for (const edit of doc.edits) {
      if (edit.ruleId !== ruleId) continue;
      // Binary search the last range starting before the edit.
      let lo = 0;
      let hi = ranges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ranges[mid] as Range).start < edit.offset) lo = mid + 1;
        else hi = mid;
      }
      const r = lo > 0 ? ranges[lo - 1] : undefined;
      if (r && edit.offset < r.end) {
        const at = indexAfter(r.value, edit.offset);
        const { left, right } = context(r.value.text, at, at);
        const task = tasks[r.task] as WorkTask;
        tasks[r.task] = {
          ...task,
          repairs: [
            ...task.repairs,
            {
              ruleId,
              field: r.field,
              before: `${left}${edit.before}${right}`,
              after: `${left}${edit.after}${right}`,
              where: edit.place,
              reason: `${edit.reason}${r.fragment ? " (in the part of the row printed before its number)" : ""}`,
            },
          ],
        };
      } else {
        messages.push({
          ruleId,
          severity: "info",
          reason: `${edit.reason} It fell between cells, so no field changed.`,
          seq: null,
          field: null,
          where: edit.place,
          actual: edit.before,
          expected: edit.after,
        });
      }
    }
    return { ...doc, tasks, messages };
}
