import { BreakdownError, detail } from "../errors.js";
import { extraKey } from "../model/document.js";
import { Located } from "../model/located.js";
import type { WorkDoc, WorkTask } from "../model/work.js";
import { LIST_FIELDS } from "../model/fields.js";
import type { Fixes } from "../model/fixes.js";

export { FixesSchema, parseFixes, type Fixes } from "../model/fixes.js";

const FIXABLE = ["title", "content", "category", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note", "section"] as const;
const LIST: ReadonlySet<string> = new Set(LIST_FIELDS);

/**
 * Apply a person's fixes: each value replaces the field and is recorded as a `manual`
 * repair. A `needs_review` or `missing` row becomes `repaired` when the person says it is
 * done: it is listed in `reviewed`, or, in a file without `reviewed`, it is fixed. A fix that
 * names a task or field that does not exist is an error, never ignored.
 */
export function applyFixes(doc: WorkDoc, fixes: Fixes, file = "fixes"): WorkDoc {
  const bySeq = new Map<number, number>();
  doc.tasks.forEach((t, i) => bySeq.set(t.seq, i));
  const extraHeaders = new Set(doc.columns.filter((c) => c.field === "extra").map(extraKey));
  const tasks = [...doc.tasks];
  for (const seq of fixes.reviewed ?? []) {
    if (!bySeq.has(seq)) throw new BreakdownError("FIXES_INVALID", detail("fixesReviewedNoTask", { seq, range: taskRange(doc) }), { file });
  }
  // A person says a row is done by listing it in `reviewed`; a file without it, by fixing the row.
  const done = fixes.reviewed ?? Object.keys(fixes.fixes).map(Number);
  for (const [seqText, fields] of Object.entries(fixes.fixes)) {
    const seq = Number(seqText);
    const index = bySeq.get(seq);
    if (index === undefined) {
      throw new BreakdownError("FIXES_INVALID", detail("fixesNoTask", { seq, range: taskRange(doc) }), { file });
    }
    let task = tasks[index] as WorkTask;
    for (const [field, raw] of Object.entries(fields)) {
      const isExtra = field.startsWith("extra.") && extraHeaders.has(field.slice(6));
      if (!isExtra && !(FIXABLE as readonly string[]).includes(field)) {
        throw new BreakdownError("FIXES_INVALID", detail("fixesNoField", { seq, field, fields: [...FIXABLE, ...[...extraHeaders].map((h) => `extra.${h}`)].join(", ") }), { file });
      }
      const value = Array.isArray(raw) ? raw.join(LIST.has(field) ? "、" : "\n") : raw;
      if (field === "section") {
        if (!doc.sections.some((s) => s.id === value)) {
          throw new BreakdownError("FIXES_INVALID", detail("fixesNoSection", { seq, section: value, sections: doc.sections.map((s) => s.id).join(", ") }), { file });
        }
        task = { ...task, repairs: [...task.repairs, manual("section", task.section ?? "", value, task)], section: value };
        continue;
      }
      const before = (isExtra ? task.extra.get(field.slice(6)) : task.cells.get(field))?.text ?? "";
      if (before === value) continue;
      const located = Located.of(value);
      if (isExtra) {
        const extra = new Map(task.extra);
        extra.set(field.slice(6), located);
        task = { ...task, extra };
      } else {
        const cells = new Map(task.cells);
        cells.set(field, located);
        task = { ...task, cells };
      }
      task = { ...task, repairs: [...task.repairs, manual(field, before, value, task)] };
    }
    tasks[index] = task;
  }
  for (const seq of done) {
    const index = bySeq.get(seq) as number;
    const task = tasks[index] as WorkTask;
    if (task.status === "needs_review" || task.status === "missing") tasks[index] = { ...task, status: "repaired" };
  }
  return { ...doc, tasks };
}

function taskRange(doc: WorkDoc): string {
  return doc.tasks.length ? `${doc.tasks[0]?.seq}–${doc.tasks[doc.tasks.length - 1]?.seq}` : "";
}

function manual(field: string, before: string, after: string, task: WorkTask) {
  return { ruleId: "manual", field, before, after, where: task.fields[field] ?? task.where, reason: "Supplied by a person in the fixes file." };
}
