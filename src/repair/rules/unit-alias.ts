import type { WorkDoc } from "../../model/work.js";
import { cutFromUnitNames, mapTasks, type RepairRule } from "../rule.js";

// The short name a document gives a unit the first time it names it: 市发展和改革委员会(以下简称市发改委),
// 本部劳动力发展署(以下简称劳发署). Only right after a name: before a list separator or the cell's end.
const ALIAS = /[(（]\s*以下(?:简称|称)[^()（）]{1,20}[)）](?=\s*(?:[、,，;；\n]|[。.]?\s*$))/g;

/**
 * A unit's name followed by the short name the document gives it (…发展署(以下简称劳发署)): the note says
 * how the text will call it, it is no part of the name. Taken off, recorded with the words around it.
 */
export const unitAlias: RepairRule = {
  id: "unit-alias",
  description: "A note giving a unit's short name after its name (市发展和改革委员会(以下简称市发改委)) taken off the name: it says how the text calls the unit, not what it is called.",
  apply(doc: WorkDoc): WorkDoc {
    return mapTasks(doc, (task) =>
      cutFromUnitNames(doc, task, { ruleId: "unit-alias", mark: "以下", pattern: ALIAS, reason: (printed) => `${printed} after a unit's name gives the short name the document will use for it; it is not part of the name.` }),
    );
  },
};
