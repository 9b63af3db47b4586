import type { BreakdownDocument, Task } from "../model/document.js";
import { alignTasks, candidateSimilarity, type Candidate } from "./align.js";
import { normalizeWording, sameJoined, sameList } from "./normalize.js";
import type { ScoredField, Truth, TruthTask } from "./truth.js";

/** What reading one document gave: a document, or a refusal with its error code. */
export type Reading = { document: BreakdownDocument } | { refused: string };

export interface FieldTally {
  total: number;
  correct: number;
}

export interface TaskVerdict {
  truthIndex: number;
  /** Index of the task read, or null when no task read matches. */
  readIndex: number | null;
  status: Task["status"] | null;
  /** Fields scored wrong (empty when all right). */
  wrong: ScoredField[];
  cut: boolean;
}

export interface DocumentScore {
  source: string;
  noTable: boolean;
  refused: string | null;
  /** Fields right ÷ (fields scored + tasks invented). */
  score: number;
  fields: Record<string, FieldTally>;
  correct: number;
  total: number;
  truthTasks: number;
  matched: number;
  missed: number;
  invented: number;
  /** A task `ok` or `repaired` with a field wrong, or invented and not flagged. */
  silent: number;
  /** Tasks flagged needs_review whose every field was right (caution that cost a look). */
  flaggedRight: number;
  verdicts: TaskVerdict[];
}

function readWording(task: Task): string {
  return normalizeWording(`${task.title}${task.content}`);
}

function truthWording(task: TruthTask): Candidate {
  const wording = task.text ?? `${task.title ?? ""}${task.content ?? ""}`;
  return { wording: normalizeWording(wording), cut: task.cut === true };
}

/** A text field of the task read; `target` and `source` may be absent from older contracts. */
function readText(task: Task, field: string): string {
  const value = (task as unknown as Record<string, unknown>)[field];
  return typeof value === "string" ? value : "";
}

function readList(task: Task, field: string): string[] {
  const value = (task as unknown as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * A task's one wording against a reading that split it into title and content: the stop between
 * them (控制用水总量。|强化…) is the split's, so title and content are also tried joined by one. A
 * title merged down from the row above (a group's name) may stand apart from the wording.
 */
function sameWording(truth: string, read: Task): boolean {
  const want = normalizeWording(truth);
  const joins = read.title !== "" && read.content !== "" ? ["", "。", ":", ";"] : [""];
  if (joins.some((j) => normalizeWording(`${read.title}${j}${read.content}`) === want)) return true;
  return read.merged.includes("title") && normalizeWording(read.content) === want;
}

/** The fields of one truth task that the reading got wrong. */
export function wrongFields(truth: TruthTask, read: Task): ScoredField[] {
  const wrong: ScoredField[] = [];
  const check = (field: ScoredField, ok: boolean): void => {
    if (!ok) wrong.push(field);
  };
  if (truth.text !== undefined) check("text", sameWording(truth.text, read));
  if (truth.title !== undefined) check("title", normalizeWording(truth.title) === normalizeWording(read.title));
  if (truth.content !== undefined) check("content", normalizeWording(truth.content) === normalizeWording(read.content));
  for (const field of ["units", "leadUnits", "supportUnits", "leaders"] as const) {
    const expected = truth[field];
    if (expected !== undefined) check(field, sameList(expected, readList(read, field)));
  }
  if (truth.contacts !== undefined) check("contacts", sameJoined(truth.contacts, read.contacts));
  for (const field of ["deadline", "progress", "target", "source"] as const) {
    const expected = truth[field];
    if (expected !== undefined) check(field, normalizeWording(expected) === normalizeWording(readText(read, field)));
  }
  return wrong;
}

/** The fields a truth task is scored on (a cut task: only whether it was found). */
export function scoredFields(truth: TruthTask): Array<ScoredField | "found"> {
  if (truth.cut) return ["found"];
  const keys: ScoredField[] = ["text", "title", "content", "units", "leadUnits", "supportUnits", "deadline", "contacts", "leaders", "progress", "target", "source"];
  return keys.filter((k) => truth[k] !== undefined);
}

function tally(fields: Record<string, FieldTally>, field: string, ok: boolean): void {
  const t = (fields[field] ??= { total: 0, correct: 0 });
  t.total++;
  if (ok) t.correct++;
}

/** Score one document's reading against its truth. */
export function scoreDocument(truth: Truth, reading: Reading): DocumentScore {
  const truthTasks = truth.tasks ?? [];
  const fields: Record<string, FieldTally> = {};
  const base = { source: truth.source, noTable: truth.noTable === true, refused: "refused" in reading ? reading.refused : null, fields };
  const readTasks = "document" in reading ? reading.document.tasks.filter((t) => t.status !== "missing") : [];

  if (truth.noTable) {
    const invented = readTasks.length;
    const silent = readTasks.filter((t) => t.status === "ok" || t.status === "repaired").length;
    return { ...base, score: invented === 0 ? 1 : 0, correct: invented === 0 ? 1 : 0, total: 1, truthTasks: 0, matched: 0, missed: 0, invented, silent, flaggedRight: 0, verdicts: [] };
  }

  // A task read is compared with what the truth gives of its wording: both title and content, or one of them.
  const forms = readTasks.map((t) => ({ both: readWording(t), title: normalizeWording(t.title), content: normalizeWording(t.content) }));
  const wanted = truthTasks.map(truthWording);
  const pairs = alignTasks(truthTasks.length, readTasks.length, (i, j) => {
    const t = truthTasks[i] as TruthTask;
    const f = forms[j] as { both: string; title: string; content: string };
    const read = t.text === undefined && t.title === undefined ? f.content : t.text === undefined && t.content === undefined ? f.title : f.both;
    const merged = (readTasks[j] as Task).merged.includes("title") ? candidateSimilarity(wanted[i] as Candidate, f.content) : 0;
    return Math.max(candidateSimilarity(wanted[i] as Candidate, read), merged);
  });
  const byTruth = new Map(pairs.map(([i, j]) => [i, j]));
  const matchedRead = new Set(pairs.map(([, j]) => j));
  let correct = 0;
  let total = 0;
  let silent = 0;
  let flaggedRight = 0;
  const verdicts: TaskVerdict[] = truthTasks.map((task, i) => {
    const j = byTruth.get(i);
    const read = j === undefined ? undefined : readTasks[j];
    const scored = scoredFields(task);
    const wrong = read === undefined ? scored.filter((f): f is ScoredField => f !== "found") : task.cut ? [] : wrongFields(task, read);
    for (const field of scored) {
      const ok = read !== undefined && (field === "found" || !wrong.includes(field));
      tally(fields, field, ok);
      total++;
      if (ok) correct++;
    }
    if (read !== undefined && !task.cut) {
      if (wrong.length > 0 && (read.status === "ok" || read.status === "repaired")) silent++;
      if (wrong.length === 0 && read.status === "needs_review") flaggedRight++;
    }
    return { truthIndex: i, readIndex: j ?? null, status: read?.status ?? null, wrong, cut: task.cut === true };
  });
  const inventedTasks = readTasks.filter((_, j) => !matchedRead.has(j));
  const invented = inventedTasks.length;
  silent += inventedTasks.filter((t) => t.status === "ok" || t.status === "repaired").length;
  const matched = pairs.length;
  return {
    ...base,
    score: total + invented === 0 ? 1 : correct / (total + invented),
    correct,
    total,
    truthTasks: truthTasks.length,
    matched,
    missed: truthTasks.length - matched,
    invented,
    silent,
    flaggedRight,
    verdicts,
  };
}
