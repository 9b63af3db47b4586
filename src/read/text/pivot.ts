import { textLines } from "./split-text.js";

/**
 * A statistics table printed one cell per line with its items as columns (十大民生工程 完成情况表: 地区 /
 * 就业促进工程 / the items / 市人力资源社会保障局 … / 目标 / 任务 / 进度 / 完成比例(%) over every item / then
 * one row of figures per area: 全市, 市本级, 东坡区…): a task per column, not per row. It is recognised
 * by its sub-headers repeated once per item and the rows of figures under them, and refused with that
 * said, rather than read into rows of figures.
 */
// A sub-header is a short word (目标, 进度, 完成比例(%)); a group of 2 to 5 repeated at least this often.
const MAX_SUB_HEADER = 8;
const MIN_REPEATS = 3;
// Of the lines after the repeated sub-headers, at least this share are figures alone.
const FIGURE_SHARE = 0.6;
// A header with 序号 numbers its rows: a task table, whatever its sub-headers repeat.
const ROW_NUMBER_HEADER = /^序\s*号$/;
const LOOK_AFTER = 40;
const FIGURE = /^[-+]?\d+(?:\.\d+)?%?$/;

export function looksTransposed(text: string): boolean {
  const lines = textLines(text, 0, text.length).map((l) => l.text.trim()).filter((l) => l !== "");
  const numbered = lines.findIndex((l) => ROW_NUMBER_HEADER.test(l));
  for (let k = 2; k <= 5; k++) {
    for (let i = 0; i + k * MIN_REPEATS <= lines.length; i++) {
      const group = lines.slice(i, i + k);
      if (new Set(group).size !== k || group.some((g) => g.length > MAX_SUB_HEADER || FIGURE.test(g))) continue;
      let repeats = 1;
      while (lines.slice(i + repeats * k, i + (repeats + 1) * k).join("\n") === group.join("\n")) repeats++;
      if (repeats < MIN_REPEATS || (numbered >= 0 && numbered < i)) continue;
      const after = lines.slice(i + repeats * k, i + repeats * k + LOOK_AFTER);
      if (after.length >= k && after.filter((l) => FIGURE.test(l)).length / after.length >= FIGURE_SHARE) return true;
      i += repeats * k - 1;
    }
  }
  return false;
}
