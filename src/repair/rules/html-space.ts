import type { RepairRule } from "../rule.js";
import { readerEditRule } from "./page-marker.js";

/**
 * A page copied as text may print its spaces as their HTML names (&nbsp;, or &bsp; with a letter
 * lost) before and between the text's lines. The reader cut them out; this rule records each cut on
 * the task and field it fell in.
 */
export const htmlSpace: RepairRule = readerEditRule("html-space", "Spaces printed as their HTML names (&nbsp;, &bsp;) removed from inside cells.");
