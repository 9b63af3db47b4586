import type { RepairRule } from "../rule.js";
import { readerEditRule } from "./page-marker.js";

/**
 * A mirror that could not encode a blank (a no-break or ideographic space) prints `?` in its place, at the
 * end of cells and lines and after blanks, throughout the page. The reader cut them out; this rule records
 * each cut on the task and field it fell in. A `?` between two characters (a character the mirror lost)
 * stays as printed.
 */
export const lostBlank: RepairRule = readerEditRule("lost-blank", "Blanks a mirror lost, printed as `?` at the end of cells and lines, removed from inside cells.");
