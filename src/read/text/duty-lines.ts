import { DUTY_VERB, IN_CHARGE, OUGHT } from "../../genre/duties.js";
import { simplified } from "../../genre/script.js";
import { fieldForHeader, normalizeHeader, unsaidField } from "../../genre/headers.js";
import { labelsWithColon } from "../../genre/labels.js";
import { groupPeople, isGroupPeopleWord } from "../../genre/group-people.js";
import { type GroupSetUp, groupSetUp } from "../../genre/group-setup.js";
import type { ColumnField } from "../../model/fields.js";
import { ENDS_WITH_PAGE_LABEL, FOOTER_LINE } from "../../genre/site-chrome.js";
import { type ItemNumber, readItemNumber } from "../../genre/numbering.js";
import { SECTION_LINE } from "../../genre/sections.js";
import { sectionUnit } from "../../genre/section-units.js";
import { leaderName, listPieces, readUnitGroup } from "../../genre/unit-groups.js";
import { COLLECTIVE_OR_ROLE, namesPlace, namesWorkingBody, readsAsUnit, readsAsUnitList } from "../../genre/units.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { FLAT_LINE, opensWithItemNumber, SENTENCE_CLOSED, textLines, type TextLine } from "./split-text.js";

/**
 * The duties of a group's member units, one per line, each written unit first (职责分工, 成员单位职责):
 *   省统计局负责人口普查的日常工作……
 *   省委宣传部、省广电局负责人口普查的宣传工作……
 *   (三)市发改委：负责……
 * The units before the duty's verb (or before a colon) are the task's units, the rest of the line its
 * wording. Read as a table of two columns, 责任单位 | 工作职责, when at least three lines read so.
 */
// A line's duty may open with what a regulation's article says the body ought to do (应当…) or the office it holds (是…主管部门).
const LINE_DUTY_VERB = new RegExp(`${DUTY_VERB.source}|${OUGHT.source}|${IN_CHARGE.source}`);
// Under a heading that says the duties are divided (七、组织分工 / 七、工作安排), a unit's duty may open with
// what it does as well (办公室做好…, 防疫二科认真搞好…, 区水务局分配…).
const SECTION_DUTY_VERB = new RegExp(`${LINE_DUTY_VERB.source}|做好|搞好|抓好|认真|组织|制定|制作|安排|准备|分配|提供|邀请|维护|落实`);
// A body's duties introduced by its name (综合组职责。, 办公室职责及构成：, 市卫健委的主要职责：).
const NAMED_DUTIES = /^([^:\uff1a。，,；;\s]{2,24}?)(?:的)?(?:主要)?(?:工作)?职责(?:及[\u4e00-\u9fa5]{1,4})?(?:是|为|如下)?[。:\uff1a]/;
// A heading that names the duties, then a space, before the units of the first one (…单位工作职责 市环保局：).
const HEADING_BEFORE_UNITS = /^.*(?:职责|分工|任务|如下)[:\uff1a]?[ \t\u3000]+(?=[^ \t\u3000]+$)/;
// A plan's heading over its units' duties (七、组织、分工 / (二)具体分工 / 五、工作安排).
const DUTY_HEADING = /(?:分工|职责|权责|工作安排|任务安排|责任分解)[^。；;\n]{0,20}$/;
// Duties under such a heading are a list from this many on.
const MIN_SECTION_DUTIES = 2;
// Units before their duty are a short list.
const MAX_UNITS_TEXT = 48;
const MIN_DUTIES = 3;
// …or this many numbered one after the other, each with its units before a colon, or each with its
// units before a colon and a duty's verb after it.
const MIN_NUMBERED_DUTIES = 2;
// At most one other line (a duty wrapped) for this many duties.
const OTHER_LINES_PER_DUTY = 3;

interface Duty {
  lineStart: number;
  lineEnd: number;
  /** The units, and the wording: stream ranges. */
  units: [number, number];
  wording: [number, number];
  /** The item number printed before the units ((一), 1.), if any. */
  seq: [number, number] | null;
  /** Why the duty's extent is a guess, when it is. */
  uncertain?: string;
  /** The duty is a leader's (常务副省长高建民：负责…): `units` is the leader's name. */
  leader?: boolean;
  /** Fields said beside the units (a group's head and composition: 由校长担任组长，…), each under its own header. */
  beside?: Array<{ header: string; field: ColumnField; value: [number, number] }>;
}

/** Where a line's words begin after its indent and the item number printed before them, that number's range, and the number. */
function afterNumber(text: string, start: number, end: number): { at: number; seq: [number, number] | null; number: ItemNumber | null } {
  let at = start;
  while (at < end && /[ \t\u3000]/.test(text[at] as string)) at++;
  const number = readItemNumber(text, at) ?? outlinePoint(text, at);
  return number ? { at: at + number.length, seq: [at, at + number.printed.length], number } : { at, seq: null, number: null };
}

// A point of an outline numbered by dots (2.3.6 市建设局：负责…, an emergency plan's members): the point's
// number, its last part the duty's place in its list. Only with a space after it and no measure after
// that: 1.5万 and 1.5 公里 are quantities.
const OUTLINE_POINT = /(\d{1,2}(?:[.\uff0e]\d{1,2}){1,3})[ \t\u3000]+(?=[^\d\s.\uff0e万亿千百公米吨元%])/y;

/** The dotted outline number printed at `at` (2.3.6 ), read as an item number of the innermost part, or null. */
function outlinePoint(text: string, at: number): ItemNumber | null {
  OUTLINE_POINT.lastIndex = at;
  const m = OUTLINE_POINT.exec(text);
  if (!m) return null;
  const value = Number((m[1] as string).split(/[.\uff0e]/).at(-1));
  return value > 0 ? { scheme: "ar", value, printed: m[0].trim(), length: m[0].length } : null;
}

/** The item number a line opens with (its scheme and value, where it is printed, where the words after it begin), or null. */
function lineNumber(text: string, l: TextLine): { scheme: string; value: number; seq: [number, number]; at: number } | null {
  const { at, seq, number } = afterNumber(text, l.start, l.end);
  return number && seq ? { scheme: number.scheme, value: number.value, seq, at } : null;
}

/** Is the line 由 and units with their roles, nothing else (由总参谋部牵头，公安部、地震局参加。)? */
function namesWhoOnly(line: string): boolean {
  const said = line.trim().replace(/[。.;；]$/, "");
  if (!/^由/.test(said)) return false;
  const group = readUnitGroup(said);
  return group?.parts.every((p) => p.role !== "deadline" && readsAsUnitList(listPieces(said.slice(p.start, p.end)))) ?? false;
}

/** A line that reads as a unit's duty, or null. */
function readDuty(text: string, start: number, end: number, verbs: RegExp = LINE_DUTY_VERB): Duty | null {
  const numbered = afterNumber(text, start, end);
  // An article's caption after its number (第四条 【政府及有关部门职能】…) is printed with the number.
  const caption = numbered.seq ? ARTICLE_CAPTION.exec(text.slice(numbered.at, end)) : null;
  const at = numbered.at + (caption?.[0].length ?? 0);
  const printedSeq: [number, number] | null = numbered.seq && caption ? [numbered.seq[0], numbered.at + caption[0].trimEnd().length] : numbered.seq;
  const line = text.slice(at, end);
  // 成立X领导小组，由校长担任组长，…，负责…: the group set up, its head, and its duty.
  const setUp = groupSetUp(line);
  if (setUp) return setUpDuty(setUp, at, start, end, printedSeq);
  // A line of units and their roles alone (由总参谋部牵头，公安部、地震局参加。) says who does the task
  // above it: no duty of its own.
  if (namesWhoOnly(line)) return null;
  // 市发改委：负责… : the units before a colon.
  // A colon inside a bracket (…办公室（联系人：张明）) is the bracket's, not the units'.
  // 综合组职责。主要负责… / 办公室职责及构成：… : the body named before its duties, which follow the stop.
  const named = NAMED_DUTIES.exec(line);
  // (一)规划财务科。拟订…: a numbered body's name printed as a sentence of its own before its duties (an
  // agency's sections, 内设机构), its stop standing for the colon.
  const stopNamed = numbered.seq && !named ? NAME_SENTENCE.exec(line) : null;
  const colonMatch = named ?? /^([^:\uff1a。，,；;]{2,48})[:\uff1a]/.exec(line) ?? (stopNamed && readsAsUnit(stopNamed[1] as string) && !COLLECTIVE_OR_ROLE.test(stopNamed[1] as string) && !KIND_OF_BODY.test(stopNamed[1] as string) ? stopNamed : null);
  const colon = colonMatch && !/[(\uff08][^)\uff09]*$/.test(colonMatch[1] as string) ? colonMatch : null;
  let unitsEnd: number;
  let wordingStart: number;
  if (colon) {
    unitsEnd = at + (colon[1] as string).length;
    wordingStart = at + colon[0].length;
  } else {
    const verb = verbs.exec(line.slice(0, MAX_UNITS_TEXT + 2));
    if (!verb || verb.index < 2) return null;
    unitsEnd = at + verb.index;
    wordingStart = unitsEnd;
  }
  // A heading run on before the units (三、成员单位工作职责 市环保局：负责…, a page's lines flattened): the
  // units are the words after its last space, the heading no part of them.
  const heading = HEADING_BEFORE_UNITS.exec(text.slice(at, unitsEnd));
  const unitsStart = heading ? at + heading[0].length : at;
  // The number before such a heading is the heading's, not the duty's.
  const seq = heading ? null : printedSeq;
  // 由市监局牵头: the 由 before the units says who acts; it is no part of a name. 县环保局。负责…: the
  // units printed as a heading sentence of their own, their stop no part of them.
  const unitText = text.slice(unitsStart, unitsEnd).trim().replace(/^由/, "").replace(/[。.]$/, "");
  // A clause that opens with a conjunction or preposition (与卫生等有关部门配合…) goes on a sentence, no duty's units.
  if (/^(?:与|和|及|同|并|对|向|在|为|并与|会同)/.test(unitText)) return null;
  // 责任部门：… and 牵头单位：… are labels of a task's fields, not units with their duty; 发布机构：… is the page's.
  // Before a verb only a role's word alone is such a label: 教育主管部门负责… names a body.
  // 成员单位：… and 组长：… label a working group's people, who are no body with a duty of their own.
  if ((colon ? fieldForHeader(unitText) !== "extra" || isGroupPeopleWord(unitText.replace(/[ \u3000]/g, "")) : ROLE_LABEL.test(unitText)) || (colon && (FOOTER_LINE.test(`${unitText}：`) || ENDS_WITH_PAGE_LABEL.test(unitText)))) return null;
  // A leader printed with a post before a colon (常务副省长高建民：负责…, a government's division of work among
  // its leaders): the leader's duty, the name its holder.
  const leader = colon !== null && named === null && !heading ? leaderName(text.slice(unitsStart, unitsEnd).trim()) : null;
  if (leader && text.slice(wordingStart, end).trim().length >= 4) {
    const lead = unitsStart + (text.slice(unitsStart, unitsEnd).length - text.slice(unitsStart, unitsEnd).trimStart().length);
    return { lineStart: start, lineEnd: end, units: [lead + leader[0], lead + leader[1]], wording: [wordingStart, end], seq, leader: true };
  }
  const pieces = listPieces(unitText);
  // Before a colon a place named alone is its government's duty (玄武区：实施…, a 任务书's part per district).
  // A working body (综合组, 活动办公室) is a unit where its duties are named so.
  // …and so is one whose duty opens with its verb, after a colon or not (道路运输保障组：负责…, 裁判组负责…,
  // 综合协调组。负责…).
  const saysDuty = /^(?:主要)?(?:负责|承担|牵头)/.test(text.slice(wordingStart, wordingStart + 6).trimStart());
  if (pieces.length === 0 || !(readsAsUnitList(pieces) || pieces.every((p) => readsAsUnit(p) || (colon !== null && namesPlace(p)) || ((named !== null || saysDuty) && namesWorkingBody(p))))) return null;
  // 殡葬管理所的职责是： over its numbered items: the items are its wording (subItemLines).
  // The text's last line cut inside its duty (2.3.15 事发地政府:负): the duty begun, flagged as cut.
  const wordingLength = text.slice(wordingStart, end).trim().length;
  const cutShort = colon !== null && wordingLength > 0 && wordingLength < 4 && text.slice(end).trim() === "";
  if (wordingLength < 4 && !(named !== null && ANNOUNCES.test(line)) && !cutShort) return null;
  if (cutShort) return { lineStart: start, lineEnd: end, units: [unitsStart, unitsEnd], wording: [wordingStart, end], seq, uncertain: "the text ends inside this row's wording" };
  if (!colon) {
    // Roles said in clauses before the duty (市农业局负责，市市场监管局、市生态环境局配合，开展…): the
    // clauses are the units with their roles, the duty what follows them.
    const roles = roleClausesEnd(text, unitsStart, end);
    if (roles) return { lineStart: start, lineEnd: end, units: [unitsStart, roles[0]], wording: [roles[1], end], seq };
  }
  return { lineStart: start, lineEnd: end, units: [unitsStart, unitsEnd], wording: [wordingStart, end], seq };
}

/** A group's set-up sentence as a duty: the group its units, its head its leader, its composition kept. */
function setUpDuty(setUp: GroupSetUp, at: number, start: number, end: number, seq: [number, number] | null): Duty {
  const [c0, c1] = setUp.composition;
  return {
    lineStart: start,
    lineEnd: end,
    units: [at + setUp.group[0], at + setUp.group[1]],
    wording: [at + setUp.duty, end],
    seq,
    beside: [...(setUp.head ? [{ header: "组长", field: "leaders" as const, value: [at + setUp.head[0], at + setUp.head[1]] as [number, number] }] : []), { header: "组成", field: "extra", value: [at + c0, at + c1] }],
    uncertain: "the group, its head and its duty were taken from the sentence that sets it up",
  };
}

// A body's name alone in a sentence at a line's opening (规划财务科。, 办公室(综合执法科)。); one that names a kind
// of body (综合设置行政机构。) is a heading about bodies.
const KIND_OF_BODY = /(?:机构|部门|单位|机关|组织)$/;
const NAME_SENTENCE = /^([^:\uff1a。，,；;\s]{2,24})。(?=[^\n]{4})/;
// An article's caption in black lenticular brackets (【立法目的和依据】).
const ARTICLE_CAPTION = /^【[^】\n]{1,20}】[ \t\u3000]*/;

// A field's label printed before a verb (责任单位负责…), not a body's name.
const ROLE_LABEL = /^(?:责任|牵头|配合|协办|主办|承办|主管)(?:单位|部门)$/;

// A clause that closes on a role word: the units before it hold that role.
const ROLE_CLAUSE_END = /(?:负责|牵头|配合|参与|协助|协同|协办|承办|按职责分工负责)$/;

/**
 * Where the clauses of units and their roles that open text[at, end) end (the first one's verb closing
 * it, each next one a list of units and a role), and where the duty after them begins; null when the
 * first clause goes on after its verb (区住建局负责全区…).
 */
function roleClausesEnd(text: string, at: number, end: number): [number, number] | null {
  let rolesEnd = -1;
  let dutyStart = -1;
  let pos = at;
  while (pos < end) {
    const sep = text.slice(pos, end).search(/[，,；;]/);
    if (sep < 0) break;
    const clause = text.slice(pos, pos + sep).trim();
    if (!ROLE_CLAUSE_END.test(clause) || !readUnitGroup(text.slice(at, pos + sep))) break;
    rolesEnd = pos + sep;
    dutyStart = pos + sep + 1;
    pos = dutyStart;
  }
  return rolesEnd < 0 || text.slice(dutyStart, end).trim().length < 4 ? null : [rolesEnd, dutyStart];
}

// A duty sentence is at most this long: a paragraph's stop is looked for within it.
const MAX_DUTY_SENTENCE = 400;

/**
 * The stream with a line break before each sentence that reads as a unit's duty, where a page ran
 * the duties on in one paragraph (…确保资金的安全运行。区环保局要加强…。区水利农机局负责…).
 */
function dutiesRunOn(stream: Stream): Stream {
  const text = stream.text;
  const at: number[] = [];
  // Only inside a line a page flattened (its line breaks lost): a paragraph of ordinary length is
  // prose, whose sentences may open with a unit and a verb too.
  let lineEnd = -1;
  let flat = false;
  for (let i = 0; i < text.length; i++) {
    if (i > lineEnd) {
      const nl = text.indexOf("\n", i);
      lineEnd = nl < 0 ? text.length : nl;
      flat = lineEnd - i >= FLAT_LINE;
    }
    if (!flat) {
      i = lineEnd;
      continue;
    }
    const c = text[i] as string;
    // After a stop, or the colon that opens the list (…任务作如下明确:区住建局负责…).
    if (c !== "。" && c !== "；" && c !== ";" && c !== ":" && c !== "：") continue;
    let k = i + 1;
    while (k < text.length && /[ \t\u3000]/.test(text[k] as string)) k++;
    if (k >= text.length || text[k] === "\n" || text[k] === "\r") continue;
    // The duty's units and verb open its sentence (县交通局、公路局。负责…: a stop may stand between them).
    if (readDuty(text, k, Math.min(lineEnd, k + MAX_DUTY_SENTENCE))) at.push(k);
  }
  return stream.withBreaksBefore(at);
}

/**
 * Duties a page ran on in one paragraph, each read from where its sentence begins: a last resort
 * (prose has sentences that open with a unit and a verb too), tried when no layout reads.
 */
export function readDutiesRunOn(stream: Stream, locator: Locator): TextTable | null {
  const runOn = dutiesRunOn(stream);
  return runOn === stream ? null : readDutyLines(runOn, locator);
}

/** The text's lines that read as duties, and where the list of them begins and ends; null when they make no list. */
interface DutyList {
  lines: TextLine[];
  duties: Array<Duty | null>;
  /** The lines of the list, first to last. */
  first: number;
  last: number;
  /** Lines that are headings naming the units of the duties under them. */
  headings?: ReadonlySet<number>;
  /** Lines that a duty announces and numbers under it (…履行以下职责： / (一)… / (二)…): its wording's. */
  subItems?: ReadonlySet<number>;
}

// A line that announces the items under it (…履行以下职责： / 具体包括： / 殡葬管理所的职责是：).
const ANNOUNCES = /(?:以下|如下|下列|包括|职责(?:是|为|如下)?|任务(?:是|为|如下))[^:\uff1a。；;]{0,12}[:\uff1a]\s*$/;

/**
 * The lines a duty announces and numbers under it (教育主管部门负责…，履行以下职责： / (一)… / (二)…, or
 * 殡葬管理所的职责是： on the line after the duty): its sub-items, part of its wording, up to the next duty, a
 * line numbered in another scheme, or an unnumbered line that goes on no sub-item.
 */
function subItemLines(text: string, lines: readonly TextLine[], duties: ReadonlyArray<Duty | null>): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const duty = duties[k];
    if (!duty) continue;
    let j = k + 1;
    const next = lines[j];
    // The announcing line: the duty's own, or one of no number right after it.
    if (!ANNOUNCES.test(text.slice(duty.lineStart, duty.lineEnd))) {
      if (!next || duties[j] || lineNumber(text, next) || !ANNOUNCES.test(next.text) || !lines[j + 1] || !lineNumber(text, lines[j + 1] as TextLine)) continue;
      out.add(j++);
    }
    let scheme: string | null = null;
    for (; j < lines.length && !duties[j]; j++) {
      const line = lines[j] as TextLine;
      const n = lineNumber(text, line);
      if (n) {
        if (scheme !== null && n.scheme !== scheme) break;
        scheme = n.scheme;
      } else if (scheme === null || SENTENCE_CLOSED.test((lines[j - 1] as TextLine).text)) break;
      out.add(j);
    }
  }
  return out;
}

/**
 * Duties numbered one after the other from the first, each with its units before a colon (一、市委办公室：… /
 * 二、市委组织部：…): two are a list, as the numbers and colons say what the lines are.
 */
function numberedAfterColon(text: string, found: readonly Duty[]): boolean {
  if (found.length < MIN_NUMBERED_DUTIES) return false;
  const numbers = found.map((d) => (d.seq && d.wording[0] > d.units[1] ? readItemNumber(text, d.seq[0]) : null));
  // From the first: a list that goes on from an item of another shape (1.农业部门。 over its own sub-items) is not these two alone.
  return numbers[0]?.value === 1 && numbers.every((n, k) => n !== null && (k === 0 || (n.scheme === numbers[0]?.scheme && n.value === (numbers[k - 1]?.value ?? 0) + 1)));
}

/**
 * Unnumbered duties each with its units before a colon and its wording opening with a duty's verb
 * (县住建局：负责… / 县自然资源局：负责…): two are a list, as the colon and the verb say what the lines are.
 */
function saidAfterColon(text: string, found: readonly Duty[]): boolean {
  // Unnumbered: numbered ones are a list from their first (numberedAfterColon), not a part of one taken alone.
  return found.length >= MIN_NUMBERED_DUTIES && found.every((d) => d.seq === null && d.wording[0] > d.units[1] && DUTY_VERB.exec(text.slice(d.wording[0], d.wording[0] + 4).trimStart())?.index === 0);
}

// A duty this long or longer says a body's work in full sentences, not a label's value.
const MIN_COLON_DUTY = 12;

/**
 * Duties each with its units before a colon, on lines one after the other with nothing else among them and
 * each a whole sentence (市农业局：结合…规划，做好…。 / 市林业局：搞好…。, a page from inside a list of
 * members' duties): two are a list, as the lines say the same thing of two bodies.
 */
function dutiesInARow(text: string, duties: ReadonlyArray<Duty | null>, lines: readonly TextLine[]): boolean {
  const first = duties.findIndex((d) => d !== null);
  // A list whose other items are of another shape (1.农业部门。 over its own sub-items) is not these alone.
  if (lines.some((l, k) => duties[k] === null && opensWithItemNumber(text, l))) return false;
  const run = duties.slice(first);
  const end = run.indexOf(null);
  const row = (end < 0 ? run : run.slice(0, end)) as Duty[];
  if (row.length < MIN_NUMBERED_DUTIES || row.length !== duties.filter((d) => d !== null).length) return false;
  return row.every((d) => !d.leader && d.wording[0] > d.units[1] && d.wording[1] - d.wording[0] >= MIN_COLON_DUTY && SENTENCE_CLOSED.test(text.slice(d.wording[0], d.wording[1])));
}

/**
 * A body's duties announced with nothing after them (殡葬管理所的职责是：) are a duty only over the numbered
 * items they announce, themselves no duties; a collective's or a role's (成员单位职责：) head a list of bodies.
 */
function announcedOnly(text: string, lines: readonly TextLine[], read: ReadonlyArray<Duty | null>): Array<Duty | null> {
  return read.map((d, k) => {
    if (!d || text.slice(d.wording[0], d.wording[1]).trim() !== "") return d;
    const next = lines[k + 1];
    if (!next || !lineNumber(text, next) || read[k + 1] || COLLECTIVE_OR_ROLE.test(text.slice(d.units[0], d.units[1]))) return null;
    // What the body is set up for may be said in the lines before (…设立殡葬管理所，负责…): flagged. Its
    // announcing words (的职责是：) open its wording, the items following them.
    const announced: Duty = { ...d, wording: [d.units[1], d.wording[1]], uncertain: "its duties are only the items announced under its name: the lines before may say more of them" };
    return announced;
  });
}

/**
 * Does the numbered list the duty at line `first` is in begin before it with an item of another shape
 * (1.农业部门。 over its own sub-items, then 2.财政部门：负责…)? Then the duties are not the list alone. Only
 * numbers printed alike count: 第五章 is no item of a list of 第三十条.
 */
function begunBefore(text: string, lines: readonly TextLine[], first: number): boolean {
  const firstNumber = lineNumber(text, lines[first] as TextLine);
  if (!firstNumber || firstNumber.value <= 1) return false;
  const shape = (n: { seq: [number, number] }): string => text.slice(n.seq[0], n.seq[1]).replace(/[\d一二三四五六七八九十百零〇两]/g, "").trim();
  return lines.slice(0, first).some((l) => {
    const n = lineNumber(text, l);
    return n !== null && n.scheme === firstNumber.scheme && shape(n) === shape(firstNumber) && n.value < firstNumber.value && sectionUnit(text.slice(n.at, l.end).trim()) !== null;
  });
}

// A list of duties is looked for from this many later places after the first fails (see dutyList).
const MAX_RESTARTS = 6;

/**
 * The text's list of duties, one per line with its units before it. Where the duties from the first do not
 * make one (a plan's organisation before its division of work charges bodies too: 各县(区)人民政府应设立…,
 * paragraphs between), the list from a later duty under a line that heads the duties, each after its units
 * and a colon, up to MAX_RESTARTS such places (2.2.2成员单位职责 / 市发展和改革委员会：负责… / 市经济和信息化委员会：负责…).
 */
function dutyList(text: string, lines: TextLine[] = textLines(text), verbs = LINE_DUTY_VERB, minDuties = MIN_DUTIES): DutyList | null {
  const read = lines.map((l) => readDuty(text, l.start, l.end, verbs));
  const whole = dutyListOf(text, lines, read, minDuties);
  if (whole) return whole;
  let restarts = 0;
  for (let k = 1; k < lines.length && restarts < MAX_RESTARTS; k++) {
    // Only under a line that heads the duties (2.2.2市防汛抗旱指挥部成员单位职责 / 三、职责分工).
    if (!read[k] || read[k - 1] || !DUTY_HEADING.test((lines[k - 1] as TextLine).text.trim().replace(/[:\uff1a]$/, ""))) continue;
    restarts++;
    const later = dutyListOf(text, lines.slice(k), read.slice(k), minDuties);
    // Each of its duties after its units and a colon (市发展和改革委员会：负责…): a list a numbered plan's
    // items (1.区委宣传部负责…) do not make, which the records reader reads.
    if (later?.duties.every((d) => d === null || d.wording[0] > d.units[1])) return later;
  }
  return null;
}

function dutyListOf(text: string, lines: TextLine[], read: ReadonlyArray<Duty | null>, minDuties: number): DutyList | null {
  const duties = announcedOnly(text, lines, read);
  const first = duties.findIndex((d) => d !== null);
  const found = duties.filter((d) => d !== null);
  if (first < 0 || (found.length < minDuties && !numberedAfterColon(text, found) && !saidAfterColon(text, found) && !dutiesInARow(text, duties, lines))) return null;
  if (begunBefore(text, lines, first)) return null;
  // 要 says what a unit must do in a notice's points too (市财政局要做好…): most duties name their role.
  if (found.filter((d) => text.slice(d.wording[0], d.wording[0] + 1) === "要").length * 2 > found.length) return null;
  let last = duties.length - 1;
  while (last > first && duties[last] === null) last--;
  // A numbered list's closing charge to all (… / 16.外经贸部门:负责… / 各部门应当按各自职责…): no item of it.
  const closing = duties[last];
  if (closing && !closing.seq && found.filter((d) => d.seq).length * 2 > found.length && COLLECTIVE_OR_ROLE.test(text.slice(closing.units[0], closing.units[1]))) {
    duties[last] = null;
    while (last > first && duties[last] === null) last--;
  }
  // The duties make the list: few other lines among them (a table's cells printed one per line, a
  // date after each measure, are not a list of duties).
  const count = duties.slice(first, last + 1).filter((d) => d !== null).length;
  // A line that goes on from one whose sentence did not end (a duty wrapped by the page) is no other line.
  const goesOn = (k: number): boolean => {
    const prev = lines[k - 1];
    return prev !== undefined && !SENTENCE_CLOSED.test(prev.text);
  };
  const subItems = subItemLines(text, lines, duties);
  // The last duty's own items are the list's too.
  while (subItems.has(last + 1)) last++;
  const others = lines.slice(first, last + 1).filter((l, k) => duties[first + k] === null && !subItems.has(first + k) && !SECTION_LINE.test(text.slice(l.start, l.end)) && !goesOn(first + k)).length;
  return others * OTHER_LINES_PER_DUTY > count ? null : { lines, duties, first, last, subItems };
}

/**
 * The duties listed under a plan's heading that says how its work is divided (七、组织分工 / 五、工作安排),
 * up to the next heading of that heading's rank: the rest of the plan (its theme, time, place, forms)
 * is no list of duties. Null when no such heading holds a list.
 */
function dutySection(text: string): DutyList | null {
  const lines = textLines(text);
  for (let h = 0; h < lines.length; h++) {
    const heading = (lines[h] as TextLine).text.trim();
    const number = readItemNumber(heading, 0);
    // Numbered (七、组织分工), or a sentence announcing the division (主管机关与管理机关之权责划分如下：) over the rest.
    const announced = !number && ANNOUNCED_DIVISION.test(simplified(heading));
    if ((!number && !announced) || number?.scheme === "ar" || !DUTY_HEADING.test(heading.replace(/[:\uff1a]\s*$/, ""))) continue;
    let end = h + 1;
    while (end < lines.length && number && readItemNumber((lines[end] as TextLine).text.trim(), 0)?.scheme !== number.scheme) end++;
    // An announced division runs to the last line numbered as the headings under it are, or under them
    // (found from the text's end: a spread over every line would overflow the stack on a long text).
    if (announced) {
      end = lines.length;
      while (end > h + 1 && !readItemNumber((lines[end - 1] as TextLine).text.trim(), 0)) end--;
    }
    const found = dutyList(text, lines.slice(h + 1, end), SECTION_DUTY_VERB, MIN_SECTION_DUTIES);
    // The heading heads the list (its section row), as a heading line just above the duties does.
    if (found && found.first === 0) return { ...found, lines: lines.slice(h, end), first: 1, last: found.last + 1, duties: [null, ...found.duties] };
    const headed = headedDuties(text, lines.slice(h, end));
    if (headed) return headed;
  }
  return null;
}

// A sentence that announces how powers and duties are divided, the list after it (…之权责划分如下：).
const ANNOUNCED_DIVISION = /(?:分工|职责|权责|责任)(?:划分|分解)?如下\s*[:\uff1a]\s*$/;

// Unit headings with duties under them make a list from this many on.
const MIN_UNIT_HEADINGS = 2;

/**
 * A duty section whose duties are grouped under headings that only name units (1、市卫计委 / (1)…负责… /
 * (2)… / 2、市医改办 / 负责…): each line under a heading is a duty of the heading's units, which the
 * section-unit rule gives it (recorded); the headings are section rows. Lines between the section's
 * heading and the first unit heading must be headings themselves ((二)具体分工). Null otherwise.
 */
function headedDuties(text: string, lines: TextLine[]): DutyList | null {
  const duties: Array<Duty | null> = [null];
  const headings = new Set<number>();
  let dutiesUnder = 0;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] as TextLine;
    const { at, seq } = afterNumber(text, line.start, line.end);
    const rest = text.slice(at, line.end).trim();
    if (sectionUnit(rest) !== null) {
      if (headings.size > 0 && dutiesUnder === 0) return null;
      headings.add(k);
      dutiesUnder = 0;
      duties.push(null);
    } else if (headings.size === 0) {
      if (!SECTION_LINE.test(line.text)) return null;
      duties.push(null);
    } else if (!seq && duties[k - 1] && !SENTENCE_CLOSED.test((lines[k - 1] as TextLine).text)) {
      // A line of no number after a duty that did not end: that duty wrapped (…改善 / 及养护计划之审议…).
      duties.push(null);
    } else {
      dutiesUnder++;
      duties.push({ lineStart: line.start, lineEnd: line.end, units: [at, at], wording: [at, line.end], seq });
    }
  }
  if (headings.size < MIN_UNIT_HEADINGS || dutiesUnder === 0) return null;
  return { lines, duties, first: 1, last: lines.length - 1, headings };
}

// A label after a duty, with where its value ends.
interface TrailingLabel {
  label: string;
  field: ColumnField;
  start: number;
  valueStart: number;
  valueEnd: number;
}

// Fields a label after a duty may give (…。责任人：…；完成时限：…), each a column of its own.
const TRAILING_LABEL_FIELDS: ReadonlySet<string> = new Set(["contacts", "leaders", "deadline", "note", "progress", "supportUnits"]);
// A label this far into the duty at least: one at its start is the duty's own heading.
const MIN_DUTY_BEFORE_LABEL = 4;

// Unit headings over their duties make a list from this many on.
const MIN_UNIT_BLOCKS = 2;
// A heading that is a name alone: no clause's marks inside it, its stop or colon at most after it.
const NAME_HEADING = /^([^，,；;。:：\s]{2,24})[。.:：]?$/;

/**
 * Numbered headings that only name units, each over its duty written on lines of its own (沈阳:
 * (1)市林业局。 / 负责…; a plan's 6、南康庄村党支部、村委 / 负责… / 派…): the lines under a heading,
 * up to the next heading of its scheme, are one duty of its units. Headings numbered one after the
 * other, at least MIN_UNIT_BLOCKS, and most duties opening with what a unit does (负责, 做好…).
 * Lines numbered under a heading are duties each (headedDuties reads them), so they end the list.
 * The list is given as one line per heading and its duty. Null when no such headings are found.
 */
function unitBlocks(text: string, lines: TextLine[]): DutyList | null {
  const numbers = lines.map((l) => lineNumber(text, l));
  let best: Array<{ k: number; end: number; duty: Duty }> = [];
  for (let h = 0; h < lines.length; h++) {
    const run: Array<{ k: number; end: number; duty: Duty }> = [];
    let named = 0;
    let k = h;
    let expected: { scheme: string; value: number } | null = null;
    while (k < lines.length) {
      const n = numbers[k];
      if (!n || (expected && (n.scheme !== expected.scheme || n.value !== expected.value))) break;
      const line = lines[k] as TextLine;
      const printed = text.slice(n.at, line.end);
      const unitsStart = n.at + (printed.length - printed.trimStart().length);
      // A heading names units when it reads as their names; one that only looks like a name (沈阳警备区。,
      // xx网) goes with them when most of the run's do.
      const known = sectionUnit(printed.trim());
      const unit = known ?? NAME_HEADING.exec(printed.trim())?.[1] ?? null;
      if (unit === null) break;
      if (known !== null) named++;
      // The duty: the lines up to the next numbered line or heading of the outline.
      let end = k + 1;
      while (end < lines.length && !numbers[end] && !SECTION_LINE.test((lines[end] as TextLine).text) && !FOOTER_LINE.test((lines[end] as TextLine).text.trim())) end++;
      if (end === k + 1) break;
      const first = lines[k + 1] as TextLine;
      const last = lines[end - 1] as TextLine;
      run.push({ k, end, duty: { lineStart: line.start, lineEnd: last.end, units: [unitsStart, unitsStart + unit.length], wording: [first.start, last.end], seq: n.seq } });
      expected = { scheme: n.scheme, value: n.value + 1 };
      k = end;
    }
    if (run.length > best.length && named * 3 >= run.length * 2) best = run;
    // A run begun inside this one is no longer than its rest: the next try starts where this one stopped.
    h = Math.max(h, k - 1);
  }
  if (best.length < MIN_UNIT_BLOCKS) return null;
  const opensDuty = best.filter((b) => SECTION_DUTY_VERB.exec(text.slice(b.duty.wording[0], b.duty.wording[1]).trimStart().slice(0, 6))?.index === 0).length;
  if (opensDuty * 2 < best.length) return null;
  // Nothing marks where the last duty ends: more lines than the others mostly have may be the text after the list.
  const lastBlock = best[best.length - 1] as { k: number; end: number; duty: Duty };
  const sizes = best.slice(0, -1).map((b) => b.end - b.k).sort((a, b) => a - b);
  if (lastBlock.end - lastBlock.k > (sizes[Math.floor(sizes.length / 2)] as number)) lastBlock.duty.uncertain = "nothing marks where the list's last duty ends: the lines after it may be read into it";
  const firstK = (best[0] as { k: number }).k;
  const lastEnd = (best[best.length - 1] as { end: number }).end;
  const blockLines: TextLine[] = best.map((b) => ({ start: b.duty.lineStart, end: b.duty.lineEnd, text: text.slice(b.duty.lineStart, b.duty.lineEnd) }));
  const out = [...lines.slice(0, firstK), ...blockLines, ...lines.slice(lastEnd)];
  const duties: Array<Duty | null> = [...lines.slice(0, firstK).map(() => null), ...best.map((b) => b.duty), ...lines.slice(lastEnd).map(() => null)];
  return { lines: out, duties, first: firstK, last: firstK + best.length - 1 };
}

// A heading that names a unit's duties as such (监察机关职责, 财政部门的主要职责).
const SAYS_DUTIES = /(?:职责|职能)(?:[、和及与]任务)?\s*[:：。]?\s*$/;

/**
 * Headings that each name a unit and say they give its duties (第十二条 监察机关职责 / (一)负责… /
 * 第十三条 财政部门职责 / 负责…), with no heading over them that says the duties are divided: read as
 * headedDuties reads them under one. Null unless the first such heading is followed by more.
 */
function titledDuties(text: string): DutyList | null {
  const lines = textLines(text);
  const first = lines.findIndex((l) => {
    const { at, seq } = afterNumber(text, l.start, l.end);
    const rest = text.slice(at, l.end).trim();
    return seq !== null && SAYS_DUTIES.test(simplified(rest)) && sectionUnit(rest) !== null;
  });
  if (first < 0) return null;
  const from = lines[first] as TextLine;
  // The list ends at a line numbered in a scheme other than its headings' and their duties' (六、工作步骤),
  // or at a heading of its headings' scheme that names no unit (第十五条 附则).
  const schemeAt = (l: TextLine): string | null => lineNumber(text, l)?.scheme ?? null;
  const own = schemeAt(from);
  const inner = lines.slice(first + 1).map(schemeAt).find((sc) => sc !== null && sc !== own) ?? null;
  const namesUnit = (l: TextLine): boolean => sectionUnit(text.slice(afterNumber(text, l.start, l.end).at, l.end).trim()) !== null;
  let end = first + 1;
  while (end < lines.length) {
    const l = lines[end] as TextLine;
    const scheme = schemeAt(l);
    if (![own, inner, null].includes(scheme) || (scheme === own && !namesUnit(l))) break;
    end++;
  }
  // headedDuties reads its first line as the heading over the units' headings: here there is none.
  const found = headedDuties(text, [{ start: from.start, end: from.start, text: "" }, ...lines.slice(first, end)]);
  return found ? { ...found, lines: found.lines.slice(1), duties: found.duties.slice(1), first: found.first - 1, last: found.last - 1, headings: new Set([...(found.headings ?? [])].map((k) => k - 1)) } : null;
}

/** A section heading's line among the duties; a sentence that closes (第一条 为了…，制定本规定。: an article's) is none. */
function headingLine(line: string): boolean {
  return SECTION_LINE.test(line) && !/。\s*$/.test(line);
}

/** The table's columns as rows add them: the header, and the column of each label met so far. */
interface DutyColumns {
  numbered: boolean;
  header: GridCell[];
  labelColumns: Map<string, number>;
}

/** The column of a label (by its key), added to the header the first time it is met. */
function columnFor(cols: DutyColumns, key: string, headerCell: () => GridCell): number {
  let col = cols.labelColumns.get(key);
  if (col === undefined) {
    col = cols.header.length;
    cols.labelColumns.set(key, col);
    cols.header.push(headerCell());
  }
  return col;
}

/**
 * One duty's row: its number, units and wording, then each label after the duty (…。责任人：黄勇。), a
 * working group's people in a bracket after it ((组长:郭丽红,成员:…)) and what was said beside its units (a
 * group's head and composition), each in its own column.
 */
function dutyRow(stream: Stream, locator: Locator, duty: Duty, cols: DutyColumns, at: { raw: string; place: GridRow["place"] }): GridRow {
  const text = stream.text;
  const empty = (): GridCell => ({ text: "", place: {}, spans: [] });
  const seq = duty.seq ? cellAt(stream, locator, duty.seq[0], duty.seq[1]) : { text: "", place: at.place, spans: [] };
  // Labels after the duty (…秩序管理。责任人：黄勇、杨文革。): each its own column, the duty ending before them.
  const found = labelsWithColon(text, duty.wording[0], duty.wording[1]).filter((l) => TRAILING_LABEL_FIELDS.has(l.field) && l.start >= duty.wording[0] + MIN_DUTY_BEFORE_LABEL);
  const labels: TrailingLabel[] = found.map((l, n) => ({ ...l, valueEnd: found[n + 1]?.start ?? duty.wording[1] }));
  // A working group's people in a bracket after its duty ((组长:郭丽红,成员:…)): its head leads it.
  const people = labels.length === 0 ? groupPeople(text, duty.wording[0], duty.wording[1]) : null;
  if (people) labels.push(...people.labels);
  const wordingEnd = people?.at ?? labels[0]?.start ?? duty.wording[1];
  const cells = [...(cols.numbered ? [seq] : []), cellAt(stream, locator, duty.units[0], duty.units[1]), cellAt(stream, locator, duty.wording[0], wordingEnd)];
  const put = (col: number, cell: GridCell): void => {
    while (cells.length < col) cells.push(empty());
    cells[col] = cell;
  };
  for (const l of labels) {
    const key = normalizeHeader(l.label);
    const known = cols.labelColumns.has(key);
    // The field the label says, where its words alone would not say it (组长: a group's head).
    const col = columnFor(cols, key, () => ({ ...cellAt(stream, locator, l.start, people ? l.start + l.label.length : l.valueStart), ...unsaidField(l.label, l.field) }));
    if (known) (cols.header[col] as GridCell).spans?.push(...stream.spans(l.start, l.valueStart));
    put(col, cellAt(stream, locator, l.valueStart, l.valueEnd));
  }
  for (const b of duty.beside ?? []) put(columnFor(cols, b.header, () => ({ text: b.header, place: {}, spans: [], field: b.field })), cellAt(stream, locator, b.value[0], b.value[1]));
  return { kind: "data", cells, raw: at.raw, place: at.place, ...(duty.uncertain ? { uncertain: duty.uncertain } : {}) };
}

export function readDutyLines(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const list = dutyList(text) ?? dutySection(text) ?? unitBlocks(text, textLines(text)) ?? titledDuties(text);
  if (!list) return null;
  const { lines, duties, first, last, headings, subItems } = list;
  // Numbered duties ((一)市气象局：…) keep their numbers in a 序号 column.
  const numbered = duties.some((d) => d?.seq);
  // Duties all held by leaders (副省长付建华：负责…) are under 责任领导.
  const byLeaders = duties.every((d) => d === null || d.leader === true);
  const header: GridCell[] = [
    ...(numbered ? [{ text: "序号", place: {}, spans: [] }] : []),
    { text: byLeaders ? "责任领导" : "责任单位", place: {}, spans: [] },
    { text: "工作职责", place: {}, spans: [] },
  ];
  const wordingCol = header.length - 1;
  const labelColumns = new Map<string, number>();
  const rows: GridRow[] = [];
  // Lines before the first duty that are a heading of the list (一、职责分工) are its section.
  let beforeEnd = (lines[first] as { start: number }).start;
  const above = lines[first - 1];
  if (above && headingLine(text.slice(above.start, above.end))) {
    beforeEnd = above.start;
    const cell = cellAt(stream, locator, above.start, above.end);
    rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
  }
  for (let k = first; k <= last; k++) {
    const line = lines[k] as { start: number; end: number };
    const duty = duties[k];
    const place = locator.place(stream.sourceAt(line.start), stream.sourceAt(line.end));
    const lineText = text.slice(line.start, line.end).trim();
    if (duty) {
      rows.push(dutyRow(stream, locator, duty, { numbered, header, labelColumns }, { raw: lineText, place }));
    } else if ((headingLine(lineText) || headings?.has(k)) && !subItems?.has(k)) {
      const cell = cellAt(stream, locator, line.start, line.end);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
    } else {
      // A line that is no duty between duties: the previous one's wording going on, when it did not end.
      const prev = rows[rows.length - 1];
      const prevCell = prev?.kind === "data" ? prev.cells[wordingCol] : undefined;
      // Its last character alone is looked at, and the line added in place (the cell is this row's
      // own): a copy per line made a duty wrapped over 100,000 lines quadratic (issue 14). A sub-item
      // the duty announced is its wording's whatever the line before ends with.
      if (prev && prevCell && (subItems?.has(k) || !/[。；;!！?？]/.test(prevCell.text[prevCell.text.length - 1] ?? ""))) {
        const more = cellAt(stream, locator, line.start, line.end);
        prevCell.text = `${prevCell.text}${more.text}`;
        for (const s of more.spans ?? []) (prevCell.spans ??= []).push(s);
        prev.raw += `\n${more.text}`;
      } else {
        const cell = cellAt(stream, locator, line.start, line.end);
        rows.push({ kind: "garbled", cells: [cell], raw: cell.text, place: cell.place });
      }
    }
  }
  // Rows read before a label's column was met have no cell in it.
  for (const row of rows) if (row.kind === "data") while (row.cells.length < header.length) row.cells.push({ text: "", place: {}, spans: [] });
  const end = (lines[last] as { end: number }).end;
  const firstLine = lines[first] as { start: number; end: number };
  const messages: Message[] = [
    {
      ruleId: "duty-lines",
      severity: "info",
      reason: "The duties are written one per line, each beginning with the units that hold it: read as 责任单位 | 工作职责.",
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(firstLine.start), stream.sourceAt(firstLine.end)),
    },
  ];
  return { layout: "labelled", header, rows, before: paragraphsAt(stream, locator, 0, beforeEnd), after: paragraphsAt(stream, locator, end, text.length), messages };
}
