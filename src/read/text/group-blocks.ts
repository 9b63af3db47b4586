import { readComposition } from "../../genre/group-composition.js";
import { groupPeopleField, isGroupPeopleWord } from "../../genre/group-people.js";
import { fieldForHeader } from "../../genre/headers.js";
import { readItemNumber, schemeRank, type ItemNumber } from "../../genre/numbering.js";
import { namesBelowEnd } from "../../genre/people.js";
import { simplified } from "../../genre/script.js";
import { namesWorkingBody, readsAsUnitList } from "../../genre/units.js";
import { firstCharge } from "../../genre/duties.js";
import { listPieces } from "../../genre/unit-groups.js";
import { type ColumnField, isUnitField } from "../../model/fields.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { textLines, type TextLine } from "./split-text.js";

/**
 * A headquarters' or a plan's working groups, one block each: the group's name on a numbered line, who is
 * in it (a sentence, 王凯任组长，综合科、卫生计生科为成员单位。, or labelled lines, 组长：… / 成员单位：…), and
 * its duties (a paragraph, or under 主要职责： / 主要任务是：):
 *   (一)综合协调组
 *   王凯、张晓骏任组长，综合科、卫生计生科为成员单位。
 *   协助服务保障镇领导指挥全镇疫情防控工作；负责信息收集汇总…
 * or named alone on its line with no number. One task per group: its name is the task's title and the bodies
 * it is made of its units (namedAsTitle); a leading group's standing bodies made of people, and groups whose
 * headings say the duties are theirs (交通运输组的主要职责), are the units that hold the duties. Who is in a
 * group, said in a sentence, is read by genre/group-composition.ts and the row flagged.
 */

// Groups are a list from this many on, and most of them say who is in them.
const MIN_GROUPS = 2;
// The name on a group's line, before a colon or the line's end (1、“门前三包”整治组 / 1、综合组：由…组成，…).
// A heading may say the duties below are the group's (5、交通运输组的主要职责): the group holds them.
// A heading may also say it gives the group's make-up (（一）市抗震救灾指挥部组成及主要职责).
const NAME = /^([^:\uff1a。，,；;\s]{2,20}?)((?:组成(?:及|和|与))?(?:的)?(?:主要)?(?:工作)?职责|组成)?[。.]?\s*(?:[:\uff1a]|$)/;
const SENTENCE_GUESS = "who heads the group and the bodies it is made of were read from the sentence that says so, not from labels";
// A standing body of a leading group, not a working group set up for one part of the work.
const STANDING_BODY = /(?:领导小组|委员会|办公室|指挥部)$/;
// A name that does not end as a group's does is this short at most.
const MAX_OTHER_NAME = 8;
// The label of a group's duties (主要职责： / 职责： / 主要任务是： / 工作职责：).
// The group's name may stand before it (指挥部主要职责：).
const DUTIES_LABEL = /^([^\s:\uff1a，,。；;]{0,12}?)(?:的)?(?:主要|工作|具体)?(?:职\s?责|任务)(?:是|为|如下)?\s*[:\uff1a]/;
// A group's people and bodies labelled on their own lines (组长：… / 成员单位：… / 主责部门：…).
// A label may be spaced to a column's width (组  长：).
const PEOPLE_LABEL = /^([^:\uff1a，,。；;\s](?:[ \u3000]{0,8}[^:\uff1a，,。；;\s]){1,7})\s*[:\uff1a]/;

interface Value {
  header: string;
  field: ColumnField;
  value: [number, number];
  /** The label printed before the value (组长：), if any: the column's header. None: read from a sentence. */
  words?: Array<[number, number]>;
}

interface Block {
  seq: [number, number];
  name: [number, number];
  /** The block's text after the name, to the next group or the list's end. */
  end: number;
  values: Value[];
  /** The group's duties, in order. */
  duties: Array<[number, number]>;
  /** The label its duties are printed under (主要职责：), if any: the duties' header. */
  dutiesLabels: Array<[number, number]>;
  /**
   * The sentences that say who is in the group, as printed (their heads and bodies are copied to their
   * columns), and the words before its labelled duties that say no one's role (学校成立评估工作领导小组。):
   * kept under 组成.
   */
  setUp: Array<[number, number]>;
}

interface Heading {
  line: number;
  /** The group's number, or null for a name printed alone on its line (综合协调组). */
  number: ItemNumber | null;
  seq: [number, number];
  name: [number, number];
  /** Where the words after the name begin (after its colon), on the heading's own line. */
  after: number;
  /** The heading says the duties below are the group's (X组的主要职责). */
  holds: boolean;
}

/** A line numbered with a working group's name, or null. */
function groupHeading(text: string, lines: readonly TextLine[], k: number): Heading | null {
  const line = lines[k] as TextLine;
  const at = line.start + (line.text.length - line.text.trimStart().length);
  const number = readItemNumber(text, at);
  if (!number) return null;
  const from = at + number.length;
  const m = NAME.exec(text.slice(from, line.end).trimEnd());
  if (!m) return null;
  const name = m[1] as string;
  const after = from + m[0].length;
  // A group's name (综合协调组), or any short name whose line goes on to say what the group is made of
  // (1、指挥系统：由指挥部指挥长…组成，…).
  if (!namesWorkingBody(name) && !(name.length <= MAX_OTHER_NAME && readComposition(text, after, line.end) !== null)) return null;
  return { line: k, number, seq: [at, at + number.printed.length], name: [from, from + name.length], after, holds: m[2] !== undefined && !m[2].startsWith("组成") };
}

// A group's name alone on its line, with no number (综合协调组 / 综合协调组：).
const NAME_ALONE = /^([^:\uff1a。，,；;\s]{2,14})[:\uff1a]?$/;

/**
 * A line that is only a working group's name, the next line saying who is in it or its duties (综合协调组 /
 * 组长：王某 / …), or null.
 */
function unnumberedHeading(text: string, lines: readonly TextLine[], k: number): Heading | null {
  const line = lines[k] as TextLine;
  const next = lines[k + 1];
  const at = line.start + (line.text.length - line.text.trimStart().length);
  const m = NAME_ALONE.exec(line.text.trim());
  if (!m || !next || !namesWorkingBody(m[1] as string)) return null;
  const nextAt = next.start + (next.text.length - next.text.trimStart().length);
  const words = text.slice(nextAt, next.end).trimEnd();
  const people = PEOPLE_LABEL.exec(words);
  const says = (people !== null && labelTerm(labelWord(people[1] as string))) || DUTIES_LABEL.test(simplified(words)) || readComposition(text, nextAt, nextAt + words.length) !== null;
  if (!says) return null;
  const name = m[1] as string;
  return { line: k, number: null, seq: [at, at], name: [at, at + name.length], after: line.end, holds: false };
}

/** A block's lines read into who is in the group and its duties. */
function readBlock(text: string, heading: Heading, end: number): Block {
  const values: Value[] = [];
  const other: Array<[number, number]> = [];
  const said: Array<[number, number]> = [];
  const duties: Array<[number, number]> = [];
  const dutiesLabels: Array<[number, number]> = [];
  let dutiesLabelled = false;
  // The lines under a people label that hold one name each (组长：张三 / 李四) are its value's.
  let namesTo = -1;
  for (const line of textLines(text, heading.after, end)) {
    if (line.end <= namesTo) continue;
    const at = line.start + (line.text.length - line.text.trimStart().length);
    const words = text.slice(at, line.end).trimEnd();
    const lineEnd = at + words.length;
    // 主要职责： : the duties follow, on this line and the next.
    const label = DUTIES_LABEL.exec(simplified(words));
    if (label && !dutiesLabelled && (label[1] === "" || namesWorkingBody(label[1] as string))) {
      dutiesLabelled = true;
      dutiesLabels.push([at, at + label[0].length]);
      if (lineEnd > at + label[0].length) duties.push([at + label[0].length, lineEnd]);
      continue;
    }
    // 组长：王凯 / 成员单位：综合科、卫生计生科.
    const people = PEOPLE_LABEL.exec(words);
    const term = people ? labelWord(people[1] as string) : "";
    if (people && labelTerm(term)) {
      const found = labelledValues(text, at, lineEnd);
      const last = found[found.length - 1] as Value;
      if (last.field === "leaders" || last.field === "contacts" || isGroupPeopleWord(last.header)) {
        const below = namesBelowEnd(text, line.end, end);
        if (below > line.end) last.value[1] = below;
        namesTo = below;
      }
      values.push(...found);
      continue;
    }
    // Sentences that say who is in the group, wherever they stand in the block; the rest is its duties
    // (or, before a label of its duties, words on how it is set up).
    const rest = dutiesLabelled ? duties : other;
    let pos = at;
    let from = at;
    while (pos < lineEnd) {
      const composition = readComposition(text, pos, lineEnd);
      if (composition) {
        // Its heads and bodies are copied to their columns. Said in a sentence of its own (…为成员单位。) it is
        // kept under 组成, out of the duties; said in the duty's own sentence (扑救组：主要由县林业局…组成，主要
        // 职责是…) the sentence is kept whole in them.
        const ownSentence = /[。.]$/.test(text.slice(pos, composition.end).trimEnd()) || composition.end >= lineEnd;
        for (const p of composition.parts) values.push({ header: p.header, field: p.field, value: p.value });
        if (ownSentence) {
          if (pos > from) rest.push([from, pos]);
          said.push([pos, composition.end]);
          from = composition.end;
        }
        pos = composition.end;
        continue;
      }
      // Tried at each clause: who is in the group may be said after the sentence's opening (当发生…后，…转为市抗震
      // 救灾指挥部，总指挥由…担任).
      const stop = text.slice(pos, lineEnd).search(/[。，,；;]/);
      if (stop < 0) break;
      pos += stop + 1;
    }
    if (from < lineEnd) rest.push([from, lineEnd]);
  }
  // With no label over its duties, what no role took is the duties.
  const setUp = [...said, ...(dutiesLabelled ? other : [])].sort((a, b) => a[0] - b[0]);
  return { seq: heading.seq, name: heading.name, end, values, duties: dutiesLabelled ? duties : other, dutiesLabels, setUp };
}

/** A label's word as printed, the spaces that widen it to a column's width left out (组  长 → 组长). */
function labelWord(printed: string): string {
  return printed.replace(/[ \u3000]/g, "");
}

/** Is the word a label of a group's people or of the bodies it works with? */
function labelTerm(term: string): boolean {
  return isGroupPeopleWord(term) || isBodiesTerm(term);
}

// A label after another on the same line (组 长:镇分管领导,成 员:孙埠卫生院…): after a separator.
const NEXT_LABEL = /[，,；;\s]+([^:\uff1a，,。；;\s](?:[ \u3000]{0,8}[^:\uff1a，,。；;\s]){1,7})\s*[:\uff1a]/g;

/** The values of a line of labels text[at, end) that opens with one (组 长:X,成 员:Y), each to the next label. */
function labelledValues(text: string, at: number, end: number): Value[] {
  const line = text.slice(at, end);
  const first = PEOPLE_LABEL.exec(line) as RegExpExecArray;
  const starts: Array<{ start: number; labelEnd: number; term: string }> = [{ start: 0, labelEnd: first[0].length, term: labelWord(first[1] as string) }];
  NEXT_LABEL.lastIndex = first[0].length;
  for (let m = NEXT_LABEL.exec(line); m; m = NEXT_LABEL.exec(line)) {
    const term = labelWord(m[1] as string);
    if (!labelTerm(term)) continue;
    const start = m.index + m[0].indexOf(m[1] as string);
    starts.push({ start, labelEnd: m.index + m[0].length, term });
  }
  return starts.map((l, k) => {
    // The value runs to the next label, the separator before it no part of it.
    let valueEnd = starts[k + 1]?.start ?? line.length;
    while (valueEnd > l.labelEnd && /[\s，,；;]/.test(line[valueEnd - 1] as string)) valueEnd--;
    const field = isGroupPeopleWord(l.term) ? groupPeopleField(l.term) : fieldForHeader(l.term);
    return { header: l.term, field, value: [at + l.labelEnd, at + valueEnd], words: [[at + l.start, at + l.labelEnd]] };
  });
}

// Labels of the bodies a group works with (主责部门, 牵头单位, 配合单位): the fields their headers give.
function isBodiesTerm(term: string): boolean {
  const field = fieldForHeader(term);
  return isUnitField(field) || field === "contacts" || field === "leaders";
}

// A number a group's duties are itemised with ((1), 1., ①), at a line's start or after a stop or a colon.
const DUTY_ITEM = /(?:^|(?<=[。；;:\uff1a\n]))[ \t\u3000]*(?:[(\uff08]\d{1,2}[)\uff09]|\d{1,2}[.\uff0e、]|[①-⑳])/g;
// Units before the verb that charges them are a short list.
const MAX_DUTY_UNITS = 24;

/** How many of the items a group's duties are itemised into open with a body that holds them (街道文化站负责…). */
function bodiesDuties(text: string, duties: ReadonlyArray<[number, number]>): number {
  let count = 0;
  for (const [s, e] of duties) {
    const part = text.slice(s, e);
    for (const m of part.matchAll(DUTY_ITEM)) {
      const after = simplified(part.slice((m.index as number) + m[0].length, (m.index as number) + m[0].length + MAX_DUTY_UNITS + 4));
      const verb = firstCharge(after, 2);
      if (verb && verb.index <= MAX_DUTY_UNITS && readsAsUnitList(listPieces(after.slice(0, verb.index)))) count++;
    }
  }
  return count;
}

/** The headings of the longest run of working groups numbered one after another in one scheme. */
function groupHeadings(text: string, lines: readonly TextLine[]): Heading[] {
  const found = lines.map((_, k) => groupHeading(text, lines, k)).filter((h): h is Heading => h !== null);
  // The longest run ending at each heading, from the one before it in the same scheme numbered one less
  // (found once per heading: a page of many numbered lines is read in one pass).
  const before = new Int32Array(found.length).fill(-1);
  const length = new Int32Array(found.length);
  const lastOf = new Map<string, number>();
  let best = -1;
  found.forEach((h, i) => {
    if (!h.number) return;
    const prev = lastOf.get(`${h.number.scheme}:${h.number.value - 1}`);
    before[i] = prev ?? -1;
    length[i] = prev === undefined ? 1 : (length[prev] as number) + 1;
    const key = `${h.number.scheme}:${h.number.value}`;
    const at = lastOf.get(key);
    if (at === undefined || (length[at] as number) <= (length[i] as number)) lastOf.set(key, i);
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i;
  });
  const run: Heading[] = [];
  for (let i = best; i >= 0; i = before[i] as number) run.push(found[i] as Heading);
  if (run.length >= MIN_GROUPS) return run.reverse();
  // Or groups named alone on their lines, in the order printed.
  return lines.map((_, k) => unnumberedHeading(text, lines, k)).filter((h): h is Heading => h !== null);
}

/** Where a group's block ends: the next group's line, or a line numbered as the groups' or an outer heading is. */
function blockEnd(text: string, lines: readonly TextLine[], heading: Heading, next: Heading | undefined): number {
  const stop = next ? next.line : lines.length;
  // A group named alone ends at a part's heading (二、…) at most.
  const rank = heading.number ? schemeRank(heading.number.scheme) : schemeRank("cn");
  for (let k = heading.line + 1; k < stop; k++) {
    const line = lines[k] as TextLine;
    const n = readItemNumber(text, line.start + (line.text.length - line.text.trimStart().length));
    if (n && schemeRank(n.scheme) <= rank) return line.start;
  }
  return next ? (lines[next.line] as TextLine).start : text.length;
}

/** One cell from several ranges of the stream, in order, joined as printed lines are. */
function joined(stream: Stream, locator: Locator, ranges: ReadonlyArray<[number, number]>): GridCell {
  const cells = ranges.map(([s, e]) => cellAt(stream, locator, s, e)).filter((c) => c.text !== "");
  const first = cells[0];
  if (!first) return { text: "", place: {}, spans: [] };
  const last = cells[cells.length - 1] as GridCell;
  return {
    text: cells.map((c) => c.text).join(""),
    spans: cells.flatMap((c) => c.spans ?? []),
    place: locator.place(first.place.offset ?? 0, last.place.end ?? first.place.end ?? 0),
  };
}

/**
 * Whether the groups are named as what their tasks are about (the title): groups made of bodies, and working
 * groups (医疗救治组, 整治组) given tasks or duties. The standing bodies of a leading group (评估工作领导小组,
 * 评估办公室) made of people hold their duties, as do groups whose headings say the duties are theirs
 * (交通运输组的主要职责): they are the units.
 */
function namedAsTitle(text: string, headings: readonly Heading[], blocks: readonly Block[]): boolean {
  if (headings.every((h) => h.holds)) return false;
  const ofBodies = blocks.some((b) => b.values.some((v) => isUnitField(v.field)));
  const givenTasks = blocks.some((b) => b.dutiesLabels.some(([s, e]) => /任务/.test(text.slice(s, e))));
  return ofBodies || givenTasks || !blocks.every((b) => STANDING_BODY.test(simplified(text.slice(b.name[0], b.name[1]))));
}

/** The table's header as rows add columns to it: a column per heading of what a group's block says (组长, 成员单位, 组成). */
interface GroupColumns {
  header: GridCell[];
  at: Map<string, number>;
}

/** The column of `name`, added to the header (with the field it gives) the first time it is met. */
function columnOf(cols: GroupColumns, name: string, field: ColumnField): number {
  let col = cols.at.get(name);
  if (col === undefined) {
    col = cols.header.length;
    cols.at.set(name, col);
    cols.header.push({ text: name, place: {}, spans: [], field });
  }
  return col;
}

/** One group's row: its number, name and duties, then each of its people and bodies under its heading, and its make-up. */
function blockRow(stream: Stream, locator: Locator, b: Block, cols: GroupColumns): GridRow {
  const text = stream.text;
  const cells: GridCell[] = [cellAt(stream, locator, b.seq[0], b.seq[1]), cellAt(stream, locator, b.name[0], b.name[1]), joined(stream, locator, b.duties)];
  const put = (col: number, cell: GridCell): void => {
    while (cells.length <= col) cells.push({ text: "", place: {}, spans: [] });
    cells[col] = cell;
  };
  const byHeader = new Map<string, Value[]>();
  for (const v of b.values) byHeader.set(v.header, [...(byHeader.get(v.header) ?? []), v]);
  for (const [h, vs] of byHeader) {
    const col = columnOf(cols, h, (vs[0] as Value).field);
    // The labels printed before the values (组长：) are the column's header.
    (cols.header[col] as GridCell).spans?.push(...vs.flatMap((v) => (v.words ?? []).flatMap(([s, e]) => stream.spans(s, e))));
    const cell = joined(stream, locator, vs.map((v) => v.value));
    put(col, vs.length > 1 ? { ...cell, text: vs.map((v) => cellAt(stream, locator, v.value[0], v.value[1]).text).join("、") } : cell);
  }
  if (b.setUp.length > 0) put(columnOf(cols, "组成", "extra"), joined(stream, locator, b.setUp));
  const raw = text.slice(b.seq[0], b.end).trim();
  const place = locator.place(stream.sourceAt(b.seq[0]), stream.sourceAt(b.end));
  // Heads and bodies read from a sentence (王某任组长，综合科为成员单位。) rest on its wording, not on a label.
  const fromSentence = b.values.some((v) => v.words === undefined);
  const seqPrinted = text.slice(b.seq[0], b.seq[1]);
  return { kind: "data", cells, raw, place, ...(seqPrinted !== "" ? { seqPrinted } : {}), ...(fromSentence ? { guessed: SENTENCE_GUESS } : {}) };
}

export function readGroupBlocks(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const lines = textLines(text);
  const headings = groupHeadings(text, lines);
  if (headings.length < MIN_GROUPS) return null;
  const blocks = headings.map((h, i) => readBlock(text, h, blockEnd(text, lines, h, headings[i + 1])));
  // Duties that are each a body's, numbered under the group (职责分工：(1)街道党政办负责…(2)街道文化站负责…),
  // are the tasks: the group heads them, and the duties' own reader reads them.
  if (blocks.some((b) => bodiesDuties(text, b.duties) >= MIN_GROUPS)) return null;
  // Most groups say who is in them: headings of a plan's parts that happen to end in 组 say no one.
  const said = blocks.filter((b) => b.values.length > 0).length;
  if (said < MIN_GROUPS || said * 2 < blocks.length) return null;
  const asTitle = namedAsTitle(text, headings, blocks);
  const header: GridCell[] = [
    { text: "序号", place: {}, spans: [] },
    { text: asTitle ? "工作组" : "责任单位", place: {}, spans: [], field: asTitle ? "title" : "units" },
    { text: "工作职责", place: {}, spans: [], field: "content" },
  ];
  // The labels printed over the duties (主要职责：) are that column's header, named as the first is printed.
  const firstLabel = blocks.flatMap((b) => b.dutiesLabels)[0];
  if (firstLabel) (header[2] as GridCell).text = text.slice(firstLabel[0], firstLabel[1]).replace(/[:\uff1a\s]/g, "");
  header[2]?.spans?.push(...blocks.flatMap((b) => b.dutiesLabels.flatMap(([s, e]) => stream.spans(s, e))));
  const cols: GroupColumns = { header, at: new Map() };
  const rows = blocks.map((b) => blockRow(stream, locator, b, cols));
  for (const row of rows) while (row.cells.length < header.length) row.cells.push({ text: "", place: {}, spans: [] });
  const firstLine = lines[(headings[0] as Heading).line] as TextLine;
  const end = (blocks[blocks.length - 1] as Block).end;
  return {
    layout: "labelled",
    header,
    rows,
    before: paragraphsAt(stream, locator, 0, firstLine.start),
    after: paragraphsAt(stream, locator, end, text.length),
    messages: [
      {
        ruleId: "group-blocks",
        severity: "info",
        reason: asTitle
          ? "The tasks are working groups, each under its name with who is in it and its duties: the group's name is read as the title, the bodies it is made of as its units."
          : "The tasks are working groups, each under its name with who heads it and its duties: the group is read as the unit that holds them.",
        seq: null,
        field: null,
        where: locator.place(stream.sourceAt(firstLine.start), stream.sourceAt(firstLine.end)),
      },
    ],
  };
}
