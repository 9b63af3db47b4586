import { listPieces } from "../../genre/unit-groups.js";
import { COLLECTIVE_OR_ROLE, readsAsUnitList } from "../../genre/units.js";
import type { ColumnField } from "../../model/fields.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { opensWithItemNumber, textLines } from "./split-text.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";

/**
 * A report in sentences, as news of a government's division of labour prints it: each task said in
 * a sentence that names who does it.
 *
 *     国内生产总值增长6.5%—7%。这项工作由国家发展改革委负责，去年国内生产总值增长6.7%。
 *     完善药品集中采购和使用机制，由国家医保局、国家卫生健康委等分工负责。
 *     有3项由国家卫生健康委牵头，分别是抓好传染病防治；抓好青少年近视防治；完善生育配套政策。
 *     国家卫生健康委、财政部等分工负责深化公立医院综合改革；促进社会办医。
 *
 * Read only where no line opens with an item's number (a numbered plan is read by its numbering), and
 * only when three tasks or more are found. Each is flagged: the task's words were cut from a sentence.
 */

interface Duty {
  /** The task's words, its units, and what was done (after the units), as stream ranges. */
  task: [number, number];
  units: [number, number];
  lead: boolean;
  progress: [number, number] | null;
  /** The leader who leads it, where a person is named (…由王光玲牵头，九重镇落实). */
  leader?: [number, number];
  /** The unit that leads it, where another carries it out (…由县住建局牵头，县交通运输局落实). */
  leadBy?: [number, number];
}

const MIN_DUTIES = 3;
// Clauses read as duties only where this many name a body of their own (the others may name collectives).
const MIN_NAMED_CLAUSES = 2;
// Lines opening with an item's number that make the text a numbered plan.
const MAX_NUMBERED_LINES = 1;
// 这项工作由X负责，…: the task is the sentence before; what follows the comma is what was done.
const THIS_WORK = /(?:这|此|该|本)项(?:工作|任务|指标)?由([^，,。；;]{2,60}?)(?:等)?(?:分工)?(?:牵头)?负责[，,；;]?/g;
// …，由X、Y等分工负责。: the task is the clause before 由.
const BY_UNITS = /[，,]\s*由([^，,。；;由]{2,80}?)(?:等)?(?:分工|共同|按职责)?(?:牵头)?负责[。；;]/g;
// 有N项由X牵头，分别是A；B；C。
const COUNTED_LEAD = /(?:有)?(\d{1,2}|[一二三四五六七八九十]{1,3})项由([^，,。；;]{2,30}?)牵头[，,]\s*(?:分别)?是/g;
// Words that lead a sentence into its task (例如，…), not the task's.
const LEAD_IN = /^(?:例如|比如|其中|此外|另外|同时|报告明确|报告提出|报告要求|《意见》明确|意见明确)[，,：:]\s*/;

/** Do the units of a clause read as units (国家医保局、国家卫生健康委、国家药监局)? */
function namesUnits(text: string): boolean {
  return readsAsUnitList(listPieces(text.replace(/等$/, "")));
}

/** Each match of a global pattern whose group `group` reads as units, with that group's text. */
function* unitMatches(text: string, pattern: RegExp, group: number): Generator<[RegExpExecArray, string]> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const units = m[group] as string;
    if (namesUnits(units)) yield [m, units];
  }
}

/** Where the sentence that ends before `at` begins: after the last stop (or line break) before it. */
function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !/[。；;！？!?\n]/.test(text[i - 1] as string)) i--;
  return i;
}

/** A range with the blanks and a lead-in trimmed off its start and the blanks off its end. */
function trimmed(text: string, [s, e]: [number, number]): [number, number] {
  let a = s;
  while (a < e && /\s/.test(text[a] as string)) a++;
  const lead = LEAD_IN.exec(text.slice(a, e));
  if (lead) a += lead[0].length;
  let b = e;
  while (b > a && /[\s，,]/.test(text[b - 1] as string)) b--;
  return [a, b];
}

function thisWorkDuties(text: string): Duty[] {
  const out: Duty[] = [];
  for (const [m, units] of unitMatches(text, THIS_WORK, 1)) {
    // The task is the sentence that ends right before (…6.5%—7%。这项工作由…).
    const before = m.index;
    if (!/[。；;]\s*$/.test(text.slice(Math.max(0, before - 2), before))) continue;
    const start = sentenceStart(text, before - 1, 0);
    const unitsStart = m.index + m[0].indexOf(units);
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
    const progress = text.slice(end, lineEnd).trim() === "" ? null : trimmed(text, [end, lineEnd]);
    out.push({ task: trimmed(text, [start, before]), units: [unitsStart, unitsStart + units.length], lead: false, progress });
  }
  return out;
}

function byUnitsDuties(text: string): Duty[] {
  const out: Duty[] = [];
  for (const [m, units] of unitMatches(text, BY_UNITS, 1)) {
    const start = sentenceStart(text, m.index, 0);
    const unitsStart = m.index + m[0].indexOf(units);
    out.push({ task: trimmed(text, [start, m.index]), units: [unitsStart, unitsStart + units.length], lead: false, progress: null });
  }
  return out;
}

function countedLeadDuties(text: string): Duty[] {
  const out: Duty[] = [];
  for (const [m, unit] of unitMatches(text, COUNTED_LEAD, 2)) {
    const unitStart = m.index + m[0].indexOf(unit, m[0].indexOf("由"));
    const pieces = listAfter(text, m.index + m[0].length);
    out.push(...pieces.map((task) => ({ task, units: [unitStart, unitStart + unit.length] as [number, number], lead: true, progress: null })));
  }
  return out;
}

const SENTENCE_END = /[。\n]/g;

/** The items of a list from `at` to its sentence's end, cut at semicolons, each trimmed: stream ranges. */
function listAfter(text: string, at: number): Array<[number, number]> {
  // Found from `at` on, not by slicing the rest of the text for each list.
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text)?.index ?? text.length;
  const out: Array<[number, number]> = [];
  let from = at;
  for (const piece of text.slice(at, end).split(/[；;]/)) {
    const range = trimmed(text, [from, from + piece.length]);
    if (range[1] > range[0]) out.push(range);
    from += piece.length + 1;
  }
  return out;
}

// X、Y等分工负责A；B；C。: the units open the clause, the tasks follow 负责, cut at semicolons.
const UNITS_THEN_TASKS = /(?:等)?(?:分工|共同|按职责)?负责(?=[^。\n；;，,]{4})/g;

function unitsThenTasks(text: string): Duty[] {
  const out: Duty[] = [];
  UNITS_THEN_TASKS.lastIndex = 0;
  for (let m = UNITS_THEN_TASKS.exec(text); m; m = UNITS_THEN_TASKS.exec(text)) {
    let from = m.index;
    while (from > 0 && !/[，,。；;：:\n]/.test(text[from - 1] as string)) from--;
    const [unitsStart, unitsEnd] = trimmed(text, [from, m.index]);
    if (unitsEnd <= unitsStart || !namesUnits(text.slice(unitsStart, unitsEnd))) continue;
    const pieces = listAfter(text, m.index + m[0].length);
    // One duty (X负责A。) is a duty line's, read by its reader; pieces that say who does them are duties
    // of other units (A负责…；B负责…: a notice's own), not this list's tasks.
    if (pieces.length < 2 || pieces.some(([a, b]) => ROLE_WORD.test(text.slice(a, b)))) continue;
    out.push(...pieces.map((task) => ({ task, units: [unitsStart, unitsEnd] as [number, number], lead: false, progress: null })));
  }
  return out;
}
const ROLE_WORD = /负责|牵头|配合/;

// 市安全监管局牵头，负责组织开展…。市公安局牵头，负责…。: each sentence opens with who leads, then its duty.
const LEAD_THEN_DUTY = /(?:^|(?<=[。；;\n]))\s*([^，,。；;：:\n]{2,40}?)(牵头|负责)[，,]\s*(?:主要)?负责/g;

function leadThenDuty(text: string): Duty[] {
  const out: Duty[] = [];
  for (const [m, units] of unitMatches(text, LEAD_THEN_DUTY, 1)) {
    const unitsStart = m.index + m[0].indexOf(units);
    const from = m.index + m[0].length;
    SENTENCE_END.lastIndex = from;
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    // The duty runs to its stop, kept with it as printed.
    const task = trimmed(text, [from, text[end] === "。" ? end + 1 : end]);
    if (task[1] - task[0] < 4) continue;
    out.push({ task, units: [unitsStart, unitsStart + units.length], lead: m[2] === "牵头", progress: null });
  }
  return out;
}

// 县财政局要做好…，县自然资源和规划局要及时跟进…。 / 即县水务局牵头，组织开展…。县环保局牵头，督促…。 /
// 县财政局负责…；县农牧局分工负责…；乡镇、村负责…。 / 市公安局牵头安全保障组，成立… / 县财政局除负责…外，还要… /
// 县卫健局应当提供…: a clause that opens with who does it, then its duty (a meeting's news, a plan's division of
// labour in prose). The clause begins a line or follows a stop, a colon or
// a comma; a word that leads into it (即, 同时, 一是) is not the units'.
const UNIT_CLAUSE = /(?:^|(?<=[。；;！？!?：:，,]))[ \t]*(?:(?:即|并|同时|另外|此外|其中)[，,]?|[一二三四五六七八九十]是)?[ \t]*([^，,。；;：:！？!?\n]{2,40}?)(?:(牵头)[，,][ \t]*|(?=[，,]?(?:除)?(?:分工|主要)?(?:负责|要|应当)(?![求是])[^，,。；;\n]{2})|(?=牵头[^，,。；;\n]{2,12}[，,]))/gm;
// A sentence that goes on with the same duty, its subject left out (…管护工作。要明确责任，…).
const GOES_ON = /^[ \t]*(?:并|还|同时|也|更)?要(?![求是])/;
const CLAUSE_END = /[。！？!?\n]/g;

/** Each clause of the text that opens with who does it: where its duty begins, its units and whether it leads. */
export function unitClauses(text: string): Array<{ at: number; units: [number, number]; lead: boolean }> {
  const out: Array<{ at: number; units: [number, number]; lead: boolean }> = [];
  for (const [m, units] of unitMatches(text, UNIT_CLAUSE, 1)) {
    const unitsStart = m.index + m[0].indexOf(units);
    out.push({ at: m.index + m[0].length, units: [unitsStart, unitsStart + units.length], lead: m[2] === "牵头" });
  }
  return out;
}

function unitClauseDuties(text: string): Duty[] {
  const starts = unitClauses(text);
  return starts.map((s, i) => {
    const next = starts[i + 1]?.units[0] ?? text.length;
    // The duty runs to its sentence's end, and on over sentences that go on with it, up to the next clause.
    let end = s.at;
    for (;;) {
      CLAUSE_END.lastIndex = end;
      const stop = CLAUSE_END.exec(text);
      const to = stop ? stop.index + (stop[0] === "\n" ? 0 : 1) : text.length;
      end = Math.min(to, next);
      if (end >= next || stop?.[0] === "\n" || !stop || !GOES_ON.test(text.slice(end, end + 6))) break;
    }
    // X等部门，要…: the comma after the units is no part of the duty.
    const [a, b] = trimmed(text, [/[，,]/.test(text[s.at] as string) ? s.at + 1 : s.at, end]);
    let e = b;
    while (e > a && /[，,；;]/.test(text[e - 1] as string)) e--;
    return { task: [a, e] as [number, number], units: s.units, lead: s.lead, progress: null };
  });
}

// 九重区域环境整治由王光玲牵头，九重镇落实；: a meeting's decision, the task first, then who leads it (a leader
// or a unit) and the unit that carries it out.
const LED_THEN_DONE = /(?:^|(?<=[。；;：:\n]))[ \t]*([^。；;：:\n]{2,60}?)由([\u4e00-\u9fa5]{2,20}?)牵头(?:负责)?[，,][ \t]*([^，,。；;：:\n]{2,30}?)(?:具体)?(?:落实|负责|实施|承办)(?=[，,。；;\n]|$)/gm;

function ledThenDone(text: string): Duty[] {
  const out: Duty[] = [];
  for (const [m, units] of unitMatches(text, LED_THEN_DONE, 3)) {
    const task = m[1] as string;
    const by = m[2] as string;
    const taskStart = m.index + m[0].indexOf(task);
    const byStart = taskStart + task.length + 1;
    const unitsStart = m.index + m[0].lastIndexOf(units);
    const byUnit = namesUnits(by);
    // The one who leads is a person (王光玲: a leader) unless the words read as a unit.
    if (!byUnit && !/^[\u4e00-\u9fa5]{2,4}$/.test(by)) continue;
    const duty: Duty = { task: trimmed(text, [taskStart, taskStart + task.length]), units: [unitsStart, unitsStart + units.length], lead: false, progress: null };
    if (byUnit) duty.leadBy = [byStart, byStart + by.length];
    else duty.leader = [byStart, byStart + by.length];
    out.push(duty);
  }
  return out;
}

/** Lines that open with an item's number (1. 一、 (一)): a numbered plan's. */
function numberedLines(text: string): number {
  return textLines(text).filter((l) => opensWithItemNumber(text, l)).length;
}

export function readSentenceDuties(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const duties = [...thisWorkDuties(text), ...byUnitsDuties(text), ...countedLeadDuties(text), ...unitsThenTasks(text), ...leadThenDuty(text), ...ledThenDone(text)];
  return dutyTable(stream, locator, duties, "sentence-duties", `The tasks are said in sentences that name who does them (…，由X负责。 / 这项工作由X负责 / N项由X牵头，分别是…)`);
}

/**
 * Duties said in clauses that each open with who does them, as a meeting's news or a plan's prose
 * division of labour prints them (县财政局要…，县自然资源和规划局要…。 / 县水务局牵头，组织开展…). Read
 * only as a last resort, and only where three clauses or more are found, two of them at least naming a
 * body of their own: a notice's closing charges (各牵头单位要…；各配合单位要…；督查室要…) name collectives
 * and roles.
 */
export function readClauseDuties(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const duties = unitClauseDuties(text);
  if (duties.length < MIN_DUTIES || duties.filter((d) => namesBodies(text.slice(d.units[0], d.units[1]))).length < MIN_NAMED_CLAUSES) return null;
  return dutyTable(stream, locator, duties, "clause-duties", "The tasks are said in clauses that open with who does them (X要… / X负责… / X牵头，…)");
}


/** Do the units name bodies of their own (县财政局、县农委), none a collective or a role? */
export function namesBodies(units: string): boolean {
  const pieces = listPieces(units.replace(/等$/, ""));
  return readsAsUnitList(pieces) && !pieces.some((p) => COLLECTIVE_OR_ROLE.test(p));
}

function dutyTable(stream: Stream, locator: Locator, duties: Duty[], ruleId: "sentence-duties" | "clause-duties", said: string): TextTable | null {
  const text = stream.text;
  const sorted = duties.filter((d) => d.task[1] > d.task[0]).sort((a, b) => a.task[0] - b.task[0]);
  // One task per place: a sentence two patterns found is read once.
  const kept = sorted.filter((d, i) => i === 0 || d.task[0] >= (sorted[i - 1] as Duty).task[1]);
  if (kept.length < MIN_DUTIES) return null;
  // A numbered plan is read by its numbering: the lines up to the last duty (a site's numbered rules after
  // the article are not the plan's) open with no item's number, but one.
  const lastEnd = Math.max(...kept.map((d) => Math.max(d.task[1], d.units[1])));
  if (numberedLines(text.slice(0, lastEnd)) > MAX_NUMBERED_LINES) return null;
  const named = (t: string, field: ColumnField): GridCell => ({ text: t, place: {}, spans: [], field });
  const hasProgress = kept.some((d) => d.progress);
  const hasLeaders = kept.some((d) => d.leader);
  const header = [named("工作任务", "title"), named("责任单位", "units"), named("牵头单位", "leadUnits"), ...(hasProgress ? [named("进展情况", "progress")] : []), ...(hasLeaders ? [named("牵头领导", "leaders")] : [])];
  const empty: GridCell = { text: "", place: {}, spans: [] };
  const rows: GridRow[] = kept.map((d) => {
    const units = cellAt(stream, locator, d.units[0], d.units[1]);
    const end = Math.max(d.task[1], d.units[1], d.progress?.[1] ?? 0);
    const place = locator.place(stream.sourceAt(d.task[0]), stream.sourceAt(end));
    return {
      kind: "data",
      cells: [
        cellAt(stream, locator, d.task[0], d.task[1]),
        d.lead ? empty : units,
        d.lead ? units : d.leadBy ? cellAt(stream, locator, d.leadBy[0], d.leadBy[1]) : empty,
        ...(hasProgress ? [d.progress ? cellAt(stream, locator, d.progress[0], d.progress[1]) : empty] : []),
        ...(hasLeaders ? [d.leader ? cellAt(stream, locator, d.leader[0], d.leader[1]) : empty] : []),
      ],
      raw: text.slice(d.task[0], end).trim(),
      place,
      uncertain: "its words and units were cut from a sentence that names who does it",
    };
  });
  // The text before the first duty, its units too where they open it (市公安局牵头…), is the page's.
  const first = Math.min((kept[0] as Duty).task[0], (kept[0] as Duty).units[0]);
  const messages: Message[] = [
    {
      ruleId,
      severity: "info",
      reason: `${said}: ${kept.length} were read, each flagged.`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(first), stream.sourceAt(first)),
    },
  ];
  return { layout: "labelled", header, rows, before: paragraphsAt(stream, locator, 0, first), after: [], messages };
}
