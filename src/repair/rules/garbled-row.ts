import type { Leftover, Message } from "../../model/message.js";
import type { PendingGarbled, WorkDoc, WorkTask } from "../../model/work.js";
import { seqValue } from "../../genre/numbering.js";
import type { RepairRule } from "../rule.js";

/** Characters of the garbled text quoted in a message's `actual`; longer text is cut there, with …. */
const QUOTED_CHARS = 60;

/** How far apart two neighbours' numbers must be for one to be missing between them (4 and 6: 5 is missing). */
const GAP_WITH_MISSING = 2;

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

/** A task the next placeholder can be numbered from: anything but a placeholder with no text. */
function readable(t: WorkTask): boolean {
  return t.status !== "needs_review" || t.raw !== "";
}

function quoted(text: string): string {
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS)}…` : text;
}

/**
 * The tasks with placeholders put in. Placeholders go right after the task they follow (newest
 * first, as inserting at that index leaves them); the tasks are put together once at the end.
 * Searching and splicing the whole list per garbled row was quadratic: 0.33 s of the repair
 * stage at 17,000 rows (npm run bench).
 */
class TaskInsertions {
  private readonly originals: readonly WorkTask[];
  /** The index of the first task with each number. */
  private readonly firstIndex = new Map<number, number>();
  /** From each index on, the first readable original (originals.length when none). */
  private readonly nextReadable: Int32Array;
  /** Placeholders after each original (by index; -1: before the first). */
  private readonly after = new Map<number, WorkTask[]>();
  /** Originals (by index) followed by a placeholder `readable` finds, in increasing order. */
  private readonly readableGroups: number[] = [];

  constructor(originals: readonly WorkTask[]) {
    this.originals = originals;
    originals.forEach((t, i) => {
      if (!this.firstIndex.has(t.seq)) this.firstIndex.set(t.seq, i);
    });
    this.nextReadable = new Int32Array(originals.length + 1).fill(originals.length);
    for (let i = originals.length - 1; i >= 0; i--) this.nextReadable[i] = readable(originals[i] as WorkTask) ? i : (this.nextReadable[i + 1] as number);
  }

  /** The index of the first task numbered `seq` (-1: none, or the top of the table). */
  indexOf(seq: number | null): number {
    return seq === null ? -1 : (this.firstIndex.get(seq) ?? -1);
  }

  // The next task after original `a` in the list as it stands: placeholders after `a`, then the
  // originals after it, each followed by its placeholders.
  nextAfter(a: number): WorkTask | undefined {
    const own = this.after.get(a)?.find(readable);
    if (own) return own;
    const o = this.nextReadable[a + 1] as number;
    const g = this.readableGroups[this.firstGroupFrom(a + 1)];
    if (g !== undefined && g < o) return this.after.get(g)?.find(readable);
    return this.originals[o];
  }

  /** Put `task` right after original `a`, before the placeholders already there. */
  insertAfter(a: number, task: WorkTask): void {
    const group = this.after.get(a) ?? [];
    group.unshift(task);
    this.after.set(a, group);
    const at = this.firstGroupFrom(a);
    if (readable(task) && this.readableGroups[at] !== a) this.readableGroups.splice(at, 0, a);
  }

  /** The tasks in order, placeholders in place. */
  tasks(): WorkTask[] {
    const tasks: WorkTask[] = [...(this.after.get(-1) ?? [])];
    this.originals.forEach((t, i) => tasks.push(t, ...(this.after.get(i) ?? [])));
    return tasks;
  }

  /** Where in `readableGroups` the first original at or after `a` is (binary search). */
  private firstGroupFrom(a: number): number {
    let lo = 0;
    let hi = this.readableGroups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.readableGroups[mid] as number) < a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The number a garbled text takes: the one printed with it, or the one missing between its neighbours; null when none is free. */
function numberGarbled(g: PendingGarbled, printed: number | null, next: WorkTask | undefined, taken: ReadonlySet<number>): number | null {
  const prevSeq = g.afterSeq ?? 0;
  if (printed !== null && !taken.has(printed)) return printed;
  if (next && next.seq - prevSeq >= GAP_WITH_MISSING && !taken.has(prevSeq + 1)) return prevSeq + 1;
  if (!next && g.afterSeq !== null && !taken.has(prevSeq + 1) && g.seqPrinted !== null) return prevSeq + 1;
  return null;
}

/** What placing the garbled texts gives besides the tasks. */
interface Placing {
  taken: Set<number>;
  messages: Message[];
  leftovers: Leftover[];
}

/** One garbled text: a placeholder task where a number is free, else a leftover; either way a warning. */
function placeGarbled(g: PendingGarbled, list: TaskInsertions, placing: Placing): void {
  const printed = g.seqPrinted !== null ? seqValue(g.seqPrinted) : null;
  // The next task after the text, in document order.
  const afterIndex = list.indexOf(g.afterSeq);
  const seq = numberGarbled(g, printed, list.nextAfter(afterIndex), placing.taken);
  if (seq === null) {
    placing.leftovers.push({ text: g.text, reason: "unassigned", where: g.where });
    placing.messages.push({
      ruleId: "garbled-row",
      severity: "warning",
      reason: `Text after row ${g.afterSeq ?? "(start)"} could not be read as a row, and no number is missing there; it is kept as a leftover.`,
      seq: g.afterSeq,
      field: null,
      where: g.where,
      actual: quoted(g.text),
    });
    return;
  }
  placing.taken.add(seq);
  list.insertAfter(afterIndex, placeholder(seq, g.seqPrinted, g.section, g.text, g.where));
  placing.messages.push({
    ruleId: "garbled-row",
    severity: "warning",
    reason: `Row ${seq} could not be read (${printed !== null ? "its cells could not be told apart" : "garbled text where the row should be; its number is inferred from its neighbours"}). Its text is kept in raw for review.`,
    seq,
    field: null,
    where: g.where,
    actual: quoted(g.text),
  });
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
    const placing: Placing = { taken: new Set(doc.tasks.map((t) => t.seq)), messages: [...doc.messages], leftovers: [...doc.leftovers] };
    const list = new TaskInsertions(doc.tasks);
    for (const g of doc.garbled) placeGarbled(g, list, placing);
    return { ...doc, tasks: list.tasks(), garbled: [], messages: placing.messages, leftovers: placing.leftovers };
  },
};
