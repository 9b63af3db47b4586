import { SCHEMA_VERSION, type BreakdownDocument, type Task } from "../model/document.js";
import type { WorkDoc, WorkTask } from "../model/work.js";
import { splitNames } from "../genre/names.js";
import { splitUnits } from "../structure/split-list.js";
import { looksLikeUnit } from "../genre/units.js";
import { TOOL_VERSION } from "../version.js";
import { UNIT_FIELDS, type UnitField } from "../model/fields.js";
import { perText } from "../genre/memo.js";

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

type UnitLists = Record<UnitField, readonly string[]>;

/** Each unit cell of a task cut into its units. */
function unitLists(task: WorkTask, cutList: (text: string) => readonly string[]): UnitLists {
  const cut = (field: string): readonly string[] => cutList(task.cells.get(field)?.text.trim() ?? "");
  return { leadUnits: cut("leadUnits"), supportUnits: cut("supportUnits"), units: cut("units") };
}

/** Units the document names on their own somewhere (a cell or a list piece of their own). */
function knownUnits(lists: readonly UnitLists[]): Set<string> {
  const units = new Set<string>();
  for (const l of lists) for (const field of UNIT_FIELDS) for (const u of l[field]) units.add(u);
  return units;
}

/**
 * A piece that is two or more units the document names on their own, printed with nothing between
 * them (文化宣传股文化馆 where 文化宣传股 and 文化馆 stand alone elsewhere): split into them; else itself.
 */
function splitKnownPiece(piece: string, known: ReadonlySet<string>): readonly string[] {
  if (piece.length < 4) return [piece];
  // cut[i]: a way to read piece[0, i) as known units, the last one's start.
  const cut = new Int32Array(piece.length + 1).fill(-1);
  cut[0] = 0;
  for (let i = 2; i <= piece.length; i++) {
    for (let j = i - 2; j >= 0; j--) {
      if (cut[j] === -1 || (j === 0 && i === piece.length)) continue;
      const part = piece.slice(j, i);
      if (known.has(part) && looksLikeUnit(part)) {
        cut[i] = j;
        break;
      }
    }
  }
  if (cut[piece.length] === -1) return [piece];
  const parts: string[] = [];
  for (let i = piece.length; i > 0; i = cut[i] as number) parts.unshift(piece.slice(cut[i] as number, i));
  return parts;
}

/** What a document's tasks share while they are finalized: what it names alone, and answers per text. */
interface Known {
  splitPiece: (piece: string) => readonly string[];
  splitPeople: (text: string) => readonly string[];
}

function finalizeTask(task: WorkTask, lists: UnitLists, known: Known): Task {
  const text = (field: string): string => task.cells.get(field)?.text.trim() ?? "";
  const nullable = (field: string): string | null => (task.cells.has(field) ? text(field) : null);
  const leadUnits = lists.leadUnits.flatMap(known.splitPiece);
  const supportUnits = lists.supportUnits.flatMap(known.splitPiece);
  const responsible = lists.units.flatMap(known.splitPiece);
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
    contacts: [...known.splitPeople(text("contacts"))],
    leaders: [...known.splitPeople(text("leaders"))],
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
  const cutList = perText(splitUnits);
  const lists = doc.tasks.map((t) => unitLists(t, cutList));
  const units = knownUnits(lists);
  const known: Known = { splitPiece: perText((piece) => splitKnownPiece(piece, units)), splitPeople: perText((text) => splitNames(text, names)) };
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
    tasks: doc.tasks.map((t, i) => finalizeTask(t, lists[i] as UnitLists, known)),
    messages: doc.messages,
    leftovers: doc.leftovers,
  };
}
