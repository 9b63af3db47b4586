import { catalogue } from "./lang.js";

/**
 * A task's status in the same word and the same colour everywhere a person sees it: the review
 * page, the workbooks, the terminal. Keys are the JSON's status values (the contract).
 */
export const STATUS_WORDS = catalogue(
  { ok: "正常", repaired: "已修复", needs_review: "需人工核对", missing: "原文缺失" },
  { ok: "OK", repaired: "Repaired", needs_review: "Needs review", missing: "Missing in source" },
);

/**
 * One palette (RGB hex, no #): `fill` shades the cell or row, `line` marks its edge or text.
 * Blue for a repair (changed, with a record), amber for a row a person must check, grey for a
 * row the source lacks (a placeholder, nothing invented).
 */
export const STATUS_COLOURS = {
  ok: { fill: "FFFFFF", line: "BFBFBF" },
  repaired: { fill: "DDEBF7", line: "2F75B5" },
  needs_review: { fill: "FFF2CC", line: "BF8F00" },
  missing: { fill: "E7E6E6", line: "767171" },
} as const;
