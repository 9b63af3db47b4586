import type { Lang } from "../i18n/lang.js";
import type { BreakdownDocument, Section, Task, TaskStatus } from "../model/document.js";
import type { Message, Repair } from "../model/message.js";
import { isListField } from "../model/fields.js";
import { canonicalName, cellText, columnOfField, LIST_SEPARATOR, orderedColumns, readColumns, sectionLabel } from "../write/table-cells.js";
import { WORKBOOK_TEXTS } from "../i18n/workbook.js";
import { groupMessages } from "../write/task-messages.js";
import { reasonText } from "./reason-text.js";

/**
 * What the review page shows of a document: the table as the spreadsheet writers print it
 * (the same cell texts, from src/write/table-cells.ts), sections as group rows, and on each
 * cell the repairs made to it. The page only lays this out; it reads nothing itself.
 */
export interface ReviewView {
  fileName: string;
  title: string | null;
  issuer: string | null;
  issuedDateText: string | null;
  format: BreakdownDocument["document"]["source"]["format"];
  layout: string;
  counts: Record<TaskStatus, number> & { tasks: number; attention: number };
  columns: ReviewColumn[];
  rows: ReviewRow[];
  /** Messages about the document as a whole, not about one task. */
  messages: ReviewMessage[];
  leftovers: number;
}

export interface ReviewColumn {
  /** The key a fix for this column is filed under: the field, or `extra.<header>`. */
  key: string;
  header: string;
  /** A person can type a value for this column (every column but the number and the section). */
  editable: boolean;
}

export interface ReviewRepair {
  ruleId: string;
  field: string;
  before: string;
  after: string;
  reason: string;
  /** Typed by a person (a fix), not made by a rule. */
  manual: boolean;
}

export interface ReviewMessage {
  ruleId: string;
  severity: Message["severity"];
  reason: string;
  field: string | null;
}

export interface ReviewCell {
  key: string;
  text: string;
  /** A list's names (units, contacts, leaders), each shown whole: `text` is them joined by `separator`. */
  items: string[] | null;
  separator: string;
  repairs: ReviewRepair[];
}

export interface SectionRow {
  kind: "section";
  id: string;
  label: string;
  level: number;
}

export interface TaskRow {
  kind: "task";
  seq: number;
  /** The page says it with the word STATUS_WORDS gives it in the page's language. */
  status: TaskStatus;
  /** Flagged (needs_review, missing) or edited by a person: what the attention filter keeps. */
  attention: boolean;
  /** Its cells may be edited: it is flagged or edited, and its number names it alone in a fixes file. */
  editable: boolean;
  /** The source text of a row that could not be read, for the person to transcribe. */
  raw: string;
  cells: ReviewCell[];
  /** Repairs to fields the table has no column for. */
  repairs: ReviewRepair[];
  messages: ReviewMessage[];
}

export type ReviewRow = SectionRow | TaskRow;

function reviewRepair(r: Repair, lang: Lang): ReviewRepair {
  return { ruleId: r.ruleId, field: r.field, before: r.before, after: r.after, reason: reasonText(lang, r), manual: r.ruleId === "manual" };
}

function reviewMessage(m: Message, lang: Lang): ReviewMessage {
  return { ruleId: m.ruleId, severity: m.severity, reason: reasonText(lang, m), field: m.field };
}

/** The section and its parents, outermost first. */
function sectionChain(section: Section, byId: ReadonlyMap<string, Section>): Section[] {
  const chain: Section[] = [];
  for (let s: Section | undefined = section; s && !chain.includes(s); s = s.parent === null ? undefined : byId.get(s.parent)) chain.unshift(s);
  return chain;
}

/** The review page's view of a document, its reasons in the page's language (`reasonText`). */
export function reviewView(doc: BreakdownDocument, lang: Lang): ReviewView {
  // The document's columns, then any a repair filled from other cells, as in the workbook.
  const columns = [...orderedColumns(doc), ...readColumns(doc, (field) => WORKBOOK_TEXTS[lang].readColumn({ field }))];
  const messages = groupMessages(doc);
  const seqCount = new Map<number, number>();
  for (const t of doc.tasks) seqCount.set(t.seq, (seqCount.get(t.seq) ?? 0) + 1);
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const shown = new Set<string>();
  const rows: ReviewRow[] = [];

  const showSections = (upTo: Section): void => {
    // Sections come in printed order: show any not yet shown that precede this one, then its chain.
    for (const s of doc.sections) {
      if (s === upTo) break;
      if (!shown.has(s.id)) {
        shown.add(s.id);
        rows.push({ kind: "section", id: s.id, label: sectionLabel(s), level: s.level });
      }
    }
    for (const s of sectionChain(upTo, byId)) {
      if (shown.has(s.id)) continue;
      shown.add(s.id);
      rows.push({ kind: "section", id: s.id, label: sectionLabel(s), level: s.level });
    }
  };

  for (const task of doc.tasks) {
    const section = task.section === null ? undefined : byId.get(task.section);
    if (section && !shown.has(section.id)) showSections(section);
    rows.push(taskRow(doc, task, columns, messages.byTask.get(task) ?? [], seqCount.get(task.seq) === 1, lang));
  }
  for (const s of doc.sections) if (!shown.has(s.id)) rows.push({ kind: "section", id: s.id, label: sectionLabel(s), level: s.level });

  const counts = { tasks: doc.tasks.length, ok: 0, repaired: 0, needs_review: 0, missing: 0, attention: 0 };
  for (const row of rows) {
    if (row.kind !== "task") continue;
    counts[row.status] += 1;
    if (row.attention) counts.attention += 1;
  }
  return {
    fileName: doc.document.source.fileName,
    title: doc.document.title,
    issuer: doc.document.issuer,
    issuedDateText: doc.document.issuedDateText,
    format: doc.document.source.format,
    layout: doc.document.source.layout,
    counts,
    columns: columns.map((c) => ({ key: canonicalName(c), header: c.header, editable: c.field !== "seq" && c.field !== "section" })),
    rows,
    messages: messages.general.map((m) => reviewMessage(m, lang)),
    leftovers: doc.leftovers.length,
  };
}

function taskRow(doc: BreakdownDocument, task: Task, columns: ReturnType<typeof orderedColumns>, messages: Message[], uniqueSeq: boolean, lang: Lang): TaskRow {
  const cells: ReviewCell[] = columns.map((c) => ({ key: canonicalName(c), text: cellText(doc, task, c), items: isListField(c.field) ? [...task[c.field]] : null, separator: LIST_SEPARATOR, repairs: [] }));
  const other: ReviewRepair[] = [];
  for (const repair of task.repairs) {
    const column = columnOfField(columns, repair.field);
    const cell = column ? cells[columns.indexOf(column)] : undefined;
    (cell ? cell.repairs : other).push(reviewRepair(repair, lang));
  }
  const flagged = task.status === "needs_review" || task.status === "missing";
  const attention = flagged || task.repairs.some((r) => r.ruleId === "manual");
  return {
    kind: "task",
    seq: task.seq,
    status: task.status,
    attention,
    editable: attention && uniqueSeq,
    raw: task.status === "needs_review" ? task.raw : "",
    cells,
    repairs: other,
    messages: messages.map((m) => reviewMessage(m, lang)),
  };
}
