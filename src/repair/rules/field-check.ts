import { LABEL_COLON } from "../../genre/labels.js";
import { readsAsUnit } from "../../genre/units.js";
import type { Message } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { splitUnits } from "../../structure/split-list.js";
import type { RepairRule } from "../rule.js";

// A person's entry longer than this is not one person (局长 张三 13800001111 is 17).
const MAX_PERSON = 25;
// A deadline longer than this is a sentence that ran into the column.
const MAX_DEADLINE = 40;

/** What about the task's fields does not look like what they hold, or null when they all do. */
function doubt(task: WorkTask): { field: string; reason: string; actual: string } | null {
  const text = (field: string): string => task.cells.get(field)?.text.trim() ?? "";
  for (const field of ["units", "leadUnits", "supportUnits"]) {
    const odd = splitUnits(text(field)).find((u) => !readsAsUnit(u));
    if (odd) return { field, reason: `「${odd}」 does not read as a unit's name: the units may have been cut wrongly, or taken from the text.`, actual: odd };
  }
  const anyValue = [...task.cells.values()].some((v) => v.text.trim() !== "");
  if (anyValue && text("title") === "" && text("content") === "") return { field: "content", reason: "The task has no wording of its own: its text may be in another field, or lost.", actual: "" };
  for (const field of ["title", "content", "units", "leadUnits", "supportUnits", "deadline"]) {
    LABEL_COLON.lastIndex = 0;
    const m = LABEL_COLON.exec(text(field));
    if (m) return { field, reason: `A field label 「${m[0]}」 is inside the ${field}: two fields (or two tasks) may have run together.`, actual: m[0] };
  }
  for (const field of ["contacts", "leaders"]) {
    const long = text(field).split(/[、,，;；\n]/).find((p) => p.trim().length > MAX_PERSON);
    if (long) return { field, reason: `「${long.trim().slice(0, 30)}」 is too long for a person: a sentence may have run into the column.`, actual: long.trim() };
  }
  if (text("deadline").length > MAX_DEADLINE) return { field: "deadline", reason: "The deadline is as long as a sentence: text may have run into the column.", actual: text("deadline") };
  return null;
}

/**
 * The last check before a task is called read: each field must look like what it holds — units
 * like units, people like people, a deadline like a deadline, the task some wording of its own, and
 * no field label left inside a field. A task that fails is flagged needs_review with a message saying
 * which field and why; nothing is changed (a reader's guess is not made right by a second guess).
 */
export const fieldCheck: RepairRule = {
  id: "field-check",
  description: "A task whose fields do not look like what they hold (a sentence among units, no wording, a label inside a field) is flagged needs_review; nothing is changed.",
  apply(doc: WorkDoc): WorkDoc {
    const messages: Message[] = [];
    const tasks = doc.tasks.map((task) => {
      if (task.status === "needs_review" || task.status === "missing") return task;
      const d = doubt(task);
      if (!d) return task;
      messages.push({ ruleId: "field-check", severity: "warning", reason: d.reason, seq: task.seq, field: d.field, where: task.fields[d.field] ?? task.where, ...(d.actual ? { actual: d.actual } : {}) });
      return { ...task, status: "needs_review" as const };
    });
    return messages.length === 0 ? doc : { ...doc, tasks, messages: [...doc.messages, ...messages] };
  },
};
