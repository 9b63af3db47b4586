import type { BreakdownDocument, Task } from "../model/document.js";
import type { Message } from "../model/message.js";
import type { Place } from "../model/place.js";

function contains(outer: Place, inner: Place): boolean {
  if (outer.offset !== undefined && outer.end !== undefined && inner.offset !== undefined) {
    return inner.offset >= outer.offset && inner.offset < Math.max(outer.end, outer.offset + 1);
  }
  if (outer.table !== undefined && outer.row !== undefined) return inner.table === outer.table && inner.row === outer.row;
  return false;
}

export interface MessagesByTask {
  /** Messages about a task, keyed by the task they are about. */
  byTask: Map<Task, Message[]>;
  /** Messages about the document as a whole (no task number, or a number no task has). */
  general: Message[];
}

/**
 * Tie each message to its task by number; where several tasks share a number (tables that number
 * each section from 1), by the place the message points at.
 */
export function groupMessages(doc: BreakdownDocument): MessagesByTask {
  const bySeq = new Map<number, Task[]>();
  for (const task of doc.tasks) bySeq.set(task.seq, [...(bySeq.get(task.seq) ?? []), task]);
  const byTask = new Map<Task, Message[]>();
  const general: Message[] = [];
  for (const message of doc.messages) {
    const candidates = message.seq === null ? [] : (bySeq.get(message.seq) ?? []);
    const task = candidates.length > 1 ? (candidates.find((t) => contains(t.where, message.where)) ?? candidates[0]) : candidates[0];
    if (task === undefined) general.push(message);
    else byTask.set(task, [...(byTask.get(task) ?? []), message]);
  }
  return { byTask, general };
}
