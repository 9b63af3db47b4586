import { simplified } from "../../genre/script.js";
import type { WorkDoc, WorkTask } from "../../model/work.js";
import { UNIT_FIELDS } from "../../model/fields.js";
import { context, mapTasks, placeIn, withField, type RepairRule } from "../rule.js";

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
    return mapTasks(doc, (task) => {
      let out: WorkTask = task;
      for (const field of UNIT_FIELDS) {
        const value = out.cells.get(field);
        if (!value || !/以下/.test(value.text)) continue;
        const hits = [...simplified(value.text).matchAll(ALIAS)];
        if (hits.length === 0) continue;
        let v = value;
        const repairs = [...out.repairs];
        // Right to left, so earlier offsets stay valid.
        for (const m of hits.reverse()) {
          const i = m.index;
          if (i === 0) continue;
          const len = m[0].length;
          const printed = value.text.slice(i, i + len);
          const { left, right } = context(value.text, i, i + len);
          repairs.push({
            ruleId: "unit-alias",
            field,
            before: `${left}${printed}${right}`,
            after: `${left}${right}`,
            where: placeIn(doc, task, field, value, i, len),
            reason: `${printed} after a unit's name gives the short name the document will use for it; it is not part of the name.`,
          });
          v = v.replace(i, i + len, "");
        }
        out = { ...withField(out, field, v), repairs };
      }
      return out;
    });
  },
};
