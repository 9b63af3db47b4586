import { roundBracketDepth } from "../../genre/brackets.js";
import { LABEL_COLON } from "../../genre/labels.js";
import { memoize } from "../../genre/memo.js";
import { splitNames } from "../../genre/names.js";
import { namesWorkingBody, readsAsUnit, readsAsUnitList } from "../../genre/units.js";
import { readItemNumber } from "../../genre/numbering.js";
import { simplified } from "../../genre/script.js";
import type { Message } from "../../model/message.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { splitUnits } from "../../structure/split-list.js";
import type { RepairRule } from "../rule.js";
import { isUnitField, UNIT_FIELDS } from "../../model/fields.js";

// A person's entry longer than this is not one person (局长 张三 13800001111 is 17).
const MAX_PERSON = 25;
// A deadline longer than this is a sentence that ran into the column.
const MAX_DEADLINE = 40;
const NO_NAMES: ReadonlySet<string> = new Set();

// A field filled in at least this share of a table's tasks is one every task should have.
const USUALLY_FILLED = 0.8;
// …and the table has at least this many tasks to say so.
const MIN_TASKS_FOR_HABIT = 5;
// Role words left in a task's wording when its units were not taken out of it.
const ROLE_TAIL = 12;
// A unit's name before 落实 at the end says who carries it out (…,污染物排放总量控制处落实。), unlike 抓好落实.
const ROLE_IN_TEXT = /(?:牵头|负责落实|按职责分工负责|配合|(?:处|局|委|办|室|科|中心|部门|单位)(?:分别)?落实)[)\uff09\]\u3015]?[。.;；]?\s*$/;

// A bracket of units' names inside the wording with a sentence after it (…新村(市扶贫开发办、市以工代赈办)。升钟…):
// each sentence named its own units, so several tasks may have been read as one.
const INNER_BRACKET = /[(（]([^()（）]{3,60})[)）](?=[^。；;]*[。；;][\s\S]{6,})/g;
// Each name in such a bracket ends in an office's word: a place's collective (乡镇(街道)) is no task's units.
const OFFICE_END = /(?:局|办|委|厅|政府|中心|公司)$/;

// Marks wording does not open with: a stop, a comma, a closing bracket or quote, a cell's bar.
const STRAY_OPENING = /^[.．。,，、;；:：)）\]】」』”|｜]/;
// A role word and its mark opening the wording (负责，市工商局配合，加强…): the units it was said of were lost before it.
const ROLE_OPENING = /^(?:负责|牵头|配合|参与|协助|負責|牽頭|參與|協助)\s*[,，、;；。.]/;
// Words of a clause inside a unit's name: what a sentence said before the unit (此项工作由市交通委, 本部分工作由…)
// or the verb it said after it (各乡(街道)落实). 自由, 理由 and 经由 are words of their own.
// …等部门和… inside one name is two lists joined (交通运输厅等部门和5市人民政府).
const CLAUSE_IN_UNIT = /(?:^|[^自理经])由(?=[\u4e00-\u9fa5]{2})|(?:落实|实施|推进|完成|督促|指导|负责|牵头|配合)$|等(?:有关|相关)?(?:部门|单位)(?=[和及与])/;
// Mojibake: a replacement mark, box drawing inside words, a Latin letter with a diacritic or a question mark against Chinese.
const GARBLED = /\uFFFD|[\u2500-\u257F]|[\u00C0-\u024F\u0250-\u02AF](?=[\u4e00-\u9fa5?])|(?<=[\u4e00-\u9fa5])\?(?=[\u4e00-\u9fa5])|^\?[.．]?/;
// An item's number (6、, 12.) at the start of wording.
const LEFT_NUMBER = /^(\d{1,3})(、|[.．](?!\d))/;
// A sub-item's number of an outline numbered by points (1.3, 2.1.4) at the start of wording, before its words.
// A figure is no number: 1.5万人次, 2.3亿元, 1.2公里 (a measure follows).
const LEFT_POINT_NUMBER = /^\d{1,2}(?:[.．]\d{1,2}){1,3}(?=[\u4e00-\u9fa5“"《(（])(?!万|亿|千|百|个|项|家|所|座|人|次|户|元|吨|亩|倍|公里|公顷|米|年|月|日|天|小时|周|分|秒)/;
// A level-1 heading of the outline (二、, 第三部分) right after a stop in a task's wording.
const HEADING_INSIDE = /[。；;]\s*((?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^。；;，,]{2,20})/;

// A table names the same units under many tasks: each cell's cut is remembered.
const unitsOf = memoize((list: string): readonly string[] => (list === "" ? [] : splitUnits(list)));

/** The first piece of a list of units that does not read as a unit's name, or a clause's words left in one, or "". */
function oddUnit(list: string): string {
  // A working body set up for the work (综合协调组, 活动办公室) is a unit's name too.
  return unitsOf(list).find((u) => !(readsAsUnit(u) || namesWorkingBody(u)) || CLAUSE_IN_UNIT.test(simplified(u.trim()))) ?? "";
}

/** A unit named twice in one list of units (the simplified view compared, spaces ignored), or "". */
function namedTwice(list: string): string {
  const seen = new Set<string>();
  for (const unit of unitsOf(list)) {
    const key = simplified(unit).replace(/\s/g, "").replace(/等$/, "");
    if (key === "") continue;
    if (seen.has(key)) return unit.trim();
    seen.add(key);
  }
  return "";
}

/** Units in a bracket inside the wording that are not the task's own units, or "". */
function unitsInsideWording(wording: string, own: ReadonlySet<string>): string {
  for (const m of wording.matchAll(INNER_BRACKET)) {
    const pieces = unitsOf(m[1] as string).map((p) => p.trim());
    if (pieces.length > 0 && readsAsUnitList(pieces) && pieces.every((p) => p.length >= 3 && OFFICE_END.test(simplified(p)) && !own.has(p))) return m[0];
  }
  return "";
}

/**
 * The task's next number printed at the start of a line inside its wording (3. … \n4.2011年底…): the
 * next task ran into this one. Not when the wording numbers sub-items in the same scheme from 1.
 */
function nextNumberInside(task: WorkTask, wording: string): string | null {
  const printed = task.seqPrinted?.trim() ?? "";
  // A 序号 cell prints the bare number (3), which counts as the scheme 3. / 3、 is.
  const own = /^\d{1,3}$/.test(printed) ? { scheme: "ar", value: Number(printed) } : readItemNumber(printed, 0);
  if (own === null) return null;
  let next: string | null = null;
  for (const m of wording.matchAll(/\n\s*/g)) {
    const n = readItemNumber(wording, (m.index as number) + m[0].length);
    if (n === null || n.scheme !== own.scheme) continue;
    if (n.value === 1) return null;
    if (n.value === own.value + 1) next ??= n.printed;
  }
  return next;
}

/**
 * A character left alone when a cell of names is cut (陆 明俞 悦: two padded names printed
 * together), or "". Only a cell with spaces can be cut so; each cell's answer is remembered, as
 * a table names the same people under many tasks.
 */
const loneNameChar = memoize((names: string): string => (/\s/.test(names) ? (splitNames(names, NO_NAMES).find((p) => /^[\u4e00-\u9fa5]$/.test(p.trim())) ?? "") : ""));

/** What about the task's fields does not look like what they hold, or null when they all do. */
function doubt(task: WorkTask, usual: ReadonlySet<string>): { field: string; reason: string; actual: string } | null {
  const text = (field: string): string => task.cells.get(field)?.text.trim() ?? "";
  // A table that names the units of nearly every task names none for this one: a cell may have been missed.
  const noOne = UNIT_FIELDS.every((f) => text(f) === "") && text("leaders") === "";
  if (usual.has("units") && noOne) return { field: "units", reason: "The table names units for its tasks but none for this one: its units may be in another field or lost.", actual: "" };
  // A breakdown names who carries out each task: a task read with no unit, leader or person was read without them.
  if (noOne && text("contacts") === "") return { field: "units", reason: "No unit, leader or person is named for this task: who carries it out was not found, and its wording may hold them.", actual: "" };
  for (const field of ["title", "content"]) {
    // The fields are trimmed and a role word with its bracket and stop is at most 9 characters:
    // only the end of a long paragraph is searched.
    const m = ROLE_IN_TEXT.exec(text(field).slice(-ROLE_TAIL));
    if (m) return { field, reason: `The ${field} ends with a role word 「${m[0].trim()}」: the units may have been left in the text.`, actual: m[0].trim() };
  }
  const wording = `${text("title")}。${text("content")}`;
  const inner = /[(（]/.test(wording) ? unitsInsideWording(wording, new Set(UNIT_FIELDS.flatMap((f) => unitsOf(text(f)).map((u) => u.trim())))) : "";
  if (inner) return { field: "content", reason: `Units in a bracket 「${inner}」 stand inside the wording, with more after them: the wording may hold several tasks, each naming its own units.`, actual: inner };
  for (const field of UNIT_FIELDS) {
    const odd = oddUnit(text(field));
    if (odd) return { field, reason: `「${odd}」 does not read as a unit's name: the units may have been cut wrongly, or taken from the text.`, actual: odd };
    // A list never names one unit twice: twice means two lists were joined (a sheet's labels added to a row's own).
    const twice = namedTwice(text(field));
    if (twice) return { field, reason: `「${twice}」 is named twice in the ${field}: two lists of units may have been joined.`, actual: twice };
  }
  for (const field of ["title", "content"]) {
    // Wording never opens on a stop or a closing mark: a number lost before it (.坚持…) or a cell cut inside a sentence.
    const open = STRAY_OPENING.exec(text(field));
    if (open) return { field, reason: `The ${field} begins with 「${open[0]}」: its number may have been lost, or the cell cut inside a sentence.`, actual: open[0] };
    const role = ROLE_OPENING.exec(simplified(text(field)));
    if (role) return { field, reason: `The ${field} begins with the role word 「${role[0]}」: the units it was said of may have been lost before it.`, actual: text(field).slice(0, role[0].length) };
    // An item's number left at the start of the wording, no next number after it (6、98年…): the numbering was missed.
    // (Under a title, a content cell may open with its one sub-item: 1.明确…)
    const number = field === "content" && text("title") !== "" ? null : LEFT_NUMBER.exec(text(field));
    if (number && !text(field).includes(`${Number(number[1]) + 1}${number[2]}`)) return { field, reason: `The ${field} begins with a number 「${number[0]}」: the task's numbering may have been missed.`, actual: number[0] };
    const point = LEFT_POINT_NUMBER.exec(text(field));
    if (point) return { field, reason: `The ${field} begins with a number 「${point[0]}」: the task's numbering may have been missed.`, actual: point[0] };
    // Characters no Chinese text holds (mojibake: ?.ǘ┩七M…, a replacement mark): the wording is garbled there.
    const garbled = GARBLED.exec(text(field));
    if (garbled) return { field, reason: `The ${field} holds characters of a garbled text 「${garbled[0]}」: it may not read as printed.`, actual: garbled[0] };
    // A heading of the outline (…。二、推进…) after a stop inside the wording: the next part ran into this task.
    const next = nextNumberInside(task, text(field));
    if (next) return { field, reason: `The next task's number 「${next}」 opens a line inside the ${field}: the next task may have run into this one.`, actual: next };
    const heading = HEADING_INSIDE.exec(text(field));
    if (heading) return { field, reason: `A heading 「${heading[1]}」 is inside the ${field}: the next part of the document may have run into this task.`, actual: heading[1] as string };
  }
  const anyValue = [...task.cells.values()].some((v) => v.text.trim() !== "");
  if (anyValue && text("title") === "" && text("content") === "") return { field: "content", reason: "The task has no wording of its own: its text may be in another field, or lost.", actual: "" };
  for (const field of ["title", "content", ...UNIT_FIELDS, "deadline", "leaders", "contacts"]) {
    const value = text(field);
    // Every label ends in a colon: a field without one is not searched for the long list of labels.
    if (!value.includes(":") && !value.includes("：")) continue;
    LABEL_COLON.lastIndex = 0;
    // Labels are matched in the simplified view (主管領導: is 主管领导:) and quoted as printed.
    const m = LABEL_COLON.exec(simplified(value));
    if (m) {
      const printed = value.slice(m.index, m.index + m[0].length);
      return { field, reason: `A field label 「${printed}」 is inside the ${field}: two fields (or two tasks) may have run together.`, actual: printed };
    }
  }
  for (const field of ["contacts", "leaders"]) {
    const long = text(field).split(/[、,，;；\n]/).find((p) => p.trim().length > MAX_PERSON);
    if (long) return { field, reason: `「${long.trim().slice(0, 30)}」 is too long for a person: a sentence may have run into the column.`, actual: long.trim() };
    // Names cut so that a piece is one character (陆 明俞 悦: two padded names printed together).
    const lone = loneNameChar(text(field));
    if (lone) return { field, reason: `「${lone}」 alone is no one's name: the names in 「${text(field)}」 may be cut wrongly.`, actual: text(field) };
  }
  if (text("deadline").length > MAX_DEADLINE) return { field: "deadline", reason: "The deadline is as long as a sentence: text may have run into the column.", actual: text("deadline") };
  // A bracket a field closes without opening it, or opens without closing (王功传) / …未清除。(): the
  // field was cut inside a bracket that the next field or the next task holds the rest of.
  for (const field of ["contacts", "leaders", ...UNIT_FIELDS, "title", "content"]) {
    const depth = roundBracketDepth(text(field));
    if (depth !== 0) return { field, reason: `The ${field} ${depth > 0 ? "opens a bracket it does not close" : "closes a bracket it did not open"}: it may have been cut inside the bracket.`, actual: text(field).slice(-10) };
  }
  return null;
}

/**
 * The last check before a task is called read: each field must look like what it holds — units
 * like units, people like people, a deadline like a deadline, the task some wording of its own, no
 * field label or role word left inside a field — and a task has what the table gives nearly every other. A task that fails is flagged needs_review with a message saying
 * which field and why; nothing is changed (a reader's guess is not made right by a second guess).
 */
export const fieldCheck: RepairRule = {
  id: "field-check",
  description: "A task whose fields do not look like what they hold (a sentence among units, no wording, a label inside a field) is flagged needs_review; nothing is changed.",
  apply(doc: WorkDoc): WorkDoc {
    const messages: Message[] = [];
    const read = doc.tasks.filter((t) => t.status !== "missing");
    const usual = new Set<string>();
    const withUnits = read.filter((t) => UNIT_FIELDS.some((f) => (t.cells.get(f)?.text.trim() ?? "") !== "")).length;
    if (read.length >= MIN_TASKS_FOR_HABIT && withUnits / read.length >= USUALLY_FILLED) usual.add("units");
    // A table with a column of units names them for every task: one with none was not read whole.
    if (doc.columns.some((c) => isUnitField(c.field))) usual.add("units");
    const tasks = doc.tasks.map((task) => {
      if (task.status === "needs_review" || task.status === "missing") return task;
      const d = doubt(task, usual);
      if (!d) return task;
      messages.push({ ruleId: "field-check", severity: "warning", reason: d.reason, seq: task.seq, field: d.field, where: task.fields[d.field] ?? task.where, ...(d.actual ? { actual: d.actual } : {}) });
      return { ...task, status: "needs_review" as const };
    });
    return messages.length === 0 ? doc : { ...doc, tasks, messages: [...doc.messages, ...messages] };
  },
};
