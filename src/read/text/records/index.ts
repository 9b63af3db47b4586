import { FRAMING_SECTION } from "../../../genre/sections.js";
import { bracketStep } from "../../../genre/brackets.js";
import { openingTitle } from "../../../genre/titles.js";
import { sectionLead } from "../../../genre/section-units.js";
import { readItemNumber } from "../../../genre/numbering.js";
import { listPieces } from "../../../genre/unit-groups.js";
import { readsAsUnitList } from "../../../genre/units.js";
import { breakMeans, type CellRole } from "../../../genre/line-breaks.js";
import { opensProgress } from "../../../genre/progress.js";
import { labelsWithColon, type LabelHit } from "../../../genre/labels.js";
import { unsaidField } from "../../../genre/headers.js";
import { closingLinesStart } from "../split-text.js";
import { closesDocument } from "../../../genre/site-chrome.js";
import { type ColumnField, isUnitField } from "../../../model/fields.js";
import type { GridCell, GridRow, Span } from "../../../model/grid.js";
import type { Message } from "../../../model/message.js";
import type { Locator } from "../locator.js";
import type { Stream } from "../stream.js";
import { cellAt, paragraphsAt, type TextTable } from "../text-table.js";
import { classifyItems, evidenceIn } from "./classify.js";
import { isCharged, isTaskEvidence, namesUnits, namesWhoActs, type BracketEvidence, type Evidence, type InheritedEvidence } from "./evidence.js";
import { findItems, nestItems, type Item } from "./items.js";
import type { TextRecord } from "./record.js";
import { recordsWithoutNumbers } from "./unnumbered.js";

/**
 * Tasks written as records in running text rather than as a table: numbered items whose units
 * follow them, in brackets or under labels —
 *
 *     1.深化商事制度改革。（1）全面落实……工作模式。（市工商质监局牵头负责）
 *     2. 地区生产总值增长8%以上。 / 牵头责任单位：市发展改革委。 / 协同责任单位：……
 *     （一）优化市场准入退出。……〔牵头单位：市市场监管局；配合单位：……〕
 *
 * — or records of labels with no numbers at all (整改任务 / 责任单位 / 整改措施, one per line).
 * The numbering says where each record begins and how they nest; the units say which items are
 * tasks; the labels and the bracket's role words say which field each value is.
 */


const DEFAULT_HEADERS: Partial<Record<ColumnField, string>> = {
  seq: "序号",
  title: "重点工作",
  content: "主要内容",
  leadUnits: "牵头单位",
  supportUnits: "配合单位",
  units: "责任单位",
  deadline: "完成时限",
  leaders: "责任领导",
  contacts: "联系人",
  progress: "进展情况",
  note: "备注",
};

// A record's first line printed as a heading over its text: short, no stop or clause in it, more lines below.
const HEADING_LINE = /^([^\n。；;，,：:]{2,40}?)[ \t\u3000]*\r?\n(?=[ \t\u3000]*\S)/;
// A record's first line that is one short sentence, its stop at the line's end.
// (A page that printed its line breaks as spaces keeps the sentence's stop and one space: 生产总值增长12%。 抓好….)
// (A blank line may stand between it and its text: 第一项:校舍维修工程。 / / 包括完成…)
const STATED_LINE = /^([^\n。；;：:]{2,40}?。)(?:[ \t\u3000]*\r?\n(?=\s*\S)| (?=[\u4e00-\u9fa5]))/;
// A task whose title is printed in brackets before its text: 1.【优化审批流程】全面推行…
const BRACKET_TITLE = /^【([^】\n]{2,40})】/;
// A heading without a number: one short line, no sentence punctuation, no bracket.
const UNNUMBERED_HEADING = /^[^\n。，,；;：:()（）〔〕[\]]{2,30}$/;
// …or such a line with a note in brackets on the line under it (沿海开发十大重点争取推进事项 / (2010年2月,成立专门工作班子)).
const HEADING_WITH_NOTE = /^[^\n。，,；;：:()（）〔〕[\]]{2,30}\n[ \t\u3000]*[(（][^()（）\n:：]{1,40}[)）]$/;
// Sub-paragraphs that are a task's list (- 约600个…, • …), not tasks of their own.
// A report's sub-heading on a line of its own, opened by a double dash (——在推进“放管服”改革上精准发力): no bullet.
const DASH_HEADING = /^[ \t\u3000]*——[^\n。；;]{2,40}(?:\n|$)/;
const BULLET = /^[ \t\u3000]*[-—•·●▪■◆▲△★☆◇□○►▶√※]/;

// A heading line is clearly shorter than the line under it: a paragraph wrapped at the page's width is not.
const HEADING_SHORTER_BY = 6;

/**
 * Whether a record's first line (綿陽科技城…建設項目) is a heading printed over its text rather than
 * the first line of a paragraph wrapped at the page's width: the line under it runs clearly longer.
 */
function printedAsHeading(opening: string, lineEnd: number, headingLength: number): boolean {
  const next = opening.slice(lineEnd).split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return next.length >= headingLength + HEADING_SHORTER_BY;
}

/**
 * Whether the line under a record's first line opens with an item's number ((1)加强…, ①…, 1.…): the first
 * line is the heading over its sub-items (1.完善应急预案体系。 / (1)… / (2)…), however long they run.
 */
function overSubItems(opening: string, lineEnd: number): boolean {
  const rest = opening.slice(lineEnd);
  const at = rest.length - rest.trimStart().length;
  return readItemNumber(rest, at) !== null;
}

/** Paragraph ends (line breaks) in text[from, to). */
// A paragraph holds several tasks when at least this many brackets of units close its sentences.
const MIN_SENTENCE_TASKS = 2;
const SENTENCE_STOP = /^[ \t\u3000]*[。；;，,]/;

function paragraphBreak(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes("\n");
}

// Fields a paragraph may say of the task above it under a label of its own.
const WORDING_LABEL_FIELDS: ReadonlySet<ColumnField> = new Set(["content", "progress", "target", "note"]);

/** Whether a paragraph opens with a label of a task's wording, progress, target or note (整改措施：…). */
function opensWordingLabel(rest: string): boolean {
  const first = labelsWithColon(rest, 0, Math.min(rest.length, 16))[0];
  return first !== undefined && rest.slice(0, first.start).trim() === "" && WORDING_LABEL_FIELDS.has(first.field);
}

/**
 * A task's text split where a bracket of units closes a paragraph and another paragraph follows
 * (1.控制用水总量。……[市水务局牵头…] / 严控地下水超采……): each bracketed paragraph is a record.
 * Not a task's list (its lines start with bullets, or its first line ends with a colon).
 */
function splitAtBrackets(text: string, start: number, end: number, evidence: readonly Evidence[]): Array<[number, number]> {
  // Units a sentence charges (县公安局要…) open that sentence: they close no task.
  const brackets = evidence.filter((e): e is BracketEvidence => e.kind === "bracket" && !e.charged);
  if (brackets.length === 0) return [[start, end]];
  // A paragraph of sentences each closed by a bracket of its units (推进…(省科技厅牵头)。在…实施…(省工信厅牵头)。):
  // each bracket that a stop follows closes a task, inside the paragraph too.
  const closesSentences = brackets.filter(namesUnits).length >= MIN_SENTENCE_TASKS;
  const firstLine = text.slice(start, text.indexOf("\n", start) < 0 ? end : Math.min(end, text.indexOf("\n", start))).trim();
  if (/[:\uff1a]$/.test(firstLine)) return [[start, end]];
  const out: Array<[number, number]> = [];
  let s = start;
  for (const b of brackets) {
    const next = b.end;
    const after = text.slice(next, end);
    const rest = after.replace(/^[ \t\u3000。.;；,，]*/, "");
    if (rest.trim() === "") break;
    // What was done, after the task's units (此项工作已完成。截至…), is the task's progress, no task of its own;
    // so is a paragraph under a label of the task's wording (整改措施：…, 进展情况：…).
    if (opensProgress(rest) || opensWordingLabel(rest)) continue;
    const nextLine = rest.replace(/^\s*\n/, "");
    const sameParagraph = !paragraphBreak(text, next, next + (after.length - after.trimStart().length) + 1);
    if (sameParagraph && !(closesSentences && namesUnits(b) && SENTENCE_STOP.test(after))) continue;
    if (!sameParagraph && BULLET.test(nextLine) && !DASH_HEADING.test(nextLine)) continue;
    const cut = next + (after.length - rest.length);
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).trim() !== "");
}

/**
 * The evidence (sorted by start) that starts in [s, e): found by binary search, as an item that runs
 * over a whole text is cut into a piece per bracket (issue 14: a filter per piece was quadratic).
 */
function evidenceBetween(evidence: readonly Evidence[], s: number, e: number): Evidence[] {
  const firstAt = (at: number): number => {
    let lo = 0;
    let hi = evidence.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((evidence[mid] as Evidence).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return evidence.slice(firstAt(s), firstAt(e));
}

const NON_BLANK = /\S/g;

/** Whether any text follows `at` (found from there, not by slicing the rest of a long text). */
function textAfter(text: string, at: number): boolean {
  NON_BLANK.lastIndex = at;
  return NON_BLANK.test(text);
}

/** The piece after a task's last bracket is a heading: one short line with no evidence, or with a note in brackets naming no units. */
function isHeadingTail(text: string, [s, e]: [number, number], evidence: readonly Evidence[]): boolean {
  const own = evidence.filter((ev) => ev.start >= s && ev.start < e);
  const words = text.slice(s, e).trim();
  return (own.length === 0 && UNNUMBERED_HEADING.test(words)) || (!own.some(namesUnits) && HEADING_WITH_NOTE.test(words));
}

// An item's title before its paragraph of tasks: one short sentence, no evidence in it.
// (Sticky, tried at the item's text: slicing the rest of a long text for each item would cost its length.)
const PARAGRAPH_TITLE = /[^\n。；;，,：:()（）]{2,24}。/y;

/**
 * Where an item's short title ends (its stop, and where the next sentence begins) when the item's first
 * piece is a paragraph of tasks cut at their brackets inside it (its first cut falls on the same line
 * as the title); else null.
 */
function paragraphTitle(text: string, textStart: number, pieces: ReadonlyArray<[number, number]>, evidence: readonly Evidence[]): { stop: number; next: number } | null {
  PARAGRAPH_TITLE.lastIndex = textStart;
  const title = PARAGRAPH_TITLE.exec(text);
  if (!title) return null;
  const end = textStart + title[0].length;
  const firstCut = (pieces[1] as [number, number])[0];
  // Cut inside the paragraph: no line break between the title and the cut, nor at the cut.
  const beforeCut = text.slice(end, firstCut);
  if (beforeCut.includes("\n") || beforeCut.trim() === "" || evidence.some((e) => e.start < end)) return null;
  if (/^[ \t\u3000]*\r?\n/.test(text.slice(firstCut))) return null;
  let next = end;
  while (next < firstCut && /\s/.test(text[next] as string)) next++;
  return { stop: end - 1, next };
}

// An item's title on a line of its own over its tasks' lines: short, no sentence or clause in it.
const LINE_TITLE = /^[^。；;，,：:()（）]{2,24}$/;

/**
 * Where an item's title line ends, and where its first task begins, when the item is a title on a line of
 * its own over lines of tasks each closed by its bracket ((一)约束性指标 / 耕地保有量保持在…。(市国土局牵头) /
 * 单位工业增加值用水量…。(市水利局…)): the title heads them. Null otherwise.
 */
function lineTitle(text: string, textStart: number, pieces: ReadonlyArray<[number, number]>, evidence: readonly Evidence[]): { stop: number; next: number } | null {
  const nl = text.indexOf("\n", textStart);
  const firstCut = (pieces[1] as [number, number])[0];
  if (nl < 0 || nl >= firstCut || evidence.some((e) => e.start < nl)) return null;
  const title = text.slice(textStart, nl).trim();
  if (!LINE_TITLE.test(title)) return null;
  // Each task on lines of its own.
  const opensLine = (at: number): boolean => /^[ \t\u3000]*$/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at).replace(/[。.;；]/g, ""));
  if (!pieces.slice(1).every(([s]) => opensLine(s + (text.slice(s).length - text.slice(s).trimStart().length)))) return null;
  let next = nl + 1;
  while (next < firstCut && /\s/.test(text[next] as string)) next++;
  return { stop: textStart + text.slice(textStart, nl).trimEnd().length, next };
}

/** Records of numbered tasks: each task item's text, with sub-items where they belong. */
export function numberedRecords(text: string, items: readonly Item[], roles: readonly string[], absorbs: ReadonlySet<number>, inherited: ReadonlyMap<number, readonly Evidence[]>, headings: Array<[number, number]>, charged = false): TextRecord[] {
  const records: TextRecord[] = [];
  items.forEach((item, i) => {
    if (roles[i] !== "task") return;
    const hasSubs = item.children.some((k) => roles[k] === "sub");
    const end = hasSubs || absorbs.has(i) ? item.end : item.ownEnd;
    const evidence = evidenceIn(text, item.textStart, end, true, charged);
    const named = inherited.get(i);
    const pieces = splitAtBrackets(text, item.textStart, end, evidence);
    // A short line with no sentence in it after the last bracket heads what follows (a group of
    // tasks printed without a number: 地区事项统筹工作组), it is not a task.
    const tail = pieces[pieces.length - 1];
    if (pieces.length > 1 && tail && textAfter(text, tail[1]) && isHeadingTail(text, tail, evidence)) {
      headings.push(tail);
      pieces.pop();
    }
    const inherits = named && !evidence.some(isTaskEvidence) ? [...named] : [];
    // A paragraph of bracket-closed tasks under its item's short title ((一)增强创新驱动发展能力。推进…(…牵头)。在…(…牵头)。):
    // the number and title head the tasks, none of which is the item's.
    // A title line heads lines of tasks under a part's number ((一)约束性指标), not under a task's own (1.加大…).
    const partNumber = item.scheme === "cn" || item.scheme === "cn-paren";
    // A heading that names the unit leading the task under it, the task on the lines after it ((二)省审计厅牵头的工作 /
    // 全面加强审计工作。 / 协同单位：…): the heading heads it, its unit the task's lead.
    const lead = hasSubs ? null : leadHeading(text, item.textStart, end);
    const head = lead ?? (pieces.length > 1 ? (paragraphTitle(text, item.textStart, pieces, evidence) ?? (partNumber ? lineTitle(text, item.textStart, pieces, evidence) : null)) : null);
    if (lead) inherits.push(lead.units);
    if (head !== null) {
      // The heading without its stop; the first task from the next sentence on.
      headings.push([item.start, head.stop]);
      (pieces[0] as [number, number])[0] = head.next;
    }
    pieces.forEach(([s, e], k) => {
      const numbered = k === 0 && head === null;
      // A piece cut at a bracket whose words are only a number (12369(生态环境部), 监督电话：12314(水利部): a
      // hotline and the body that answers it) is no task: left for the leftovers.
      if (!numbered && pieces.length > 1 && !/[\u4e00-\u9fa5]{2}/.test(withoutEvidence(text, s, e, evidence).replace(HOTLINE_LABEL, ""))) return;
      records.push({
        start: numbered ? item.start : s,
        end: e,
        numberStart: numbered ? item.start : null,
        numberEnd: numbered ? item.textStart : null,
        evidence: [...evidenceBetween(evidence, s, e), ...inherits],
      });
    });
  });
  return records;
}

/** The item's first line when it is only a heading naming the unit that leads the task after it (省审计厅牵头的工作), or null. */
function leadHeading(text: string, from: number, to: number): { stop: number; next: number; units: InheritedEvidence } | null {
  const nl = text.indexOf("\n", from);
  if (nl < 0 || nl >= to) return null;
  const line = text.slice(from, nl);
  const lead = sectionLead(line);
  let next = nl;
  while (next < to && /\s/.test(text[next] as string)) next++;
  if (lead === null || next >= to) return null;
  const at = from + line.indexOf(lead);
  return { stop: nl, next, units: { kind: "inherited", field: "leadUnits", start: at, valueStart: at, valueEnd: at + lead.length } };
}

// What a hotline's number is printed after (监督电话：, 举报热线:): no words of a task.
const HOTLINE_LABEL = /[\u4e00-\u9fa5]{0,8}(?:电话|热线|邮箱|传真)\s*[:：]?/g;

/** The text of [s, e) without the evidence in it (its brackets and labels). */
function withoutEvidence(text: string, s: number, e: number, evidence: readonly Evidence[]): string {
  let out = "";
  let pos = s;
  for (const ev of evidenceBetween(evidence, s, e)) {
    const from = ev.start;
    const to = ev.kind === "bracket" ? ev.end : ev.kind === "inherited" ? ev.start : (ev.closeEnd ?? ev.valueEnd);
    if (from > pos) out += text.slice(pos, from);
    pos = Math.max(pos, to);
  }
  return out + text.slice(pos, e);
}

interface Piece {
  start: number;
  end: number;
  /** Taken from a heading over several records (a merged value). */
  merged?: boolean;
}

/** The record's text outside its evidence: its wording. */
function wordingPieces(record: TextRecord, text: string): Piece[] {
  const from = record.numberEnd ?? record.start;
  const cuts = record.evidence
    .filter((e) => e.kind !== "inherited" || e.ownLine === true)
    .map((e) => (e.kind === "bracket" ? [e.start, e.end] : [e.start, e.kind === "label" ? (e.closeEnd ?? e.valueEnd) : e.valueEnd]) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const out: Piece[] = [];
  let pos = from;
  for (const [s, e] of cuts) {
    if (s > pos) out.push({ start: pos, end: s });
    pos = Math.max(pos, e);
  }
  if (pos < record.end) out.push({ start: pos, end: record.end });
  // A number left alone between labels (3、承办单位：… under an activity, the label lines numbered) is no wording:
  // it is reported with what no field took, as is one that closes a piece on a line of its own (…开幕式 / 1、时 间：).
  for (const p of out) {
    const tail = NUMBER_LINE_AT_END.exec(text.slice(p.start, p.end));
    if (tail && tail.index > 0) p.end = p.start + tail.index;
  }
  return out.filter((p) => {
    const words = text.slice(p.start, p.end).replace(/[\s。.;；,，]/g, "");
    return words !== "" && !(p.start > from && ONLY_NUMBER.test(words));
  });
}
// An item number (3、, （2）, ④): alone, or on a line of its own closing a piece.
const ITEM_NUMBER = String.raw`(?:\d{1,2}[、.．]|[(\uff08]\d{1,2}[)\uff09]|[①-⑳])`;
const ONLY_NUMBER = new RegExp(`^${ITEM_NUMBER}$`);
const NUMBER_LINE_AT_END = new RegExp(String.raw`\n[ \t\u3000]*${ITEM_NUMBER}[ \t\u3000]*$`);

/** One cell from several pieces of the stream, lines joined as a Word cell's are. */
function joinedCell(stream: Stream, locator: Locator, pieces: readonly Piece[], role: CellRole, separator: string): GridCell {
  const cells = pieces.map((p) => cellAt(stream, locator, p.start, p.end)).filter((c) => c.text !== "");
  if (cells.length === 0) return { text: "", place: {}, spans: [] };
  let text = "";
  const spans: Span[] = [];
  for (const c of cells) {
    // Inside a piece, a line break is kept only where it means something.
    const lines = c.text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    let joined = lines[0] ?? "";
    for (let k = 1; k < lines.length; k++) joined += (breakMeans(joined.slice(joined.lastIndexOf("\n") + 1), lines[k] as string, role) ? "\n" : "") + (lines[k] as string);
    text = text === "" ? joined : `${text}${separator}${joined}`;
    spans.push(...(c.spans ?? []));
  }
  const first = cells[0] as GridCell;
  const last = cells[cells.length - 1] as GridCell;
  const cell: GridCell = { text, spans, place: locator.place(first.place.offset ?? 0, last.place.end ?? first.place.end ?? 0) };
  // A value taken from a heading over several records: shown as merged, its spans already the heading's.
  if (pieces.every((p) => p.merged)) return { ...cell, spans: [], merged: true, fromHeading: true };
  return cell;
}

/** A column of the records' table: a field, under the label it was printed with (or the genre's usual header). */
interface ColumnKey {
  field: ColumnField;
  header: string;
  /** The label its values were printed under, if any. */
  label?: string | null;
}

/** One record's values, by column key (`field` or `field:label`). */
interface RecordCells {
  values: Map<string, Piece[]>;
  /** A label printed again in the same record: its values are joined, and the row flagged. */
  repeated: Piece[];
  /** The printed labels, by column key: header text, accounted for in the header. */
  markers: Map<string, Piece[]>;
  columns: Map<string, ColumnKey>;
}

function keyOf(field: ColumnField, label: string | null): string {
  return label === null ? field : `${field}:${label}`;
}

/**
 * The wording without what follows the task's units and says what was done ((责任单位:…)该件实事已全面完成 /
 * 此项工作已完成。截至…): that is its progress, given to `progress`.
 */
function withoutProgress(wording: Piece[], record: TextRecord, text: string, progress: (p: Piece) => void): Piece[] {
  const quoted = quotedMatter(wording, text);
  if (quoted) {
    progress(quoted.report);
    return [quoted.matter, ...wording.slice(1)];
  }
  const bracketEnd = Math.max(-1, ...record.evidence.map((e) => (e.kind === "bracket" ? e.end : e.kind === "inherited" ? -1 : (e.closeEnd ?? -1))));
  if (bracketEnd < 0) return wording;
  const at = wording.findIndex((p) => p.start >= bracketEnd && opensProgress(text.slice(p.start, p.end).replace(/^[\s。.;；,，]+/, "")));
  if (at < 0 || wording.slice(at).some((p) => p.start < bracketEnd)) return wording;
  for (const p of wording.slice(at)) progress(p);
  return wording.slice(0, at);
}

// A report's matter quoted on a line of its own (关于“进出口总额增长高于全国平均水平”事项。): the task it reports on.
const QUOTED_MATTER = /^关于[“"「『][^\n]{2,}[”"」』](?:的)?(?:事项|工作|任务|问题)?[。.]?$/;

/**
 * A progress report's record that quotes the task it reports on, on its first line, and says what was done
 * under it (…事项。 / 2021年上半年，全市实现进出口…): the matter its wording, the paragraph its progress. Null
 * when the first line quotes no matter or the paragraph does not open as a report does.
 */
function quotedMatter(wording: readonly Piece[], text: string): { matter: Piece; report: Piece } | null {
  const first = wording[0];
  if (!first) return null;
  const piece = text.slice(first.start, first.end);
  const lead = piece.length - piece.trimStart().length;
  const nl = piece.indexOf("\n", lead);
  if (nl < 0 || !QUOTED_MATTER.test(piece.slice(lead, nl).trim())) return null;
  const rest = piece.slice(nl);
  const restLead = rest.length - rest.trimStart().length;
  if (!opensProgress(rest.trimStart())) return null;
  return { matter: { start: first.start, end: first.start + nl }, report: { start: first.start + nl + restLead, end: first.end } };
}

// A task's name before the clauses of its roles: short, one phrase, no sentence in it.
const NAME_BEFORE_ROLES = /^[^。；;!！?？]{2,40}$/;

/** Whether a record's wording is a name, the clauses of its roles (由…负责，…配合), then its text. */
function namedBeforeRoles(text: string, wording: readonly Piece[], record: TextRecord): boolean {
  const [first, second] = wording;
  if (!first || !second) return false;
  const between = record.evidence.find((e) => e.kind === "bracket" && e.start >= first.end && e.start < second.start);
  if (between?.kind !== "bracket" || !/^由/.test(text.slice(between.start, between.end))) return false;
  return NAME_BEFORE_ROLES.test(text.slice(first.start, first.end).trim().replace(/[,，、]$/, ""));
}

/** The fields of one record: units from its brackets and labels, the rest of its text as wording. */
function recordCells(record: TextRecord, text: string, headingLines: boolean): RecordCells {
  const values = new Map<string, Piece[]>();
  const markers = new Map<string, Piece[]>();
  const columns = new Map<string, ColumnKey>();
  const repeated: Piece[] = [];
  const add = (map: Map<string, Piece[]>, field: ColumnField, label: string | null, piece: Piece): void => {
    const key = keyOf(field, label);
    if (!columns.has(key)) columns.set(key, { field, header: label ?? DEFAULT_HEADERS[field] ?? field, label });
    map.set(key, [...(map.get(key) ?? []), piece]);
  };
  const has = (field: ColumnField): boolean => [...values.keys()].some((k) => columns.get(k)?.field === field);
  const printedWording = wordingPieces(record, text);
  const firstWording = printedWording[0];
  const charged = record.evidence.find((e): e is BracketEvidence => e.kind === "bracket" && e.charged === true);
  for (const e of record.evidence) {
    if (e.kind === "bracket") {
      // The bracket's content as printed: the unit-roles rule reads its roles, recording it.
      add(values, "units", null, { start: e.innerStart, end: e.innerEnd });
      continue;
    }
    if (e.kind === "inherited") {
      // A heading over several records gives each a merged value; a record's own heading line its own.
      add(values, e.field, null, { start: e.valueStart, end: e.valueEnd, merged: e.ownLine !== true });
      continue;
    }
    // A task labelled after the record's own heading ((十四)填埋场改造 牵头单位:… 主要任务:…): the heading
    // is the title, the labelled task its content.
    const asContent = e.field === "title" && firstWording !== undefined && firstWording.start < e.start;
    const field = asContent ? "content" : e.field;
    if (markers.has(keyOf(field, e.label))) repeated.push({ start: e.start, end: e.labelEnd });
    else add(markers, field, e.label, { start: e.start, end: e.labelEnd });
    add(values, field, e.label, { start: e.valueStart, end: e.valueEnd });
  }
  const wording = withoutProgress(printedWording, record, text, (p) => add(values, "progress", null, p));
  const hasTitle = has("title");
  const hasContent = has("content");
  const contentKeys = [...values.entries()].filter(([k]) => columns.get(k)?.field === "content");
  const contentStart = Math.min(...contentKeys.flatMap(([, ps]) => ps.map((p) => p.start)));
  const contentLabel = columns.get(contentKeys[0]?.[0] ?? "")?.label ?? null;
  const chargedTitle = charged && wording.length >= 2 && (wording[0] as Piece).end <= charged.start ? (wording[0] as Piece) : null;
  if (chargedTitle && !hasTitle && !hasContent) {
    // (九)民爆器材管理。县公安局要重点检查…: the sentence before the charged units is the title, the charge the content.
    add(values, "title", null, { start: chargedTitle.start, end: chargedTitle.start + text.slice(chargedTitle.start, chargedTitle.end).replace(/[\s。.]+$/, "").length });
    for (const p of wording.slice(1)) add(values, "content", null, p);
  } else if (wording.length > 0) {
    // Beside a labelled title the wording is the content; beside a labelled content the wording before
    // it is the title, and what follows the label's line goes on with it (1、… / 2、… under 主要任务:).
    if (hasTitle || hasContent) {
      for (const p of wording) {
        if (hasTitle) add(values, "content", null, p);
        else if (p.start > contentStart) add(values, "content", contentLabel, p);
        else add(values, "title", null, p);
      }
    }
    else if (namedBeforeRoles(text, wording, record)) {
      // 道路交通安全专项整治，由公安部门负责，有关部门配合。要继续…: the name before the roles is the title.
      const first = wording[0] as Piece;
      add(values, "title", null, { start: first.start, end: first.start + text.slice(first.start, first.end).replace(/[\s,，、]+$/, "").length });
      for (const p of wording.slice(1)) add(values, "content", null, p);
    } else {
      const first = wording[0] as Piece;
      const lead = text.slice(first.start, first.end).length - text.slice(first.start, first.end).trimStart().length;
      const bracketed = BRACKET_TITLE.exec(text.slice(first.start + lead, first.end));
      if (bracketed) {
        // 1.【优化审批流程】全面推行…: the title in 【】, the text after it; 1.【市发改委】牵头开展…: the units.
        const open = first.start + lead;
        const named = bracketed[1] as string;
        add(values, readsAsUnitList(listPieces(named)) ? "units" : "title", null, { start: open + 1, end: open + 1 + named.length });
        add(values, "content", null, { start: open + bracketed[0].length, end: first.end });
        for (const p of wording.slice(1)) add(values, "content", null, p);
        return { values, markers, columns, repeated };
      }
      const opening = text.slice(first.start + lead, first.end);
      const plain = HEADING_LINE.exec(opening);
      // A problem stated in one sentence on its own line (整改: (一)…任務未完成。) over its measures heads them too.
      const line = plain ?? STATED_LINE.exec(opening);
      if (line && ((headingLines && plain) || printedAsHeading(opening, (line[0] as string).length, (line[1] as string).length) || overSubItems(opening, (line[0] as string).length))) {
        // (一)进一步推进权力清单公开 / 对权力清单进行动态调整……: the line is the title, the lines under it the text.
        const titleEnd = first.start + lead + (line[1] as string).length;
        add(values, "title", null, { start: first.start + lead, end: titleEnd });
        add(values, "content", null, { start: titleEnd, end: first.end });
        for (const p of wording.slice(1)) add(values, "content", null, p);
        return { values, markers, columns, repeated };
      }
      // A record's wording that opens with a short sentence: its heading (控制用水总量。强化用水监督管理……).
      const heading = openingTitle(text.slice(first.start + lead, first.end));
      const restLength = wording.reduce((n, p) => n + (p.end - p.start), 0) - (heading?.[0].length ?? 0);
      if (heading && restLength > 8) {
        const titleEnd = first.start + lead + (heading[1] as string).length;
        add(values, "title", null, { start: first.start + lead, end: titleEnd });
        add(values, "content", null, { start: titleEnd + 1, end: first.end });
        for (const p of wording.slice(1)) add(values, "content", null, p);
      } else for (const p of wording) add(values, "content", null, p);
    }
  }
  return { values, markers, columns, repeated };
}

// The notice's closing request to those it addresses (请各责任单位按整改要求…).
const CLOSING_REQUEST = /^(?:请|望|希望)各/;

/** The last record ends where the lines that close the document begin (signature, date, footer, closing request). */
function cutTrailer(text: string, last: TextRecord): void {
  const lastEvidenceEnd = Math.max(last.start, ...last.evidence.filter((e) => e.kind !== "inherited").map((e) => (e.kind === "bracket" ? e.end : e.valueEnd)));
  const trailer = closingLinesStart(text, lastEvidenceEnd, last.end, (line) => closesDocument(line) || CLOSING_REQUEST.test(line.trim()));
  if (trailer >= last.end) return;
  last.end = trailer;
  last.evidence = last.evidence.filter((e) => e.start < trailer);
  for (const e of last.evidence) if (e.kind === "label" && e.valueEnd > trailer) e.valueEnd = trailer;
}

interface RecordColumns {
  keys: string[];
  columnOf: Map<string, ColumnKey>;
  header: GridCell[];
}

/** Columns: the number, title and content first, then each field under each label, in order of appearance. */
function recordColumns(stream: Stream, perRecord: readonly RecordCells[]): RecordColumns {
  const order: string[] = [];
  const columnOf = new Map<string, ColumnKey>();
  for (const rc of perRecord) {
    for (const [key, col] of rc.columns) {
      if (columnOf.has(key)) continue;
      columnOf.set(key, col);
      order.push(key);
    }
  }
  const leading = ["title", "content"].filter((k) => columnOf.has(k));
  const keys = ["seq", ...leading, ...order.filter((k) => !leading.includes(k))];
  columnOf.set("seq", { field: "seq", header: DEFAULT_HEADERS.seq as string });
  // A column whose label alone would not say its field (组长: a working group's head, its leader) says it.
  const header: GridCell[] = keys.map((k) => {
    const col = columnOf.get(k) as ColumnKey;
    return { text: col.header, place: {}, spans: [], ...unsaidField(col.header, col.field) };
  });
  // The labels are printed header text: their spans go to the header, so they are accounted for.
  for (const rc of perRecord) {
    for (const [key, pieces] of rc.markers) {
      const h = header[keys.indexOf(key)] as GridCell;
      for (const p of pieces) h.spans?.push(...stream.spans(p.start, p.end));
    }
  }
  return { keys, columnOf, header };
}

/** One record's row: its cells by column, flagged when it has no units or a label printed twice. */
function recordRow(stream: Stream, locator: Locator, record: TextRecord, rc: RecordCells, cols: RecordColumns, messages: Message[]): GridRow {
  const text = stream.text;
  const cells = cols.keys.map((key): GridCell => {
    if (key === "seq") return record.numberStart !== null && record.numberEnd !== null ? cellAt(stream, locator, record.numberStart, record.numberEnd) : { text: "", place: {}, spans: [] };
    const field = (cols.columnOf.get(key) as ColumnKey).field;
    return joinedCell(stream, locator, rc.values.get(key) ?? [], field as CellRole, isUnitField(field) ? "、" : "\n");
  });
  const place = locator.place(stream.sourceAt(record.start), stream.sourceAt(record.end));
  const row: GridRow = { kind: "data", cells, raw: text.slice(record.start, record.end).trim(), place };
  if (record.numberStart !== null && record.numberEnd !== null) row.seqPrinted = text.slice(record.numberStart, record.numberEnd).trim();
  const unread = record.evidence.find((e): e is InheritedEvidence => e.kind === "inherited" && e.unread !== undefined)?.unread;
  if (!record.evidence.some(isTaskEvidence)) row.uncertain = "no responsible unit was found with it (the excerpt may end inside it, or begin after the heading that names them)";
  else if (record.evidence.some(isCharged)) row.uncertain = "its units were read from the sentence that charges them (X要… / X负责…), not from a bracket or a label";
  else if (unread !== undefined) row.uncertain = `the heading it is under holds words no field took (「${unread.slice(0, 30)}」): they may say more of it`;
  // With no number, a record the text begins with may have begun on the page before (a page of a
  // paginated mirror, its first lines a task's tail with the page's title glued on).
  else if (record.numberStart === null && text.slice(0, record.start).trim() === "") row.uncertain = "it has no number and the text begins with it: its beginning may be on the page before";
  // Units under a colon whose label the page lost (… / :市市容局): read as its units, said so.
  if (record.evidence.some((e) => e.kind === "label" && /^[:\uff1a]$/.test(text.slice(e.start, e.labelEnd).trim()))) row.uncertain ??= "its units follow a colon whose label the page lost: they were read as its units";
  for (const p of rc.repeated) {
    const label = text.slice(p.start, p.end).trim();
    row.uncertain = `the label 「${label}」 is printed twice in it: two tasks may have run together`;
    messages.push({
      ruleId: "repeated-label",
      severity: "warning",
      reason: `The label 「${label}」 appears twice in one task; the values under it were joined, and the task is flagged.`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(p.start), stream.sourceAt(p.end)),
      actual: label,
    });
  }
  return row;
}

// Records whose units only their sentences charge (县公安局要…) are a list from this many on.
const MIN_CHARGED_RECORDS = 2;

/**
 * A last resort, for a text no layout read: numbered items that name their units in no bracket or label
 * but as the subject their sentences charge, at an item's opening or after its short title
 * ((九)民爆器材管理。县公安局要重点检查…). Read so only when most items say it, two at least (or the
 * excerpt's one item): one point of a notice that charges an office (三、监督及考核。镇安委会办公室负责…)
 * makes no list of tasks. Each task is flagged.
 */
export function readChargedRecords(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const items = findItems(text);
  const { roles, absorbs, inherited } = classifyItems(text, items, true);
  const headings: Array<[number, number]> = [];
  const records = numberedRecords(text, items, roles, absorbs, inherited, headings, true);
  const saying = records.filter((r) => r.evidence.some(isCharged)).length;
  if (saying * 2 < records.length || (saying < MIN_CHARGED_RECORDS && records.length !== 1)) return null;
  const sections = items.filter((_, i) => roles[i] === "section");
  return recordsTable(stream, locator, { records: withoutFramingPoints(text, records), sections, headings, headingLines: false });
}

/** Read records (numbered, or labelled without numbers) into a table, or null when there are none. */
export function readRecords(printed: Stream, locator: Locator): TextTable | null {
  // A bracket a page's lines wrapped (〔牵 / 头单位：…〕) is read as printed on one line.
  const stream = printed.without(breaksInBrackets(printed.text));
  const text = stream.text;
  const items = withoutLabelItems(text, findItems(text));
  const { roles, absorbs, inherited } = classifyItems(text, items);
  const headings: Array<[number, number]> = [];
  let records = numberedRecords(text, items, roles, absorbs, inherited, headings);
  const sections = items.filter((_, i) => roles[i] === "section");
  if (records.length === 0) records = recordsWithoutNumbers(text);
  if (!records.some((r) => r.evidence.some(isTaskEvidence))) return null;
  records = withoutFramingPoints(text, records);
  return recordsTable(stream, locator, { records, sections, headings, headingLines: false });
}

// Numbered lines that each label one field of the item above them are this many at least (1、时 间：… / 2、地 点：… /
// 3、承办单位：… / 4、活动内容：…).
const MIN_LABEL_ITEMS = 2;

/**
 * The items without those that only label a field of the item they are under (an activity's 1、时 间：… /
 * 3、承办单位：… / 4、活动内容：…): where every item numbered beside them does so too, they are its labels,
 * the item above the task. The items as found otherwise.
 */
function withoutLabelItems(text: string, items: readonly Item[]): Item[] {
  // Each group of items numbered beside one another under one item, looked at once.
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.parent >= 0) groups.set(`${it.parent}:${it.scheme}`, [...(groups.get(`${it.parent}:${it.scheme}`) ?? []), i]);
  });
  // The label an item opens with, when that is all it opens with and the label is short.
  const labelOf = (it: Item): LabelHit | undefined => {
    if (it.children.length > 0) return undefined;
    const first = labelsWithColon(text, it.textStart, it.ownEnd)[0];
    return first !== undefined && text.slice(it.textStart, first.start).trim() === "" && first.label.replace(/\s/g, "").length <= MAX_LABEL_ITEM ? first : undefined;
  };
  const drop = new Set<number>();
  for (const siblings of groups.values()) {
    if (siblings.length < MIN_LABEL_ITEMS) continue;
    const labels: Array<LabelHit | undefined> = [];
    for (const k of siblings) {
      const label = labelOf(items[k] as Item);
      if (!label) break;
      labels.push(label);
    }
    // At least one of them labels who does it or what: places and times alone make no task's fields.
    if (labels.length === siblings.length && labels.some((l) => l?.field !== "extra")) for (const k of siblings) drop.add(k);
  }
  if (drop.size === 0) return [...items];
  return nestItems(items.filter((_, i) => !drop.has(i)), text.length);
}
// A label of an item's field is short (承办单位, 活动内容).
const MAX_LABEL_ITEM = 8;

// A bracket longer than this is no wrapped bracket of units or labels (an excerpt cut inside one, a garbled text).
const MAX_BRACKET = 300;
const BLANK = /[ \t\u3000\r]/;

/** The line breaks (with the blanks around them) inside brackets that close within MAX_BRACKET characters. */
function breaksInBrackets(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (bracketStep(text[i] as string) <= 0) continue;
    let depth = 0;
    let close = -1;
    for (let k = i; k < Math.min(text.length, i + MAX_BRACKET); k++) {
      depth += bracketStep(text[k] as string);
      if (depth === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    for (let k = i + 1; k < close; k++) {
      if (text[k] !== "\n") continue;
      let a = k;
      while (a > i + 1 && BLANK.test(text[a - 1] as string)) a--;
      let b = k + 1;
      while (b < close && (BLANK.test(text[b] as string) || text[b] === "\n")) b++;
      out.push([a, b]);
      k = b - 1;
    }
    i = close;
  }
  return out;
}

/**
 * Among records that name who does them, a point that frames the document (一、制定背景, 三、工作要求)
 * and names nobody (a contact at most: 解读人：…，联系电话：…) is the document's text, not a task.
 */
function withoutFramingPoints(text: string, records: TextRecord[]): TextRecord[] {
  const names = (r: TextRecord): boolean => r.evidence.some(namesWhoActs);
  if (records.filter(names).length < 2) return records;
  return records.filter((r) => names(r) || !FRAMING_SECTION.test(text.slice(r.numberEnd ?? r.start, r.end).trimStart()));
}

/** What a table of records is made from. */
export interface RecordsReading {
  records: TextRecord[];
  /** Items read as section headings, and unnumbered headings found between records. */
  sections: readonly Item[];
  headings: ReadonlyArray<[number, number]>;
  /** A record's first line, short and without a stop, with more lines under it, is its title. */
  headingLines: boolean;
}

/** The table of a list of records (at least one), with the sections between them and the text around them. */
export function recordsTable(stream: Stream, locator: Locator, reading: RecordsReading): TextTable {
  const text = stream.text;
  const { records, sections, headings } = reading;
  // The table begins at its first section or record; what closes the document follows its last record.
  const first = records[0] as TextRecord;
  const tableStart = Math.min(first.start, ...sections.filter((s) => s.start < first.start).map((s) => s.start));
  let last = records[records.length - 1] as TextRecord;
  cutTrailer(text, last);
  // A last record the trailer took whole (the page's footer read as a record of no number) is none:
  // the footer follows the record before it.
  if (records.length > 1 && last.numberStart === null && text.slice(last.start, last.end).trim() === "") {
    records.pop();
    last = records[records.length - 1] as TextRecord;
  }
  const perRecord = records.map((r) => recordCells(r, text, reading.headingLines));
  const cols = recordColumns(stream, perRecord);
  const messages: Message[] = [];
  const rows = records.map((record, k) => ({ at: record.start, row: recordRow(stream, locator, record, perRecord[k] as RecordCells, cols, messages) }));
  const sectionRows = sections.filter((s) => s.start >= tableStart && s.start < last.end).map((s) => ({ at: s.start, row: sectionRow(stream, locator, s, text) }));
  for (const [hs, he] of headings) {
    const cell = cellAt(stream, locator, hs, he);
    sectionRows.push({ at: hs, row: { kind: "section", cells: [cell], raw: cell.text, place: cell.place } });
  }
  const ordered = [...sectionRows, ...rows].sort((a, b) => a.at - b.at);
  return {
    layout: "labelled",
    header: cols.header,
    rows: ordered.map((m) => m.row),
    before: paragraphsAt(stream, locator, 0, tableStart),
    after: paragraphsAt(stream, locator, last.end, text.length),
    messages,
  };
}

/** A section heading: its number and title, to the end of its line (a long paragraph after it is not the title). */
function sectionRow(stream: Stream, locator: Locator, item: Item, text: string): GridRow {
  const nl = text.indexOf("\n", item.textStart);
  let end = nl < 0 || nl > item.ownEnd ? item.ownEnd : nl;
  const own = text.slice(item.textStart, end);
  // A heading run together with its first sentence of prose (一、加强组织领导。各地要……): the heading is the first sentence.
  const stop = own.search(/[。]/);
  if (own.length > 60 && stop > 0) end = item.textStart + stop + 1;
  const cell = cellAt(stream, locator, item.start, end);
  return { kind: "section", cells: [cell], raw: cell.text, place: cell.place, seqPrinted: item.printed };
}
