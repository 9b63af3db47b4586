import { schemeRank } from "../../../genre/numbering.js";
import { INSTRUCTS } from "../../../genre/notice.js";
import { FRAMING_SECTION } from "../../../genre/sections.js";
import { opensAsExplainer, PLAN_HINT } from "../../../genre/titles.js";
import type { Locator } from "../locator.js";
import type { Stream } from "../stream.js";
import type { TextTable } from "../text-table.js";
import type { ItemRole } from "./classify.js";
import { numberedRecords, recordsTable } from "./index.js";
import { findItems, nestItems, type Item } from "./items.js";

/**
 * A plan read by its numbering alone, when no item names its units (实施方案, 工作要点, a
 * 政府工作报告's 分工 whose units come later, an excerpt that ends inside its first task):
 *
 *     二、主要任务
 *     （一）促进消费恢复升级
 *     1.加大促消费活动和消费补贴力度。联合金融机构……
 *
 * The tasks are the items of the innermost numbering that sits under a heading printed on a line of
 * its own, in a text that names itself a plan (PLAN_HINT); the items above them are sections. A
 * notice's own 一、二、 points (a heading run into its paragraph, no numbering under it), and a
 * notice's outline that names no plan, give no task. Every task read this way is flagged: nothing but
 * its place in the outline says it is one.
 */

// How far into the text a word naming a plan (PLAN_HINT) is looked for: its title and opening lines.
const PLAN_HINT_CHARS = 3000;
// A heading printed on a line of its own: at most this many characters after its number (a
// sentence longer than this is a paragraph). Not measured; the genre's headings run 4 to 30.
const HEADING_MAX = 40;

/** The item's first line, after its number. */
function firstLine(text: string, item: Item): string {
  const nl = text.indexOf("\n", item.textStart);
  return text.slice(item.textStart, nl < 0 || nl > item.ownEnd ? item.ownEnd : nl).trim();
}

/** A heading on a line of its own, over what follows it (its items, or its paragraph). */
function isHeadingLine(text: string, item: Item): boolean {
  const line = firstLine(text, item);
  if (line.length < 2 || line.length > HEADING_MAX) return false;
  // One sentence at most: a heading may end in a stop (（一）推进大数据基础设施建设。), not hold two.
  return !/[。；;！？!?].*\S/.test(line);
}

/** Whether an item or one of its ancestors heads a plan's framing part (总体要求, 保障措施…). */
function framed(text: string, items: readonly Item[], i: number): boolean {
  for (let k = i; k >= 0; k = (items[k] as Item).parent) {
    if (FRAMING_SECTION.test(firstLine(text, items[k] as Item))) return true;
  }
  return false;
}

/** Roles by the outline: tasks at the innermost numbering under a heading line, their ancestors sections. */
export function outlineRoles(text: string, items: readonly Item[]): ItemRole[] {
  const roles = new Array<ItemRole>(items.length).fill("other");
  // Under a heading line, and counted from 1 among its parent's items of its scheme (②③ on their
  // own lines after a ① inside a sentence are a list's, not an outline's).
  // Each parent's children counted once: a child is counted while its scheme's values run 1, 2, 3…
  const counted = new Set<number>();
  items.forEach((parent) => {
    const next = new Map<string, number>();
    for (const k of parent.children) {
      const child = items[k] as Item;
      const want = next.get(child.scheme) ?? 1;
      if (want < 0 || child.value !== want) {
        next.set(child.scheme, -1);
        continue;
      }
      counted.add(k);
      next.set(child.scheme, want + 1);
    }
  });
  const headed = (item: Item, i: number): boolean => item.parent >= 0 && counted.has(i) && isHeadingLine(text, items[item.parent] as Item);
  // The innermost scheme with an item under a heading line.
  const innermost = items.filter((it, i) => headed(it, i)).reduce<Item | null>((best, it) => (best === null || schemeRank(it.scheme) > schemeRank(best.scheme) ? it : best), null);
  if (!innermost) return flatList(text, items, roles);
  items.forEach((item, i) => {
    if (item.scheme !== innermost.scheme || item.parent < 0 || framed(text, items, i)) return;
    roles[i] = "task";
    for (let p = item.parent; p >= 0; p = (items[p] as Item).parent) roles[p] = "section";
    const mark = (kids: readonly number[]): void => {
      for (const k of kids) {
        roles[k] = "sub";
        mark((items[k] as Item).children);
      }
    };
    mark(item.children);
  });
  return roles;
}

// A flat list is a plan's tasks from this many items on (十件民生实事: 一、… 二、… 三、…).
const MIN_FLAT_ITEMS = 3;

/**
 * A plan that is one flat list (十件民生实事 公布如下：一、新建… 二、改造… 三、…): its items, counted
 * 1, 2, 3… with nothing numbered under them, each saying what is to be done in a sentence, are its
 * tasks. A list of headings (一、总体要求 二、主要任务) is none.
 */
function flatList(text: string, items: readonly Item[], roles: ItemRole[]): ItemRole[] {
  const top = items.map((it, i) => ({ it, i })).filter(({ it }) => it.parent < 0);
  if (top.length < MIN_FLAT_ITEMS || top.some(({ it }, k) => it.scheme !== (top[0] as { it: Item }).it.scheme || it.value !== k + 1 || it.children.length > 0)) return roles;
  if (top.some(({ i }) => framed(text, items, i) || isHeadingLine(text, items[i] as Item) && !/[。；;]$/.test(firstLine(text, items[i] as Item)))) return roles;
  // Points that instruct the addressees (各单位要…) are a notice's, not a plan's tasks.
  const instructs = top.filter(({ it }) => INSTRUCTS.test(text.slice(it.textStart, it.ownEnd))).length;
  if (instructs * 2 >= top.length) return roles;
  for (const { i } of top) roles[i] = "task";
  return roles;
}

/** Read a plan by its numbering (see above), or null when its outline has no task level. */
export function readOutline(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  // A plan's explainer (…政策解读) numbers its own points: they are not the plan's tasks.
  if (!PLAN_HINT.test(text.slice(0, PLAN_HINT_CHARS)) || opensAsExplainer(text)) return null;
  // Only numbers that start a line make the outline: one inside a sentence is the sentence's.
  const items = nestItems(findItems(text).filter((it) => it.line), text.length);
  const roles = outlineRoles(text, items);
  if (!roles.includes("task")) return null;
  const headings: Array<[number, number]> = [];
  const records = numberedRecords(text, items, roles, new Set(), new Map(), headings);
  const sections = items.filter((_, i) => roles[i] === "section");
  return recordsTable(stream, locator, { records, sections, headings, headingLines: true });
}
