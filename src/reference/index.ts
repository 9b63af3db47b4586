import type { BreakdownDocument, Task } from "../model/document.js";
import type { Message, ReferenceRow, Repair } from "../model/message.js";
import { isComparable } from "../match/match.js";
import { alignTasks } from "./align.js";
import { readsBetter } from "./damage.js";
import { displayOf, type FieldValue, fieldsOf, sameValue, fieldValue, withValue } from "./fields.js";
import { decideRelation, type Relation, versionName } from "./relation.js";

/** Another copy of the table, read (or loaded from a breakdown JSON), with the file it came from. */
export interface LoadedReference {
  /** The file's name (no directories). */
  fileName: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  document: BreakdownDocument;
}

/**
 * What one reference says about one cell of the input: `fill` a garbled or missing row's cell,
 * read a damaged cell `better`, `keep` (it reads the cell as the input does), or it `differs`
 * where nothing marks the input's cell damaged (a message, no change).
 */
interface Vote {
  kind: "fill" | "better" | "keep" | "differs";
  value: FieldValue;
  row: ReferenceRow;
  relation: Relation;
  reference: LoadedReference;
}

/** The votes of every related reference, by input task index then field. */
type Ballot = Map<number, Map<string, Vote[]>>;

function cast(ballot: Ballot, i: number, field: string, vote: Vote): void {
  let fields = ballot.get(i);
  if (!fields) ballot.set(i, (fields = new Map()));
  const votes = fields.get(field);
  if (votes) votes.push(vote);
  else fields.set(field, [vote]);
}

function rowOf(ref: LoadedReference, task: Task): ReferenceRow {
  return { fileName: ref.fileName, sha256: ref.sha256, seq: task.seq, where: task.where };
}

function docMessage(ruleId: string, severity: Message["severity"], reason: string, ref: LoadedReference): Message {
  return { ruleId, severity, reason, seq: null, field: null, where: {}, actual: ref.fileName };
}

/** One reference's votes on the input's cells, and the document-level message saying what it is. */
function collectVotes(doc: BreakdownDocument, ref: LoadedReference, fields: readonly string[], ballot: Ballot): Message {
  const alignment = alignTasks(doc, ref.document);
  const { relation, evidence } = decideRelation(doc, ref.document, alignment);
  const name = `${ref.fileName} (sha256 ${ref.sha256.slice(0, 12)}…)`;
  if (relation === "unrelated") {
    return docMessage("reference-unrelated", "warning", `The reference ${name} does not align with this table (${evidence}); nothing was taken from it.`, ref);
  }
  const vote = (i: number, field: string, kind: Vote["kind"], refTask: Task) =>
    cast(ballot, i, field, { kind, value: fieldValue(refTask, field), row: rowOf(ref, refTask), relation, reference: ref });
  for (const [i, j] of alignment.gaps) {
    const refTask = ref.document.tasks[j] as Task;
    for (const f of fields) if (displayOf(fieldValue(refTask, f)) !== "") vote(i, f, "fill", refTask);
  }
  for (const [i, j] of alignment.pairs) {
    const task = doc.tasks[i] as Task;
    const refTask = ref.document.tasks[j] as Task;
    if (!isComparable(task)) continue;
    for (const f of fields) {
      const mine = fieldValue(task, f);
      const theirs = fieldValue(refTask, f);
      // A person's fix (--fixes) has the last word.
      if (theirs === null || mine === null || task.repairs.some((r) => r.ruleId === "manual" && r.field === f)) continue;
      if (sameValue(mine, theirs)) vote(i, f, "keep", refTask);
      // Another version's cells differ by design: it only fills gaps, for a person to confirm.
      else if (relation === "same-document") vote(i, f, readsBetter(doc, task, f, mine, theirs) ? "better" : "differs", refTask);
    }
  }
  const what = relation === "same-document" ? "the same document" : `another version, ${versionName(ref.document)}`;
  return docMessage("reference", "info", `The reference ${name} is ${what}: ${evidence}; ${alignment.gaps.size} garbled or missing row(s) lie between rows that align.`, ref);
}

interface Reading {
  display: string;
  value: FieldValue;
  votes: Vote[];
  keep: boolean;
}

/** The readings the votes support, most supported first; on a tie the input's own, then one a same-document reference gives, then the first given. */
function tally(votes: readonly Vote[], current: FieldValue): Reading[] {
  const readings: Reading[] = [];
  for (const v of votes) {
    if (v.kind === "differs") continue;
    const display = v.kind === "keep" ? displayOf(current) : displayOf(v.value);
    let r = readings.find((x) => x.display === display && x.keep === (v.kind === "keep"));
    if (!r) readings.push((r = { display, value: v.value, votes: [], keep: v.kind === "keep" }));
    r.votes.push(v);
  }
  const sameDoc = (r: Reading) => Number(r.votes.some((v) => v.relation === "same-document"));
  return readings.sort((x, y) => y.votes.length - x.votes.length || Number(y.keep) - Number(x.keep) || sameDoc(y) - sameDoc(x));
}

function names(votes: readonly Vote[]): string {
  return votes.map((v) => v.reference.fileName).join(", ");
}

/** The message recording a majority choice among references that disagree on a cell. */
function majorityMessage(task: Task, field: string, readings: readonly Reading[], total: number): Message {
  const [won, ...lost] = readings as [Reading, ...Reading[]];
  const chose = won.keep ? "the input's own reading was kept" : `「${won.display}」 was taken`;
  const others = lost.map((r) => `「${r.keep ? displayOf(fieldValue(task, field)) : r.display}」 (${names(r.votes)})`).join("; ");
  return {
    ruleId: "reference-majority",
    severity: "info",
    reason: `The references disagree on this cell: ${chose}, read so by ${won.votes.length} of ${total} (${names(won.votes)}); also read: ${others}.`,
    seq: task.seq,
    field,
    where: task.fields[field] ?? task.where,
    ...(won.keep ? {} : { expected: won.display }),
  };
}

function differsMessage(task: Task, field: string, vote: Vote): Message {
  return {
    ruleId: "reference",
    severity: "info",
    reason: `The reference ${vote.reference.fileName} (task ${vote.row.seq}) reads this cell otherwise; the input's reading is kept, as nothing marks it damaged.`,
    seq: task.seq,
    field,
    where: task.fields[field] ?? task.where,
    actual: displayOf(fieldValue(task, field)),
    expected: displayOf(vote.value),
  };
}

function referenceRepair(task: Task, field: string, won: Reading, filled: boolean): Repair {
  const from = won.votes.map((v) => `${v.reference.fileName} task ${v.row.seq}`).join(", ");
  const reason = filled
    ? `The row could not be read here; its cell is taken from the row in its place in the reference (${from}), between rows that align.`
    : `The reader had to repair this cell; the reference (${from}) reads it the same but at the damaged spots.`;
  return { ruleId: "reference", field, before: displayOf(fieldValue(task, field)), after: won.display, where: task.fields[field] ?? task.where, reason, reference: won.votes.map((v) => v.row) };
}

/** What the votes on one task do to it: its new fields, repairs and messages, and which references filled it. */
function settleTask(task: Task, fields: Map<string, Vote[]>, messages: Message[]): { task: Task; fillers: Vote[][] } {
  let out = task;
  const fillers: Vote[][] = [];
  for (const [field, votes] of fields) {
    const readings = tally(votes, fieldValue(task, field));
    const won = readings[0];
    const counted = readings.reduce((n, r) => n + r.votes.length, 0);
    if (readings.length > 1) messages.push(majorityMessage(task, field, readings, counted));
    if (!won || won.keep) {
      if (!won) for (const v of votes) messages.push(differsMessage(task, field, v));
      continue;
    }
    const filled = won.votes.some((v) => v.kind === "fill");
    out = withValue(out, field, won.value);
    out = { ...out, repairs: [...out.repairs, referenceRepair(task, field, won, filled)] };
    if (filled) fillers.push(won.votes);
  }
  return { task: out, fillers };
}

/**
 * A filled row's status: repaired when the same document reads every cell filled; a cell only
 * another version gives keeps the row for a person to confirm.
 */
function filledStatus(task: Task, fillers: readonly Vote[][], messages: Message[]): Task {
  const others = fillers.filter((votes) => !votes.some((v) => v.relation === "same-document")).flat();
  if (others.length === 0) return { ...task, status: "repaired" };
  const versions = [...new Set(others.map((v) => `${versionName(v.reference.document)}, ${v.reference.fileName} task ${v.row.seq}`))].join("; ");
  messages.push({
    ruleId: "reference",
    severity: "warning",
    reason: `This row was filled from another version of the table, ${versions}; confirm it against the document before relying on it.`,
    seq: task.seq,
    field: null,
    where: task.where,
  });
  return { ...task, status: "needs_review" };
}

/**
 * Repair the input from other copies of the table: garbled and missing rows whose neighbours align
 * are filled, damaged cells read better by the same document are replaced, each change a `reference`
 * repair naming the reference's file, sha256 and row. Nothing is added where the input has no gap.
 */
export function applyReferences(doc: BreakdownDocument, references: readonly LoadedReference[]): BreakdownDocument {
  if (references.length === 0) return doc;
  const fields = fieldsOf(doc);
  const ballot: Ballot = new Map();
  const messages: Message[] = references.map((ref) => collectVotes(doc, ref, fields, ballot));
  const tasks = doc.tasks.map((task, i) => {
    const votes = ballot.get(i);
    if (!votes) return task;
    const { task: settled, fillers } = settleTask(task, votes, messages);
    if (fillers.length > 0) return filledStatus(settled, fillers, messages);
    return settled.repairs.length > task.repairs.length && task.status === "ok" ? { ...settled, status: "repaired" as const } : settled;
  });
  return { ...doc, tasks, messages: [...doc.messages, ...messages] };
}
