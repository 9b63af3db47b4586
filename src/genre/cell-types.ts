import { memoize } from "./memo.js";
import type { ColumnField } from "../model/fields.js";
import { DEADLINE_TEXT, PERIOD_TEXT, findDate } from "./dates.js";
import { surnameLength } from "./people.js";
import { CONTENT_START_WORDS, TITLE_END_WORDS, startWord } from "./policy-words.js";
import { simplified } from "./script.js";
import { readUnitGroup, listPieces } from "./unit-groups.js";
import { readsAsUnitList } from "./units.js";

/**
 * What a cell's text looks like, and how well it fits a column: units look like units (县财政局,
 * 各乡镇), people like people (张三, 局长 李四 138…), deadlines like deadlines (6月底前, 长期坚持),
 * a number like a number, a target like a figure (≥2%, 0.07, 全市统筹), a task like a sentence.
 * A table printed one cell per line with merged cells has rows with fewer lines than columns:
 * these scores say which column each line belongs to.
 */
export type CellKind = "seq" | "units" | "people" | "deadline" | "figure" | "measure" | "heading" | "text" | "remark" | "rule";

// A line of the table's drawing alone (|, ||, ┃): a cell's border printed as a line of its own.
const RULE = /^[|｜┃│]+$/;

const NUMBER = /^[1-9]\d{0,3}[.\uff0e、]?$/;
// A figure as a target column prints it: ≥2%, 0.07, 186, 低于4.1, 良好以上, 全市统筹, 1500万元.
const FIGURE = /^(?:[≥≤><＞＜]=?|不低于|不高于|低于|高于|达到|控制在|增长|下降|完成)?\s*-?\d+(?:\.\d+)?\s*(?:%|‰|万|亿|个|项|家|人|元|万元|亿元|吨|万吨|亩|万亩|公里|次|所|座|套|户|名)?(?:以上|以下|左右|以内)?$|^(?:良好|优秀|合格|达标|全市统筹|全县统筹|完成|按期完成)(?:以上)?$/;
// A unit of measure printed in its own column (单位): %, 万元/人, 万亩, 个, -.
const MEASURE = /^(?:[万亿千百]?(?:元|吨|亩|斤|头|只|人|人次|个|家|所|座|套|户|名|件|台|辆|间|处|条|株|棵|公顷|公里|千米|米|平方米|立方米|次|项|小时|天|年|千瓦|千瓦时|度|张|册|床|个点|家次|批|场|人\/年)(?:\/[万亿千]?[\u4e00-\u9fa5]{1,2})?|%|‰|-|—|\/|个百分点)$/;
const PHONE = /^(?:(?:联系|监督|举报|咨询|服务)?电话|手机)?[:\uff1a]?\s*[(\uff08]?\d[\d\s-]{6,}[)\uff09]?$/;
// A title cell is at most this long (加快推进杭州城西科创大走廊科技创新高地建设 is 21).
const MAX_HEADING = 30;
const POST = /(?:书记|局长|县长|市长|区长|镇长|乡长|主任|科长|部长|处长|所长|站长|主席|组长|队长|调研员|副县长|副市长|副区长)$/;

/** Does `text` read as one or more people (张三, 局长 李四, 王小明 13800001111)? */
export function readsAsPeople(printed: string): boolean {
  // A name printed with spaces between its characters (周 斐, 陆 明) is one name.
  const spaced = printed.trim().replace(/(?<=^|[、,，;；\n])\s*([\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5]){1,3})\s*(?=$|[、,，;；\n])/g, (m) => m.replace(/[ \u3000]+/g, ""));
  const pieces = spaced.split(/[、,，;；\n/]|\s+/).map((p) => p.trim()).filter((p) => p !== "");
  if (pieces.length === 0) return false;
  return pieces.every((p) => PHONE.test(p) || POST.test(p) || readsAsName(p.replace(/同志$/, "")));
}

/**
 * One person's name: a surname and one or two characters (four only after a two-character surname:
 * 欧阳明华), the given name not a stock policy word (项目建设 and 严格落实 are not people).
 */
const TOWN_OR_OFFICE_END = /[镇乡局委办厅]$/;
// 高塘湖, 白河渠, 龙山村: a water, a place or a work's name (a river chief's list, a project's site), not a person
// (江, 河 and 路 end given names too: 李长江).
const PLACE_END = /[湖渠库港湾岛村桥街]$/;

function readsAsName(p: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(p)) return false;
  const s = surnameLength(p);
  if (s === 0 || (p.length === 4 && s !== 2)) return false;
  const given = p.slice(s);
  // 傅村镇, 曹宅镇: a place with an office's ending, not a person.
  if (p.length === 3 && (TOWN_OR_OFFICE_END.test(p) || PLACE_END.test(p))) return false;
  return !(given.length >= 2 && (startWord(given, CONTENT_START_WORDS) === given || startWord(given, TITLE_END_WORDS) === given));
}

/**
 * A unit and its people in one cell, a space between (市民政局 伍泽国, 县财政局 张三 李四), as a column
 * of 责任单位及责任人 prints them: the cell belongs with the units.
 */
function unitsThenPeople(text: string): boolean {
  const m = /^(\S+)[ \u3000]+(\S.*)$/.exec(text);
  if (!m || (m[1] as string).length > 40) return false;
  const unitPieces = listPieces(m[1] as string);
  return unitPieces.length > 0 && readsAsUnitList(unitPieces) && readsAsPeople(m[2] as string);
}

/** Two or three deadlines in clauses (2025年11月底前,并长期坚持 / 6月底前；年底前完成). */
function deadlineClauses(text: string): boolean {
  const clauses = text.replace(/[。.]$/, "").split(/[,，;；]/).map((c) => c.trim().replace(/^(?:并且?|且|和|及)/, ""));
  return clauses.length >= 2 && clauses.length <= 3 && clauses.every((c) => DEADLINE_TEXT.test(c));
}

// A space between two Chinese characters, as a cell spaced out to its width prints them.
const SPACED_OUT = /(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g;

// A task's number opening a line: 1. 1、 12．(not a decimal, 1.5万).
const TASK_NUMBER = /^\d{1,3}\s*[.\uff0e、](?!\d)/;

/** The kind of text a cell holds. */
export const cellKind = memoize(function cellKind(printed: string): CellKind {
  // A word spaced out for the cell's width (第 一 季 度, 重 点 工 作) is read as the word.
  const text = simplified(printed.trim()).replace(SPACED_OUT, "");
  if (text === "") return "text";
  if (RULE.test(text)) return "rule";
  if (NUMBER.test(text)) return "seq";
  if (MEASURE.test(text)) return "measure";
  if (FIGURE.test(text.replace(/\s+/g, ""))) return "figure";
  if (text.length <= 30 && (DEADLINE_TEXT.test(text) || PERIOD_TEXT.test(text) || (findDate(text) !== null && text.length <= 16) || deadlineClauses(text))) return "deadline";
  if (readsAsPeople(text)) return "people";
  const pieces = listPieces(text);
  // A sentence that counts (改扩建幼儿园5所。) is not a unit however it ends.
  const countedSentence = /\d/.test(text) && /[。！？!?]$/.test(text);
  // A line numbered as a task is (1.改扩建城区学校) names a task, not a unit however it ends.
  if (TASK_NUMBER.test(text)) return text.length <= MAX_HEADING && !/[。；;，,]/.test(text) ? "heading" : "text";
  if (!countedSentence && pieces.length > 0 && readsAsUnitList(pieces) && text.length <= 120) return "units";
  if (!countedSentence && text.length <= 200 && readUnitGroup(text) !== null && !/[。]/.test(text.replace(/。$/, ""))) return "units";
  if (unitsThenPeople(simplified(printed.trim()))) return "units";
  // A task's name (a title cell) is short and not a sentence; its measures are.
  if (text.length <= MAX_HEADING && !/[。；;，,]/.test(text)) return "heading";
  return "text";
});

/** The kind a column of this field expects (the header printed, for columns the vocabulary does not name). */
export function expectedKind(field: ColumnField, header: string): CellKind {
  switch (field) {
    case "seq":
      return "seq";
    case "units":
    case "leadUnits":
    case "supportUnits":
      return "units";
    case "contacts":
    case "leaders":
      return "people";
    case "deadline":
      return "deadline";
    case "target":
      // 目标及质量要求, 工作要求: a target said in sentences; 年度目标, 目标进度: a figure.
      return /要求|措施/.test(header) ? "text" : "figure";
    case "title":
    case "category":
      return "heading";
    case "note":
      return "remark";
    default:
      break;
  }
  const h = simplified(header).replace(/\s+/g, "");
  // 监督电话, 咨询电话: a column of phone numbers, read as a contact's.
  if (/电话$/.test(h)) return "people";
  // A header line of the drawing alone (the pipes between cells printed a line each): its column takes them.
  if (RULE.test(h)) return "rule";
  if (h === "单位" || h === "计量单位") return "measure";
  // 评分部门, 监考单位, 考核科室: a column of departments the vocabulary does not name as responsible.
  if (/(?:单位|部门|处室|科室|股室)$/.test(h)) return "units";
  // 建设地点, 实施区域: places, named as the towns and streets that are also units (纸坊街道, 龙亭镇).
  if (/(?:地点|地址|区域|所在地|位置|镇街|乡镇|街道)$/.test(h)) return "units";
  if (/分值|权重|分数|得分|数量|金额|投资|万元|规模/.test(h) && !/来源|主体/.test(h)) return "figure";
  // 建设起止年限, 起止时间: a column of periods the vocabulary keeps under extra.
  if (/年限|起止/.test(h)) return "deadline";
  return "text";
}

// How well a kind of text fits a kind of column: the log-odds a reader would give it.
const FIT: Record<CellKind, Partial<Record<CellKind, number>>> = {
  seq: { seq: 3, figure: 0.5 },
  // A sentence in a column of units or people is far off; a short phrase less so (a unit the vocabulary does not know).
  units: { units: 2.5, heading: -1, text: -2.5 },
  people: { people: 2.5, heading: -1, text: -2.5 },
  deadline: { deadline: 2.5, figure: 0.5, text: -0.5 },
  figure: { figure: 2, seq: 1, measure: 0.3, deadline: 0.3, text: 0.6, heading: 0.6 },
  measure: { measure: 2.5, figure: -0.5 },
  heading: { heading: 1, text: 0.5, figure: 0.3, deadline: 0, units: -1.5, people: -1.2, seq: -2, measure: -1.5 },
  rule: { rule: 2.5 },
  // A 备注 column is mostly empty: a line goes there only when nothing else takes it.
  remark: { text: 0.2, heading: 0.2, figure: 0.1, deadline: 0, units: -0.5, people: -0.5, seq: -2, measure: -0.5 },
  text: { text: 1, heading: 0.9, figure: 0.6, deadline: 0.2, units: -1.5, people: -1.2, seq: -2, measure: -1.5 },
};

// A cell's pipe alone (|) is an empty cell in a table whose cells close with their pipe; in a
// column of the drawing's pipes it is that column's (expected "rule", scored by its kind).
const NONE_MARK = /^(?:\/|／|-|—{1,2}|－|无|暂无|\\|\|+)$/;
const NONE_FIT = 0.5;

/** How well `text` fits a column expecting `expected` (higher is better; below 0 it does not fit). */
export function fitScore(expected: CellKind, text: string, numbered = false): number {
  // A cell printed as none (/, —, 无) fits any column: the table says it has nothing there.
  if (NONE_MARK.test(text.trim()) && expected !== "seq" && expected !== "measure" && expected !== "rule") return NONE_FIT;
  // In a row whose number is already read, a bare number (4934) is a figure, not the next row's number.
  const read = cellKind(text);
  const kind = numbered && read === "seq" ? "figure" : read;
  const row = FIT[expected];
  if (kind === expected) return row[kind] ?? 2;
  return row[kind] ?? -2;
}

/** Kinds that are all prose (a task's title line, then its measures): lines of them may be one cell. */
export function sameFamily(a: CellKind, b: CellKind): boolean {
  const prose = (k: CellKind): boolean => k === "heading" || k === "text";
  return a === b || (prose(a) && prose(b));
}
