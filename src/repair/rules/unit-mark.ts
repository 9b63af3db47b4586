import type { WorkDoc } from "../../model/work.js";
import { cutFromUnitNames, mapTasks, type RepairRule } from "../rule.js";

// A mark printed before a unit's name (*区城管局, ★市住建局): a table's sign for the lead or for a note below it,
// never part of the name. Before a name only: at the cell's start or after a list separator.
// A unit cell with none of these is not searched (most print none).
const ANY_MARK = /[*＊★☆※]/;
const MARK = /(?:^|(?<=[、,，;；\n][ \t]*))[*＊★☆※][ \t]*(?=[\u4e00-\u9fa5])/g;

export const unitMark: RepairRule = {
  id: "unit-mark",
  description: "A mark printed before a unit's name (*区城管局, ★市住建局) taken off the name: a table's sign, not the unit's.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) =>
      cutFromUnitNames(doc, task, { ruleId: "unit-mark", mark: ANY_MARK, pattern: MARK, atStart: true, reason: (printed) => `The mark ${printed.trim()} before a unit's name is the table's sign, not part of the name.` }),
    );
  },
};
