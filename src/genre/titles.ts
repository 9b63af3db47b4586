import { leavesOpen } from "./brackets.js";

/** How a breakdown table's own title ends (…任务分解表, …责任清单, …分工方案). */
export const TITLE_END = /(?:分解表|分工表|任务表|任务清单|责任清单|工作清单|清单|分工方案|分解方案|任务分解|责任分解|一览表|台账|计划表|安排表|推进表|明细表|汇总表|任务书)\s*$/;

/** Words that say a text is, or announces, a breakdown table (in its title or the notice above it). */
export const TITLE_HINT = /任务分解|责任分工|分解表|分工表|任务清单|责任清单|工作要点|重点工作|分解方案|分工方案/;

/**
 * Words that say a text is a plan whose numbered points are its tasks (实施方案, 行动计划, 工作要点,
 * 民生实事, 纲要, a 清单 or 分工), or names its tasks' part (重点任务, 主要任务): a numbered outline
 * without them is a notice's or an article's, not a breakdown.
 */
export const PLAN_HINT = /方案|计划|要点|实事|纲要|清单|分解|分工|重点工作|重点任务|主要任务/;

/**
 * Words that say a page explains or reports on a plan rather than prints it (《…分工方案》政策解读,
 * 答记者问): its numbered points are the explainer's, not the plan's tasks.
 */
export const EXPLAINER_HINT = /政策解读|解读|答记者问|新闻发布会/;
// How far into the text the explainer's title is looked for.
export const EXPLAINER_HINT_CHARS = 300;

/** Does the text open as an explainer of a plan (its title says 解读)? */
export function opensAsExplainer(text: string): boolean {
  return EXPLAINER_HINT.test(text.slice(0, EXPLAINER_HINT_CHARS));
}

// A task's short title closed by a stop or a colon before its text (扩大有效需求。推进… / 旅游职专：会议要求…).
const OPENING_TITLE = /^([^。;；\n]{2,30}?)[。:：](?=\S)/;
// Words that open a list of items after a colon (其中：, 包括：, 主要有：): no title before them.
const LIST_OPENER = /(?:其中|包括|主要有|具体为|分别为|如下|主要是)$/;

/**
 * The short title a task's text opens with, closed by a stop or a colon (the match: [0] with its mark,
 * [1] the title), or null: a colon that opens a list (其中：), or one inside a bracket or quotation left
 * open before it (…提出的“关于…：…”), closes no title.
 */
export function openingTitle(text: string): RegExpExecArray | null {
  const m = OPENING_TITLE.exec(text);
  return m && !LIST_OPENER.test(m[1] as string) && !leavesOpen(m[1] as string) ? m : null;
}
