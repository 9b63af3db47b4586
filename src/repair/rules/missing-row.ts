import type { Message } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import type { RepairRule } from "../rule.js";

/**
 * A number absent from the sequence (seed: 10 is followed by 12) gets a `missing`
 * placeholder, in the section of the row before it, and a message. Nothing is invented:
 * the placeholder has no title, content, units or contacts.
 */
/** A row as a reader would name it: its printed number, with its section when numbering restarts per section. */
function label(task: WorkTask): string {
  const printed = task.seqPrinted?.replace(/[.\uff0e、\s]+$/, "");
  return printed && printed !== String(task.seq) ? `${task.section ?? ""} ${printed}`.trim() : String(task.seq);
}

export const missingRow: RepairRule = {
  id: "missing-row",
  description: "A number missing from the sequence reported, with an empty `missing` placeholder; nothing is invented.",
  apply(doc: WorkDoc): WorkDoc {
    const tasks: WorkTask[] = [];
    const messages: Message[] = [...doc.messages];
    let prev: WorkTask | undefined;
    for (const task of doc.tasks) {
      if (prev && task.seq > prev.seq + 1 && task.seq - prev.seq <= 50) {
        for (let seq = prev.seq + 1; seq < task.seq; seq++) {
          tasks.push({
            seq,
            seqPrinted: null,
            section: prev.section,
            cells: new Map(),
            extra: new Map(),
            status: "missing",
            repairs: [],
            raw: "",
            where: task.where,
            fields: {},
            merged: [],
          });
          messages.push({
            ruleId: "missing-row",
            severity: "warning",
            reason: `Number ${seq} is absent from the source (row ${label(prev)} is followed by ${label(task)}); a placeholder marks it, nothing was invented.`,
            seq,
            field: null,
            where: task.where,
          });
        }
      } else if (prev && task.seq <= prev.seq && !(task.merged.includes("seq") && task.seq === prev.seq)) {
        // (A number merged over several rows, each a task under it, repeats by design.)
        messages.push({
          ruleId: "seq-order",
          severity: "warning",
          reason: `Row ${task.seq} comes after row ${prev.seq}: the numbers go backwards or repeat.`,
          seq: task.seq,
          field: "seq",
          where: task.where,
        });
      }
      tasks.push(task);
      if (!prev || task.seq > prev.seq) prev = task;
    }
    return tasks.length === doc.tasks.length ? { ...doc, messages } : { ...doc, tasks, messages };
  },
};
