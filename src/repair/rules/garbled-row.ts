import type { Leftover, Message } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { seqValue } from "../../util/numerals.js";
import type { RepairRule } from "../rule.js";

function placeholder(seq: number, seqPrinted: string | null, section: string | null, raw: string, where: WorkTask["where"]): WorkTask {
  return {
    seq,
    seqPrinted,
    section,
    cells: new Map(),
    extra: new Map(),
    status: "needs_review",
    repairs: [],
    raw,
    where,
    fields: {},
    merged: [],
  };
}

/**
 * Text between two rows that could not be cut into cells (seed row 8: OCR noise where a
 * row should be) becomes a task flagged `needs_review`, numbered from the gap in the numbers
 * around it, its text kept whole in `raw`. Text in no gap is reported as a leftover.
 */
export const garbledRow: RepairRule = {
  id: "garbled-row",
  description: "A row that could not be read is kept, numbered from its neighbours and flagged needs_review with its raw text.",
  apply(doc: WorkDoc): WorkDoc {
    if (doc.garbled.length === 0) return doc;
    const tasks = [...doc.tasks];
    const messages: Message[] = [...doc.messages];
    const leftovers: Leftover[] = [...doc.leftovers];
    const taken = new Set(tasks.map((t) => t.seq));
    for (const g of doc.garbled) {
      const printed = g.seqPrinted !== null ? seqValue(g.seqPrinted) : null;
      // The next task after the text, in document order.
      const afterIndex = g.afterSeq === null ? -1 : tasks.findIndex((t) => t.seq === g.afterSeq);
      const next = tasks.slice(afterIndex + 1).find((t) => t.status !== "needs_review" || t.raw !== "");
      const prevSeq = g.afterSeq ?? 0;
      let seq: number | null = null;
      if (printed !== null && !taken.has(printed)) seq = printed;
      else if (next && next.seq - prevSeq >= 2 && !taken.has(prevSeq + 1)) seq = prevSeq + 1;
      else if (!next && g.afterSeq !== null && !taken.has(prevSeq + 1) && g.seqPrinted !== null) seq = prevSeq + 1;
      if (seq === null) {
        leftovers.push({ text: g.text, reason: "unassigned", where: g.where });
        messages.push({
          ruleId: "garbled-row",
          severity: "warning",
          reason: `Text after row ${g.afterSeq ?? "(start)"} could not be read as a row, and no number is missing there; it is kept as a leftover.`,
          seq: g.afterSeq,
          field: null,
          where: g.where,
          actual: g.text.length > 60 ? `${g.text.slice(0, 60)}…` : g.text,
        });
        continue;
      }
      taken.add(seq);
      const task = placeholder(seq, g.seqPrinted, g.section, g.text, g.where);
      const at = afterIndex + 1;
      tasks.splice(at, 0, task);
      messages.push({
        ruleId: "garbled-row",
        severity: "warning",
        reason: `Row ${seq} could not be read (${printed !== null ? "its cells could not be told apart" : "garbled text where the row should be; its number is inferred from its neighbours"}). Its text is kept in raw for review.`,
        seq,
        field: null,
        where: g.where,
        actual: g.text.length > 60 ? `${g.text.slice(0, 60)}…` : g.text,
      });
    }
    return { ...doc, tasks, garbled: [], messages, leftovers };
  },
};
