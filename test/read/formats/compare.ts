import type { BreakdownDocument, Task } from "../../../src/model/document.js";

/** The fields of a task compared between two readings of one table. */
const TASK_FIELDS = ["seq", "seqPrinted", "section", "category", "title", "content", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note", "extra", "status"] as const satisfies readonly (keyof Task)[];

export interface FieldAgreement {
  equal: number;
  total: number;
  share: number;
  /** `task 3 title` for each field that differs (a task only one reading has counts all its fields). */
  differing: string[];
}

/**
 * How many fields two readings of the same table agree on: the document's title, issuer and date,
 * each section's number and title, and every field of every task, tasks paired in order.
 */
export function fieldAgreement(expected: BreakdownDocument, actual: BreakdownDocument): FieldAgreement {
  const differing: string[] = [];
  let total = 0;
  const same = (a: unknown, b: unknown, what: string): void => {
    total++;
    if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(what);
  };
  for (const key of ["title", "issuer", "issuedDate", "issuedDateText"] as const) same(expected.document[key], actual.document[key], `document ${key}`);
  const sections = Math.max(expected.sections.length, actual.sections.length);
  for (let i = 0; i < sections; i++) {
    const [e, a] = [expected.sections[i], actual.sections[i]];
    same(e ? [e.id, e.number, e.title, e.level, e.parent] : null, a ? [a.id, a.number, a.title, a.level, a.parent] : null, `section ${e?.id ?? a?.id}`);
  }
  const tasks = Math.max(expected.tasks.length, actual.tasks.length);
  for (let i = 0; i < tasks; i++) {
    const [e, a] = [expected.tasks[i], actual.tasks[i]];
    for (const field of TASK_FIELDS) same(e?.[field] ?? null, a?.[field] ?? null, `task ${e?.seq ?? a?.seq} ${field}`);
  }
  return { equal: total - differing.length, total, share: (total - differing.length) / total, differing };
}

/** A cell's text without the separators and white space a list is split on: units compare as printed. */
export function squeeze(text: string | readonly string[]): string {
  return (typeof text === "string" ? text : text.join("")).replace(/[\s,\u3001\uff0c;\uff1b]/g, "");
}

/** A field as printed: the value with the repairs recorded on it undone (the last made undone first). */
export function printed(task: Task, field: "title" | "content"): string {
  let text = task[field];
  for (const r of [...task.repairs].reverse()) {
    if (r.field === field && text.includes(r.after)) text = text.replace(r.after, r.before);
  }
  return text;
}

interface KnownRow {
  section?: string;
  cells?: readonly (string | string[] | undefined)[];
}

interface KnownTable {
  title: string;
  issuer: string;
  date: string;
  rows: KnownRow[];
}

/**
 * How many fields of a reading are what the table holds (its generator's data): the document's
 * title, issuer and date; each section's heading; each task's number, title, content, units (as
 * printed, separators aside) and contacts; a field the reading repaired compares as printed, its
 * recorded repairs undone.
 */
export function knownAgreement(known: KnownTable, doc: BreakdownDocument): FieldAgreement {
  const differing: string[] = [];
  let total = 0;
  const same = (ok: boolean, what: string): void => {
    total++;
    if (!ok) differing.push(what);
  };
  same(doc.document.title === known.title, "document title");
  same(doc.document.issuer === known.issuer, "document issuer");
  same(doc.document.issuedDateText === known.date, "document date");
  const sections = known.rows.filter((r) => r.section !== undefined).map((r) => r.section as string);
  sections.forEach((heading, i) => {
    const s = doc.sections[i];
    same(s !== undefined && squeeze(heading) === squeeze(`${s.number}、${s.title}`), `section ${heading}`);
  });
  for (const row of known.rows) {
    if (!row.cells) continue;
    const [seq, title, content, units, contacts] = row.cells as [string, string, string, string, string[]];
    const task = doc.tasks.find((t) => t.seqPrinted === seq);
    same(task !== undefined, `task ${seq} found`);
    // The reading may repair what the table prints (an OCR'd 黄物 for 贯彻): a recorded repair is not a difference.
    same(task !== undefined && printed(task, "title") === title, `task ${seq} title`);
    same(task !== undefined && printed(task, "content") === content, `task ${seq} content`);
    same(task !== undefined && squeeze(task.units) === squeeze(units), `task ${seq} units`);
    same(JSON.stringify(task?.contacts) === JSON.stringify(contacts), `task ${seq} contacts`);
  }
  return { equal: total - differing.length, total, share: (total - differing.length) / total, differing };
}
