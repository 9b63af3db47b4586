import { DATE_LINE, OPENING_DEADLINE } from "../../genre/dates.js";
import { fieldForHeader } from "../../genre/headers.js";
import { ISSUER_LINE } from "../../genre/issuers.js";
import { ATTACHMENT_NAME, ATTACHMENT_NAME_OPENING, DUTY_LEAD_IN } from "../../genre/notice.js";
import { opensAsExplainer, openingTitle, TITLE_HINT } from "../../genre/titles.js";
import { sectionUnit } from "../../genre/section-units.js";
import type { GridCell, GridRow, Paragraph } from "../../model/grid.js";
import { bestTaskAnchors, sectionAnchors, type Anchor } from "./anchors.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";

// 工作措施: / 牵头单位: / 责任单位： / 牵头负责领导: … — a field label and its colon (ASCII or full-width).
const LABEL =
  /(工作措施|具体措施|主要措施|工作内容|主要内容|任务内容|工作目标|目标任务|牵头负责领导|牵头责任领导|责任领导|负责领导|分管领导|牵头领导|包保领导|联系领导|牵头责任单位|牵头责任部门|牵头单位|牵头部门|主责单位|协同责任单位|协同配合单位|配合责任单位|协同单位|配合单位|配合部门|协办单位|参与单位|责任单位|责任部门|责任科室|责任主体|责任人|联系人|完成时限|完成时间|完成期限|时间节点|时间安排|时限要求)\s*[:\uff1a]/g;
const OPEN_BRACKET = /[(\uff08〔【[]\s*$/;
const SEPARATOR_END = /[;\uff1b,\uff0c、\s]+$/;
// A task whose title is printed in brackets before its text: 1.【优化审批流程】全面推行…
const BRACKET_TITLE = /^(\s*)【([^】\n]{2,40})】\s*/;

/** Index of the bracket that closes the label group (not one inside the value, as in 各街道(功能区)), or -1. */
function closingBracket(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if ("(\uff08〔【[".includes(ch)) depth++;
    else if (")\uff09〕】]".includes(ch)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

interface LabelHit {
  label: string;
  start: number;
  /** After the colon. */
  valueStart: number;
}

function labelsIn(text: string, from: number, to: number): LabelHit[] {
  const out: LabelHit[] = [];
  LABEL.lastIndex = from;
  for (let m = LABEL.exec(text); m && m.index < to; m = LABEL.exec(text)) {
    out.push({ label: m[1] as string, start: m.index, valueStart: m.index + m[0].length });
  }
  return out;
}

// The numbering styles a labelled list's tasks are tried in.
const TASK_STYLES = ["dotted", "paren", "circled", "bare"] as const;
// A section heading is followed by its first task within this many characters (anchors.ts's
// default is 160; a notice's headings run longer). Set when the reader was written, not measured.
const MAX_HEADING_CHARS = 200;
// Without any label, numbered paragraphs are read as tasks only when there are at least this many
// (one or two numbered points are a notice's own) and the text names a breakdown table near its top.
const MIN_UNLABELLED_TASKS = 3;
// A numbered list this long is read without a title naming a breakdown table (a page that kept only
// the table's task column, a problem list of a 督查通报): a notice's own points run one to four.
// Measured on the corpus: no document that holds no table has five numbered points in one run.
const MIN_UNTITLED_TASKS = 5;
// How far into the text the title that names a breakdown table (TITLE_HINT) is looked for.
const TITLE_HINT_CHARS = 2000;
// A first sentence is the task's title only when at least this many characters of text follow it
// (a task of one short sentence and a clause is not a title and a text). Not measured.
const MIN_TEXT_AFTER_HEADING = 8;
// …unless nearly every task of the list opens with one (a table's 项目 | 要求 run together): then
// any text after it will do. Set by hand, not measured on more than one document.
const MIN_TITLE_HABIT_TASKS = 3;
const TITLE_HABIT_SHARE = 0.8;
const MIN_TEXT_IN_HABIT = 1;

/** Where the table starts among the tasks and section headings found in the text. */
interface TableStart {
  anchors: Anchor[];
  /** Index in `anchors` of the table's first row. */
  index: number;
  /** Offset in the text of the table's first row. */
  offset: number;
  /** The sentence introducing the list, read as its section heading. */
  lead: { start: number; end: number } | null;
}

/** What the steps of one reading share: the text, its source, and the table read so far. */
interface LabelledReading {
  stream: Stream;
  locator: Locator;
  text: string;
  /** The text has at least one label: without any, each task is a guess. */
  labelled: boolean;
  headerTexts: string[];
  /** The column of deadlines tasks open with (no label names a deadline), or -1. */
  openingDeadline: number;
  header: GridCell[];
  rows: GridRow[];
  after: Paragraph[];
  /** Characters of text a heading sentence needs after it to be the task's title. */
  minTextAfterHeading: number;
}

/**
 * Read a list of numbered tasks whose fields are labelled (government pages, notices):
 *
 *     1. 地区生产总值增长8%以上。
 *     牵头责任单位：市发展改革委。
 *     协同责任单位：市经信局、市商务局……
 *
 * or with the labels in brackets after the task (…落实。〔牵头单位：区政府办公室，责任单位：…〕).
 * The labels become the table's columns, in the order they first appear. Reading stops once the
 * table has more than `maxRows` rows (the caller refuses it).
 */
export function readLabelled(stream: Stream, locator: Locator, maxRows = Number.POSITIVE_INFINITY): TextTable | null {
  const text = stream.text;
  const allLabels = labelsIn(text, 0, text.length);
  // A contact's label alone (联系人：赵海，联系电话：…) closes a page or a notice: it makes no list labelled.
  const labelled = allLabels.some((l) => l.label !== "联系人");
  const start = findTableStart(text, labelled);
  if (!start) return null;
  const reading = startReading(stream, locator, labelled, allLabels, start.offset);
  const { anchors } = start;
  // A list whose tasks nearly all open with a short heading sentence (1、一面国旗。室外悬挂国旗。) has a
  // title column: a short text after the heading is that task's text too.
  const tasks = anchors.filter((a) => a.kind === "task");
  const headed = tasks.filter((a, k) => openingTitle(text.slice(a.end, (tasks[k + 1] ?? { start: text.length }).start).trimStart()) !== null).length;
  if (tasks.length >= MIN_TITLE_HABIT_TASKS && headed / tasks.length >= TITLE_HABIT_SHARE) reading.minTextAfterHeading = MIN_TEXT_IN_HABIT;
  if (start.lead && start.offset === start.lead.start) {
    const cell = cellAt(stream, locator, start.lead.start, start.lead.end);
    reading.rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
  }
  // Past maxRows the reading stops: its maxRows + 1 rows are refused by the row limit, unread further.
  for (let i = start.index; i < anchors.length && reading.rows.length <= maxRows; i++) {
    const a = anchors[i] as Anchor;
    const next = anchors[i + 1];
    const end = next ? next.start : text.length;
    if (a.kind === "section") readSectionRow(reading, a, end);
    else readTaskRow(reading, a, next ? end : cutClosing(reading, a, end));
  }
  return finishTable(reading, start.offset);
}

/** The tasks and section headings, and the row the table starts at; null when the text is not such a list. */
function findTableStart(text: string, labelled: boolean): TableStart | null {
  const { anchors: tasks } = bestTaskAnchors(text, TASK_STYLES, MAX_HEADING_CHARS);
  // A notice's list of attachments is no list of tasks; the last one's line may run on into the signature.
  const attachment = (t: Anchor, k: number): boolean => ATTACHMENT_NAME.test(lineAfter(text, t.end)) || (k > 0 && k === tasks.length - 1 && ATTACHMENT_NAME_OPENING.test(lineAfter(text, t.end)));
  if (tasks.every(attachment)) return null;
  const lead = labelled ? null : leadIn(text, tasks);
  if (tasks.length < (labelled || lead ? 1 : MIN_UNLABELLED_TASKS)) return null;
  if (!labelled && tasks.length < MIN_UNTITLED_TASKS && !TITLE_HINT.test(text.slice(0, Math.min(text.length, TITLE_HINT_CHARS)))) return null;
  // An explainer's numbered points (…政策解读: 1.在“…”方面(分解任务15项)) are not the plan's tasks.
  if (!labelled && opensAsExplainer(text)) return null;
  // Only tasks that are followed by a label before the next task count when the document has labels
  // (a numbered list in the notice above the table is not the table).
  const sections = sectionAnchors(text, tasks, MAX_HEADING_CHARS);
  const anchors: Anchor[] = [...tasks, ...sections, ...unitHeadings(text, tasks, sections)].sort((a, b) => a.start - b.start);
  const firstTaskIndex = anchors.findIndex((a) => a.kind === "task");
  // The table starts at the section heading just before the first task, if any.
  let index = firstTaskIndex;
  while (index > 0 && (anchors[index - 1] as Anchor).kind === "section") index--;
  return { anchors, index, offset: lead && index === firstTaskIndex ? lead.start : (anchors[index] as Anchor).start, lead };
}

/**
 * Lines that only name a unit, each just above a task numbered 1 (凤台县政府 / 1.… / 大通区政府 / 1.…): the
 * tasks under it are that unit's (the section-unit rule gives it them, recorded). Sections without a number.
 */
function unitHeadings(text: string, tasks: readonly Anchor[], sections: readonly Anchor[]): Anchor[] {
  const level = sections.some((a) => a.level === 1) ? 2 : 1;
  const out: Anchor[] = [];
  for (const t of tasks) {
    if (t.value !== 1) continue;
    const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
    if (text.slice(lineStart, t.start).trim() !== "") continue;
    // The line above, blank lines skipped.
    let end = lineStart - 1;
    while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
    if (end <= 0) continue;
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    if (sectionUnit(line.trim()) === null || sections.some((a) => a.start === start + lead)) continue;
    out.push({ kind: "section", level, value: 0, printed: "", start: start + lead, end: start + lead });
  }
  return out;
}

/** The rest of the line from `at`. */
function lineAfter(text: string, at: number): string {
  const nl = text.indexOf("\n", at);
  return text.slice(at, nl < 0 ? text.length : nl);
}

/**
 * The line before the first task, when it introduces a list of duties (…区政府要…，主要承担以下工作：):
 * its range, kept as the list's heading (it names who the duties are for). Null otherwise.
 */
function leadIn(text: string, tasks: readonly Anchor[]): { start: number; end: number } | null {
  const first = tasks[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  if (!/\n[ \t\u3000]*$/.test(before)) return null;
  const end = before.trimEnd().length;
  const lineStart = before.lastIndexOf("\n", end - 1) + 1;
  const line = text.slice(lineStart, end);
  return DUTY_LEAD_IN.test(line) ? { start: end - line.trimStart().length, end } : null;
}

// How far after a task's number its opening deadline is looked for (the indent, then the date).
const OPENING_WINDOW = 80;
// The header of the column of deadlines tasks open with, where no label names one.
const OPENING_DEADLINE_HEADER = "完成时限";

/** Columns: 序号, the task text, then each label in order of first appearance from the table's start. */
function startReading(stream: Stream, locator: Locator, labelled: boolean, allLabels: readonly LabelHit[], tableStart: number): LabelledReading {
  const labelOrder: string[] = [];
  for (const l of allLabels) if (l.start >= tableStart && !labelOrder.includes(l.label)) labelOrder.push(l.label);
  // With no deadline label, a deadline a task opens with (2017年2月底前，…) is read into a column of its own.
  const deadlineLabelled = labelOrder.some((l) => fieldForHeader(l) === "deadline");
  const headerTexts = ["序号", "重点工作", "主要内容", ...labelOrder, ...(deadlineLabelled ? [] : [OPENING_DEADLINE_HEADER])];
  const header: GridCell[] = headerTexts.map((h) => ({ text: h, place: {}, spans: [] }));
  const openingDeadline = deadlineLabelled ? -1 : headerTexts.length - 1;
  return { stream, locator, text: stream.text, labelled, headerTexts, openingDeadline, header, rows: [], after: [], minTextAfterHeading: MIN_TEXT_AFTER_HEADING };
}

/** A heading is one line (or runs to the next number); what follows it on other lines is a garbled row. */
function readSectionRow(r: LabelledReading, a: Anchor, end: number): void {
  const nl = r.text.indexOf("\n", a.end);
  const headEnd = nl >= 0 && nl < end ? nl : end;
  const cell = cellAt(r.stream, r.locator, a.start, headEnd);
  r.rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place, seqPrinted: a.printed });
  if (headEnd < end) {
    const rest = cellAt(r.stream, r.locator, headEnd, end);
    if (rest.text !== "") r.rows.push({ kind: "garbled", cells: [rest], raw: rest.text, place: rest.place });
  }
}

/** The signature and date after the last task are not part of it: they go after the table. Returns the task's end. */
function cutClosing(r: LabelledReading, a: Anchor, end: number): number {
  const tail = r.text.slice(a.end, end);
  const lines = tail.split("\n");
  let cut = tail.length;
  for (let k = lines.length - 1; k > 0; k--) {
    const line = (lines[k] as string).trim();
    if (line === "") continue;
    if (DATE_LINE.test(line) || ISSUER_LINE.test(line)) {
      cut = tail.lastIndexOf(lines[k] as string);
      continue;
    }
    break;
  }
  if (cut >= tail.length) return end;
  r.after.push(...paragraphsAt(r.stream, r.locator, a.end + cut, end));
  return a.end + cut;
}

/** One task: its number, its title and text, then each label's value in its column. */
function readTaskRow(r: LabelledReading, a: Anchor, end: number): void {
  const cells: GridCell[] = r.header.map(() => ({ text: "", place: {}, spans: [] }));
  cells[0] = cellAt(r.stream, r.locator, a.start, a.end);
  const labels = labelsIn(r.text, a.end, end);
  placeTaskText(r, a, end, labels, cells);
  labels.forEach((l, k) => placeLabelValue(r, l, labels[k + 1], end, cells));
  placeOpeningDeadline(r, a, cells);
  const raw = r.text.slice(a.start, end).trim();
  const place = r.locator.place(r.stream.sourceAt(a.start), r.stream.sourceAt(end));
  const row: GridRow = { kind: "data", cells, raw, place, seqPrinted: a.printed };
  // Numbered paragraphs with no label at all are taken for tasks only because the text names a
  // breakdown table: a guess a person confirms.
  if (!r.labelled) row.uncertain = "it was read as a task from its number alone: no unit or label goes with it";
  r.rows.push(row);
  // Text after the last label's line that no label took (a wrapped note) stays with the row as a leftover.
}

/** A deadline the task's text opens with, also read into the deadline column (the text keeps it: it is the sentence's). */
function placeOpeningDeadline(r: LabelledReading, a: Anchor, cells: GridCell[]): void {
  const col = r.openingDeadline;
  if (col < 0) return;
  // A window, not the rest of the text: a copy of the rest per task made a long list quadratic.
  const after = r.text.slice(a.end, a.end + OPENING_WINDOW);
  const lead = after.length - after.trimStart().length;
  const m = OPENING_DEADLINE.exec(after.slice(lead, lead + 40));
  if (m) cells[col] = cellAt(r.stream, r.locator, a.end + lead, a.end + lead + m[0].length);
}

/** The text before the first label: the task's title (cell 1) and text (cell 2). */
function placeTaskText(r: LabelledReading, a: Anchor, end: number, labels: readonly LabelHit[], cells: GridCell[]): void {
  const { stream, locator, text } = r;
  const itemEnd = labels.length > 0 ? (labels[0] as LabelHit).start : end;
  // The task text, without an opening bracket that belongs to the labels.
  let itemTextEnd = itemEnd;
  const beforeLabels = text.slice(a.end, itemEnd);
  const bracket = OPEN_BRACKET.exec(beforeLabels);
  if (bracket) itemTextEnd = a.end + bracket.index;
  const item = cellAt(stream, locator, a.end, itemTextEnd);
  const heading = openingTitle(item.text);
  const bracketed = BRACKET_TITLE.exec(text.slice(a.end, itemTextEnd));
  // The task's text has a label of its own (工作措施：…): what comes before the labels is the title.
  const contentLabelled = labels.some((l) => fieldForHeader(l.label) === "content");
  if (contentLabelled) {
    cells[1] = item;
  } else if (bracketed) {
    const titleStart = a.end + (bracketed[1] as string).length + 1;
    cells[1] = cellAt(stream, locator, titleStart, titleStart + (bracketed[2] as string).length);
    cells[2] = cellAt(stream, locator, a.end + bracketed[0].length, itemTextEnd);
  } else if (heading && item.text.length > (heading[0] as string).length + r.minTextAfterHeading) {
    const h = (heading[1] as string).length;
    const itemStart = a.end + (text.slice(a.end, itemTextEnd).length - text.slice(a.end, itemTextEnd).trimStart().length);
    cells[1] = cellAt(stream, locator, itemStart, itemStart + h);
    cells[2] = cellAt(stream, locator, itemStart + h + 1, itemTextEnd);
  } else {
    cells[2] = item;
  }
}

/** A label's value, appended to its column's cell; the label's own text is accounted for in the header cell. */
function placeLabelValue(r: LabelledReading, l: LabelHit, nextLabel: LabelHit | undefined, end: number, cells: GridCell[]): void {
  const { stream, locator, text } = r;
  let valueEnd = nextLabel ? nextLabel.start : end;
  const value = text.slice(l.valueStart, valueEnd);
  // A value ends at its line's end, at the bracket that closes the label group, or before the next label's separator.
  const nl = value.indexOf("\n");
  if (nl >= 0 && value.slice(nl).trim() !== "" && !nextLabel) valueEnd = l.valueStart + nl;
  const close = closingBracket(value);
  if (close >= 0 && l.valueStart + close < valueEnd) valueEnd = l.valueStart + close;
  const sep = SEPARATOR_END.exec(text.slice(l.valueStart, valueEnd));
  if (sep && nextLabel) valueEnd -= sep[0].length;
  const col = r.headerTexts.indexOf(l.label);
  const cell = cellAt(stream, locator, l.valueStart, valueEnd);
  const prev = cells[col] as GridCell;
  // The task's own cell, made by cellAt for this row: the label's next value is added to it in place.
  if (prev.text === "") cells[col] = cell;
  else {
    prev.text = `${prev.text}\n${cell.text}`;
    for (const s of cell.spans ?? []) (prev.spans ??= []).push(s);
  }
  // A label's own text is printed header text: give its span to the header cell so it is accounted
  // for. Added in place: a copy per label made 100,000 labelled tasks quadratic (issue 14).
  const h = r.header[col] as GridCell;
  for (const s of stream.spans(l.start, l.valueStart)) (h.spans ??= []).push(s);
}

/** Drop the title and text columns no task fills; null when no column left names a field. */
function finishTable(r: LabelledReading, tableStart: number): TextTable | null {
  // Drop the title column when no task has a heading sentence, a bracketed title or a labelled text.
  const hasTitle = r.rows.some((row) => row.kind === "data" && (row.cells[1] as GridCell).text !== "");
  // Nor the task-text column when every task's text is under a label of its own (工作措施：…).
  const hasText = r.rows.some((row) => row.kind === "data" && (row.cells[2] as GridCell).text !== "");
  // And the deadline column added for deadlines tasks open with, when none does.
  const opening = r.openingDeadline;
  const hasOpening = opening >= 0 && r.rows.some((row) => row.kind === "data" && (row.cells[opening] as GridCell).text !== "");
  const keep = r.headerTexts.map((_, i) => (i !== 1 || hasTitle) && (i !== 2 || hasText) && (i !== opening || hasOpening));
  const pick = <T>(xs: T[]): T[] => xs.filter((_, i) => keep[i]);
  for (const row of r.rows) if (row.kind === "data") row.cells = pick(row.cells);
  const finalHeader = pick(r.header);
  if (finalHeader.every((h) => fieldForHeader(h.text) === "extra")) return null;
  return {
    layout: "labelled",
    header: finalHeader,
    rows: r.rows,
    before: paragraphsAt(r.stream, r.locator, 0, tableStart),
    after: r.after,
    messages: [],
  };
}
