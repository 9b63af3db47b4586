import type { Leftover, Message } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { seqValue } from "../../genre/numbering.js";
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
    const originals = doc.tasks;
    const messages: Message[] = [...doc.messages];
    const leftovers: Leftover[] = [...doc.leftovers];
    const taken = new Set(originals.map((t) => t.seq));
    // Placeholders go right after the task they follow (newest first, as inserting at that index
    // leaves them); the tasks are put together once at the end. Searching and splicing the whole
    // list per garbled row was quadratic: 0.33 s of the repair stage at 17,000 rows (npm run bench).
    const firstIndex = new Map<number, number>();
    originals.forEach((t, i) => {
      if (!firstIndex.has(t.seq)) firstIndex.set(t.seq, i);
    });
    const readable = (t: WorkTask): boolean => t.status !== "needs_review" || t.raw !== "";
    const nextReadable = new Int32Array(originals.length + 1).fill(originals.length);
    for (let i = originals.length - 1; i >= 0; i--) nextReadable[i] = readable(originals[i] as WorkTask) ? i : (nextReadable[i + 1] as number);
    const after = new Map<number, WorkTask[]>();
    // Originals (by index) followed by a placeholder `readable` finds, in increasing order.
    const readableGroups: number[] = [];
    const firstGroupFrom = (a: number): number => {
      let lo = 0;
      let hi = readableGroups.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((readableGroups[mid] as number) < a) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // The next task after original `a` in the list as it stands: placeholders after `a`, then the
    // originals after it, each followed by its placeholders.
    const nextAfter = (a: number): WorkTask | undefined => {
      const own = after.get(a)?.find(readable);
      if (own) return own;
      const o = nextReadable[a + 1] as number;
      const g = readableGroups[firstGroupFrom(a + 1)];
      if (g !== undefined && g < o) return after.get(g)?.find(readable);
      return originals[o];
    };
    for (const g of doc.garbled) {
      const printed = g.seqPrinted !== null ? seqValue(g.seqPrinted) : null;
      // The next task after the text, in document order.
      const afterIndex = g.afterSeq === null ? -1 : (firstIndex.get(g.afterSeq) ?? -1);
      const next = nextAfter(afterIndex);
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
      const group = after.get(afterIndex) ?? [];
      group.unshift(task);
      after.set(afterIndex, group);
      const at = firstGroupFrom(afterIndex);
      if (readable(task) && readableGroups[at] !== afterIndex) readableGroups.splice(at, 0, afterIndex);
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
    const tasks: WorkTask[] = [...(after.get(-1) ?? [])];
    originals.forEach((t, i) => tasks.push(t, ...(after.get(i) ?? [])));
    return { ...doc, tasks, garbled: [], messages, leftovers };
  },
};
