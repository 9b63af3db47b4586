import { opensProgress } from "./progress.js";
import { bracketDepth } from "./brackets.js";
import { type ColumnField, UNIT_FIELDS } from "../model/fields.js";
import { personAlone } from "./people.js";
import { readsAsUnit, UNIT_PREFIX, unitSuffixLength } from "./units.js";

/** What a cell is read as: a column's field, the header row, or text outside the table. */
export type CellRole = ColumnField | "header";

const LIST_ROLES: ReadonlySet<CellRole> = new Set<CellRole>(UNIT_FIELDS);
const PERSON_ROLES = new Set<CellRole>(["contacts", "leaders"]);
// A sentence, clause or list item ends here: 。！？；：… and the quotes or brackets that close them.
const ENDS_COMPLETE = /[。\uff01\uff1f!?\uff1b;\uff1a:…][”’"')\uff09】》]*$/;
// The next line starts an item of its own: 1. 1、 (1) （一） ① 一、 第一，or a bullet.
const STARTS_ITEM = /^(?:\d{1,3}\s*[.\uff0e、]|[(\uff08]\s*[\d一二三四五六七八九十]{1,3}\s*[)\uff09]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,3}[,\uff0c、]|[-•·●▪■◆])/;
const ENDS_LIST_ITEM = /[、,\uff0c;\uff1b)\uff09】]$/;
const STARTS_DEADLINE = /^(?:\d|长期|持续|每|常态|全年|年底|上半年|下半年|[一二三四]季度)/;

/**
 * Does the break between two lines of a cell mean something (kept as "\n"), or is it only
 * where a line was wrapped by hand (dropped)?
 *
 * - contacts and leaders: one person per line, always kept;
 * - units: kept after a name that ends like a unit (局, 委, 办, 街道…) or a list mark, or
 *   before a line that starts like one (县…, 各…); dropped inside a name cut in two
 *   (县自然资源和规 / 划局);
 * - text: kept after the end of a sentence or clause, or before a numbered item; dropped
 *   inside a sentence;
 * - the header and the number: always dropped (序 / 号 is 序号).
 */
export function breakMeans(prev: string, next: string, role: CellRole): boolean {
  if (role === "header" || role === "seq") return false;
  if (PERSON_ROLES.has(role)) return true;
  if (LIST_ROLES.has(role)) {
    // A name cut after its first character (县发展改革局、各 / 乡镇人民政府): the line only wrapped.
    if (/(?:^|[、,\uff0c;\uff1b])\s*[\u4e00-\u9fa5]$/.test(prev)) return false;
    // A bracket left open at the line's end (…政府(管委会 / )): the name goes on inside it.
    if (bracketDepth(prev) > 0) return false;
    // A name cut where its first part reads as a unit too (…滁州经开区管委 / 会、中新…): the next line
    // opens with a piece too short to be a name, and the two read as one.
    if (cutInsideName(prev, next)) return false;
    // A unit's other name in brackets on the line under it (市财政局 / (市地方金融局)): one unit.
    if (ALIAS_LINE.test(next) && readsAsUnit(next.slice(1, -1)) && unitSuffixLength(prev.replace(/[)\uff09]$/, "")) > 0) return false;
    if (ENDS_LIST_ITEM.test(prev) || unitSuffixLength(prev.replace(/[)\uff09]$/, "")) > 0) return true;
    // A person's name on a line of its own over a whole unit's name (陈夏林 / 未来科技城(海创园)): a leader's
    // line the cells were cut at wrongly, not a name wrapped; kept apart for field-check to flag.
    if (personAlone(prev.trim()) && next.trim().length >= MIN_UNIT_AFTER_PERSON && readsAsUnit(next.trim())) return true;
    return UNIT_PREFIX.test(next) || STARTS_ITEM.test(next);
  }
  if (ENDS_COMPLETE.test(prev) || STARTS_ITEM.test(next)) return true;
  if (role === "deadline") return STARTS_DEADLINE.test(next);
  // A progress cell's status over its report (该件实事已全面完成 / 此项工作已完成。截至…): two statements.
  if (role === "progress") return opensProgress(next);
  return false;
}

// A unit after a person's line is a whole name this long at least (镇政府 may be 陈家 / 镇政府 wrapped).
export const MIN_UNIT_AFTER_PERSON = 4;

// A line that is only a bracketed name (市地方金融局), as a unit's other name is printed under it.
const ALIAS_LINE = /^[(\uff08][^()\uff08\uff09、,\uff0c;\uff1b]{2,20}[)\uff09]$/;

// The most characters of a unit's name a line may carry over from the line before (管委 / 会).
const MAX_NAME_PIECE = 3;

/** Whether a list's line break falls inside a name whose first part reads as a unit too (管委 / 会). */
export function cutInsideName(prev: string, next: string): boolean {
  const last = prev.trim().split(/[、,\uff0c;\uff1b\s]/).pop() ?? "";
  const first = next.trim().split(/[、,\uff0c;\uff1b\s。]/)[0] ?? "";
  return last !== "" && first !== "" && first.length <= MAX_NAME_PIECE && !readsAsUnit(first) && readsAsUnit(last + first);
}

/** Join a cell's lines into its text: "\n" where the break means something, nothing where it is only wrapping. */
export function joinLines(lines: readonly string[], role: CellRole, hard: ReadonlySet<number> = new Set()): string {
  let out = lines[0] ?? "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const keep = (hard.has(i) && role !== "header") || breakMeans(lines[i - 1] as string, line, role);
    out += (keep ? "\n" : "") + line;
  }
  return out;
}
