import { SCHEMA_VERSION, type BreakdownDocument, type Task } from "../model/document.js";
import type { WorkDoc, WorkTask } from "../model/work.js";
import { splitNames } from "../genre/names.js";
import { splitUnits } from "../structure/split-list.js";
import { TOOL_VERSION } from "../version.js";

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/** Contacts the document lists alone (one name in a cell): the best evidence for cutting run-together names. */
function knownNames(doc: WorkDoc): Set<string> {
  const names = new Set<string>();
  for (const t of doc.tasks) {
    for (const field of ["contacts", "leaders"]) {
      const text = t.cells.get(field)?.text ?? "";
      for (const piece of text.split(/[、,，;；\n\r\s/]+/)) if (/^[\u4e00-\u9fa5]{2,3}$/.test(piece)) names.add(piece);
    }
  }
  return names;
}

function finalizeTask(task: WorkTask, names: ReadonlySet<string>): Task {
  const text = (field: string): string => task.cells.get(field)?.text.trim() ?? "";
  const nullable = (field: string): string | null => (task.cells.has(field) ? text(field) : null);
  const leadUnits = splitUnits(text("leadUnits"));
  const supportUnits = splitUnits(text("supportUnits"));
  const responsible = splitUnits(text("units"));
  const extra: Record<string, string> = {};
  for (const [header, value] of task.extra) extra[header] = value.text.trim();
  const status =
    task.status === "missing" || task.status === "needs_review"
      ? task.status
      : task.repairs.length > 0
        ? "repaired"
        : "ok";
  return {
    seq: task.seq,
    seqPrinted: task.seqPrinted,
    section: task.section,
    category: nullable("category"),
    title: text("title"),
    content: text("content"),
    // Each lead and support unit once, then the responsible units as printed (a name printed twice stays twice).
    units: [...dedupe([...leadUnits, ...supportUnits]), ...responsible.filter((u) => !leadUnits.includes(u) && !supportUnits.includes(u))],
    leadUnits,
    supportUnits,
    contacts: splitNames(text("contacts"), names),
    leaders: splitNames(text("leaders"), names),
    deadline: nullable("deadline"),
    progress: nullable("progress"),
    target: nullable("target"),
    source: nullable("source"),
    note: nullable("note"),
    extra,
    status,
    repairs: task.repairs,
    raw: task.raw,
    where: task.where,
    fields: task.fields,
    merged: task.merged,
  };
}

/** The working document, repairs done, as the published JSON contract (not yet validated). */
export function finalizeDocument(doc: WorkDoc): BreakdownDocument {
  const names = knownNames(doc);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "breakdown", version: TOOL_VERSION },
    document: {
      title: doc.title,
      issuer: doc.issuer,
      issuedDate: doc.issuedDate,
      issuedDateText: doc.issuedDateText,
      source: doc.source,
    },
    columns: doc.columns,
    sections: doc.sections,
    tasks: doc.tasks.map((t) => finalizeTask(t, names)),
    messages: doc.messages,
    leftovers: doc.leftovers,
  };
}
