import type { WorkDoc } from "../../model/work.js";
import type { RepairRule } from "../rule.js";
import { recordReaderEdits } from "./page-marker.js";

/**
 * A page copied as text may print its spaces as their HTML names (&nbsp;, or &bsp; with a letter
 * lost) before and between the text's lines. The reader cut them out; this rule records each cut on
 * the task and field it fell in.
 */
export const htmlSpace: RepairRule = {
  id: "html-space",
  description: "Spaces printed as their HTML names (&nbsp;, &bsp;) removed from inside cells.",
  apply(doc: WorkDoc): WorkDoc {
    return recordReaderEdits(doc, "html-space");
  },
};
