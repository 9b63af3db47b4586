import { parse, type BreakdownDocument, type Task } from "../../src/index.js";
import { SEED } from "../helpers.js";

let seed: Promise<BreakdownDocument> | undefined;

/** The seed, parsed once per test file; callers get their own copy. */
export async function seedDocument(): Promise<BreakdownDocument> {
  seed ??= parse(SEED).then((r) => r.document);
  return structuredClone(await seed);
}

/** A copy of the seed's task with this number, as a template to edit. */
export function seedTask(doc: BreakdownDocument, seq: number): Task {
  const t = doc.tasks.find((x) => x.seq === seq);
  if (!t) throw new Error(`the seed has no task ${seq}`);
  return structuredClone(t);
}

/** The document with its tasks replaced (and renumbered 1, 2, 3… when `renumber`). */
export function withTasks(doc: BreakdownDocument, tasks: Task[], { renumber = false } = {}): BreakdownDocument {
  const copy = structuredClone(doc);
  copy.tasks = tasks.map((t, i) => (renumber ? { ...t, seq: i + 1, seqPrinted: String(i + 1) } : t));
  return copy;
}

/** A readable task with just these fields set (the rest empty), in section 一. */
export function plainTask(seq: number, title: string, content: string, extra: Partial<Task> = {}): Task {
  return {
    seq,
    seqPrinted: String(seq),
    section: "一",
    category: null,
    title,
    content,
    units: [],
    leadUnits: [],
    supportUnits: [],
    contacts: [],
    leaders: [],
    deadline: null,
    progress: null,
    target: null,
    source: null,
    note: null,
    extra: {},
    status: "ok",
    repairs: [],
    raw: `${seq}${title}${content}`,
    where: {},
    fields: {},
    merged: [],
    ...extra,
  };
}
